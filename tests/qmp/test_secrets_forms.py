"""qmp.secrets on each form hmp-commands.hx and the QAPI schema give a secret: exactly the
secret is masked and everything else a user typed is kept as typed (the history and the
exports show the rest of the line); where QEMU would refuse the line, it is masked from
the doubtful word to its end (fails closed)."""

from __future__ import annotations

import pytest

from qmpgui.qmp.secrets import (
    MASK,
    has_secret,
    mask_arguments,
    mask_hmp,
    mask_return,
    resends_mask,
)

M = MASK


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # set_password [ vnc | spice ] password [ -d display ] [ action-if-connected ]
        ("set_password vnc Q7", f"set_password vnc {M}"),
        ("set_password vnc Q7 -d vnc0 keep", f"set_password vnc {M} -d vnc0 keep"),
        ("set_password spice Q7 disconnect", f"set_password spice {M} disconnect"),
        ('set_password vnc "a\\"Q\\\\7\\n\\r\\\'" fail', f"set_password vnc {M} fail"),
        ('set_password vnc "Q 7" -d "vnc 0"', f'set_password vnc {M} -d "vnc 0"'),
        # What QEMU would not take after the password: all of it may be the password.
        ("set_password vnc Q7 -D vnc0", f"set_password vnc {M}"),
        ("set_password vnc Q7 -d", f"set_password vnc {M}"),
        ('set_password vnc Q7 -d "vnc0', f"set_password vnc {M}"),
        ("set_password vnc Q7 8", f"set_password vnc {M}"),
        ('set_password "vnc Q7', f"set_password {M}"),
        # block_passwd block_passwd device password (QEMU 3.1 and older)
        ("block_passwd ide0-hd0 Q7", f"block_passwd ide0-hd0 {M}"),
        # change vnc password [password]; change vnc display (before 6.0)
        ("change vnc password Q7", f"change vnc password {M}"),
        ("change vnc -f passwd  Q7", f"change vnc -f passwd  {M}"),
        ('change "vnc Q7', f"change {M}"),
        ('change vnc "password Q7', f"change vnc {M}"),
        ("change vnc pasword Q7", f"change vnc {M}"),
        ("change vnc 0.0.0.0:1", f"change vnc {M}"),
        ("change vnc password", "change vnc password"),
        # qom-set [-j] path property value
        ("qom-set /objects/s0 data Q7", f"qom-set /objects/s0 data {M}"),
        ('qom-set -j /objects/s0 data "Q 7"', f"qom-set -j /objects/s0 data {M}"),
        ('qom-set "/objects/s0 data Q7', f"qom-set {M}"),
        ('qom-set /objects/s0 "data Q7', f"qom-set /objects/s0 {M}"),
        ("qom-set /objects/s0 data", "qom-set /objects/s0 data"),
        ("qom-set /objects/s0", "qom-set /objects/s0"),
        ("qom-set /machine/peripheral/n0 x-foo Q7", "qom-set /machine/peripheral/n0 x-foo Q7"),
    ],
)
def test_hmp_forms_keep_all_but_the_secret(line: str, kept: str) -> None:
    assert mask_hmp(line) == kept


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # object_add [qom-type=]type,id=str[,prop=value][,...]: keyval, ',,' is a comma
        ("object_add secret,id=s0,data=Q7", f"object_add secret,id=s0,data={M}"),
        ("object_add qom-type=secret,data=Q7,id=s0", f"object_add qom-type=secret,data={M},id=s0"),
        ("object_add secret,data=Q,,7,,,id=s0", f"object_add secret,data={M},id=s0"),
        (
            "object_add secret,id=s0,data=Q7,format=raw",
            f"object_add secret,id=s0,data={M},format=raw",
        ),
        ("object_add secret,data=Q7,DATA=8", f"object_add secret,data={M},DATA={M}"),
        ("object_add secret,id=s0,data.0=Q7", f"object_add secret,id=s0,data.0={M}"),
        ("object_add secret_keyring,id=k0,data=Q7", f"object_add secret_keyring,id=k0,data={M}"),
        # An element without '=' after the first: QEMU refuses it, masked from there on.
        ("object_add secret,id=s0,Q7", f"object_add secret,id=s0,{M}"),
        # No type: QEMU refuses it, but in doubt it is a secret.
        ("object_add id=s0,data=Q7", f"object_add id=s0,data={M}"),
        # Not a secret: unchanged, a trailing comma (which keyval allows) too.
        # SecretProperties (qapi/crypto.json): data, file, keyid, iv, format, loaded.
        (
            "object_add secret,id=s0,keyid=k0,data=Q7,iv=AAAA,format=base64",
            f"object_add secret,id=s0,keyid=k0,data={M},iv=AAAA,format=base64",
        ),
        ("object_add iothread,id=io0,", "object_add iothread,id=io0,"),
        ("object_add secret", "object_add secret"),
        ("object_add", "object_add"),
        # JSON without a secret in it is kept as typed, not rewritten.
        (
            'object_add {"qom-type":"iothread","id":"io1"}',
            'object_add {"qom-type":"iothread","id":"io1"}',
        ),
        (
            'object_add {"qom-type":"secret","id":"s1","file":"/run/pw"}',
            'object_add {"qom-type":"secret","id":"s1","file":"/run/pw"}',
        ),
        # object_add with JSON (QEMU 6.0+): rewritten with the secret masked, as typed
        # otherwise (an id in any script kept as it is).
        (
            'object_add {"qom-type":"secret","id":"clé","data":"Q7"}',
            f'object_add {{"qom-type": "secret", "id": "clé", "data": "{M}"}}',
        ),
        # QEMU's JSON parser also takes single quotes; ours does not: all of it masked.
        ("object_add {'qom-type':'secret','id':'s0','data':'Q7'}", f"object_add {M}"),
        # A key twice: QEMU refuses it, and which value counts is in doubt.
        (
            'object_add {"qom-type":"secret","data":"Q7","qom-type":"iothread"}',
            f"object_add {M}",
        ),
    ],
)
def test_object_add_masks_only_the_secret(line: str, kept: str) -> None:
    assert mask_hmp(line) == kept


