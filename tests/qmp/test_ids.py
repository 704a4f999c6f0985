"""QEMU's rule for ids (util/id.c id_wellformed), as a form checks an id before
sending it."""

from __future__ import annotations

from qmpgui.qmp.ids import ID_RULE, id_problem, id_wellformed


def test_an_id_is_a_letter_then_letters_digits_dashes_dots_and_underscores() -> None:
    for good in ("disk0", "d", "net-0.a_b", "Z9"):
        assert id_wellformed(good) and id_problem(good) is None
    for bad in ("disk 0", "0disk", "-x", "_x", ".x", "disk/0", "dïsk", "a,b", "x\n"):
        assert not id_wellformed(bad)
        assert id_problem(bad) == f"'{bad}' is not an id QEMU takes: {ID_RULE}"
    assert not id_wellformed("") and id_problem("") is None
