#!/usr/bin/env bash
# Installs what qmpgui needs on a fresh Debian/Ubuntu machine: QEMU, Qt's X11
# libraries, and a virtual environment in .venv with qmpgui and its tools.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
    python3 python3-venv qemu-system-x86 qemu-utils
    # Qt's xcb platform plugin and what PySide6 wheels link against
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
    # a virtual screen for screenshots and for running the app without a display
    xvfb xauth x11-apps
    # certificates for the tests of displays over TLS
    openssl
    # a private sshd on 127.0.0.1 for the tests of ssh:// endpoints
    openssh-server openssh-client
    # the demo VM's CD image (an ISO 9660 image; without it the CD is a blank medium)
    genisoimage
    # the PCI ID database, which names vendors and devices in the PCI pane
    pci.ids
    # a VNC and SPICE viewer (remote-viewer), which the Display tab's Open viewer starts
    virt-viewer
    # libvirt domains: the daemons and virsh for the tests, and what libvirt-python
    # (the libvirt extra, built from source) compiles against
    libvirt-daemon-system libvirt-clients libvirt-dev pkg-config gcc
    # the validators of the desktop entry and the AppStream metainfo (packaging/), as
    # distributions and software centres run them
    desktop-file-utils appstream
)
missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
stamp=.venv/.qmpgui-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[dev]'
    touch "$stamp"
fi