def test_qmp_arguments_keep_all_but_the_secret() -> None:
    """From qapi/ui.json, qapi/qom.json and the `change` of QEMU 5.2 and older."""
    assert mask_arguments("set_password", {"protocol": "vnc", "password": "Q7"}) == {
        "protocol": "vnc",
        "password": M,
    }
    assert mask_arguments("qom-set", {"path": "/o/s", "property": "data", "value": "Q7"}) == {
        "path": "/o/s",
        "property": "data",
        "value": M,
    }
    other = {"path": "/machine/peripheral/n0", "property": "x-foo", "value": 1}
    assert mask_arguments("qom-set", other) == other
    assert mask_arguments("qom-set", {"path": "/o/s", "property": "data"}) == {
        "path": "/o/s",
        "property": "data",
    }
    # `change` of vnc: `arg` is the password for target password/passwd; for a target
    # QEMU reads otherwise (a typo) it is masked all the same: the user meant a password.
    typo = {"device": "vnc", "target": "pasword", "arg": "Q7"}
    assert mask_arguments("change", typo) == {**typo, "arg": M}
    assert mask_arguments("change", {"arg": "Q7"}) == {"arg": M}
    assert not has_secret("query-status", None)
    assert has_secret("change-vnc-password", {"password": "Q7"})


def test_kept_replies_mask_only_a_secret() -> None:
    data = {"path": "/objects/s0", "property": "data"}
    assert mask_return("qom-get", data, None) is None  # an error: no reply to mask
    listed = [
        {
            "path": "/objects/s0",
            "properties": [{"name": "type", "value": "secret"}, {"name": "data", "value": "Q7"}],
        },
        None,
        {"path": "/machine"},
    ]
    assert mask_return("qom-list-get", {"paths": ["/objects/s0"]}, listed) == [
        {
            "path": "/objects/s0",
            "properties": [{"name": "type", "value": "secret"}, {"name": "data", "value": M}],
        },
        None,
        {"path": "/machine"},
    ]
    assert mask_return("query-block", None, [{"device": "d0"}]) == [{"device": "d0"}]


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("qom-get /objects/s0 data", True),
        ('qom-get /objects/s0 "data', True),
        ('qom-get "/objects/s0 data', True),
        ("qom-get /objects/s0", True),
        ("qom-get", True),  # QEMU refuses it; in doubt
        ("qom-get /machine type", False),
        ("info status", False),
    ],
)
def test_hmp_qom_get_output_is_masked_when_it_reads_a_secret(line: str, secret: bool) -> None:
    reply = mask_return("human-monitor-command", {"command-line": line}, "Q7\r\n")
    assert reply == (M if secret else "Q7\r\n")


@pytest.mark.parametrize(
    ("command", "arguments"),
    [
        ("set_password", {"protocol": "vnc", "password": MASK}),
        ("object-add", {"qom-type": "secret", "id": "s", "data": MASK}),
        ("human-monitor-command", {"command-line": f"set_password vnc {MASK}"}),
        ("human-monitor-command", {"command-line": f"object_add secret,id=s,data={MASK}"}),
    ],
)
def test_a_recalled_line_that_would_set_a_secret_to_the_mask_is_refused(
    command: str, arguments: dict[str, str]
) -> None:
    said = resends_mask(command, arguments)
    assert said is not None and "type the secret again" in said


@pytest.mark.parametrize(
    ("command", "arguments"),
    [
        ("set_password", {"protocol": "vnc", "password": "x"}),
        ("query-status", {}),
        ("human-monitor-command", {"command-line": f"info status {MASK}"}),
        ("block_set_io_throttle", {"id": MASK}),
    ],
)
def test_a_line_without_the_mask_where_a_secret_goes_is_sent(
    command: str, arguments: dict[str, str]
) -> None:
    assert resends_mask(command, arguments) is None


@pytest.mark.parametrize("name", ["dat", "dtaa", "daat", "Data ", "datas"])
def test_a_property_a_slip_away_from_data_is_masked(name: str) -> None:
    # QEMU refuses them ("Property 'secret.dat' not found"); the value is what was meant
    # as the secret.
    assert mask_hmp(f"qom-set /objects/s0 {name.strip()} Q7") == (
        f"qom-set /objects/s0 {name.strip()} {MASK}"
    )
    masked = mask_arguments("qom-set", {"path": "/objects/s0", "property": name, "value": "Q7"})
    assert masked["value"] == MASK
    assert mask_return("qom-get", {"path": "/objects/s0", "property": name}, "Q7") == MASK


@pytest.mark.parametrize("name", ["format", "id", "file", "size", "da", "dotty"])
def test_a_property_far_from_data_is_kept(name: str) -> None:
    line = f"qom-set /objects/s0 {name} raw"
    assert mask_hmp(line) == line
    assert mask_return("qom-get", {"path": "/objects/s0", "property": name}, "raw") == "raw"


@pytest.mark.parametrize("qom_type", ["secrte", "secert", "secre", "x-secret-v2-backend"])
def test_a_type_meant_as_a_secret_is_masked(qom_type: str) -> None:
    assert mask_hmp(f"object_add {qom_type},id=s0,data=Q7") == (
        f"object_add {qom_type},id=s0,data={MASK}"
    )
    arguments = {"qom-type": qom_type, "id": "s0", "data": "Q7"}
    assert mask_arguments("object-add", arguments)["data"] == MASK


def test_an_explicit_type_stays_and_every_property_a_secret_lacks_is_masked() -> None:
    line = "object_add qom-type=secret,id=s0,format=base64,dtaa=Q7,keyid=k0"
    assert mask_hmp(line) == (
        f"object_add qom-type=secret,id=s0,format=base64,dtaa={MASK},keyid=k0"
    )


def test_a_type_that_is_no_qom_name_is_masked_it_may_hold_the_secret() -> None:
    # object_add has no -j: QEMU reads `-j PW` as the type and repeats it in its error.
    assert mask_hmp("object_add -j Q7") == f"object_add {MASK}"
    assert mask_hmp("object_add qom-type=-j Q7,id=s0") == f"object_add qom-type={MASK},id=s0"
    masked = mask_arguments("object-add", {"qom-type": "-j Q7", "id": "s0"})
    assert masked == {"qom-type": MASK, "id": "s0"}
