#!/usr/bin/env bash
# Adds qmpgui to the current user's application menu: its desktop entry, its icon in the
# hicolor sizes (PNGs rendered from resources/qmpgui.svg, and the SVG itself) and its
# AppStream metainfo, under $XDG_DATA_HOME (by default ~/.local/share). The entry starts
# this checkout's .venv/bin/qmpgui (scripts/setup.sh makes it), or the bundle given.
#
#   scripts/install-desktop.sh [--bundle DIR]   install (again: the files are replaced)
#   scripts/install-desktop.sh --uninstall      remove exactly those files
set -Eeuo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
id=org.qmpgui.qmpgui
sizes=(16 22 24 32 48 64 128 256)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
hicolor=$data/icons/hicolor
metainfo=$data/metainfo

# Every way out but success says why on stderr: the script's own checks by fail(), and
# a command that fails unforeseen (set -e) by the ERR trap, after the command's own words.
fail() {
    echo "install-desktop.sh: $*" >&2
    exit 1
}
trap 'echo "install-desktop.sh: stopped, as this failed (exit $?): $BASH_COMMAND" >&2' ERR

usage() {  # [WHAT WAS WRONG]
    [ $# -eq 0 ] || echo "install-desktop.sh: $*" >&2
    echo "usage: scripts/install-desktop.sh [--bundle DIR] | --uninstall" >&2
    exit 2
}
mode=install
bundle=
while (($#)); do
    case "$1" in
        --uninstall) mode=uninstall; shift ;;
        --bundle) [ $# -ge 2 ] || usage "--bundle needs the bundle's folder"; bundle=$2; shift 2 ;;
        *) usage "unknown argument \"$1\"" ;;
    esac
done
if [ "$mode" = uninstall ] && [ -n "$bundle" ]; then
    usage "--uninstall takes no --bundle"
fi

installed_files() {
    echo "$apps/$id.desktop"
    echo "$metainfo/$id.metainfo.xml"
    echo "$hicolor/scalable/apps/$id.svg"
    for size in "${sizes[@]}"; do echo "$hicolor/${size}x$size/apps/$id.png"; done
}

# The caches the desktop keeps of these folders, brought up to date where their tools
# are installed; a cache left describing nothing but itself is removed with them.
refresh_caches() {
    if command -v update-desktop-database >/dev/null && [ -d "$apps" ]; then
        update-desktop-database -q "$apps" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -d "$hicolor" ]; then
        gtk-update-icon-cache -q -f -t "$hicolor" || true
    fi
}

remove_lone_cache() {  # FOLDER CACHE-NAME
    [ -d "$1" ] || return 0
    if [ -z "$(find "$1" -type f ! -name "$2" -print -quit)" ]; then
        rm -f "$1/$2"
    fi
}

# Desktop entry Exec quoting (Desktop Entry Specification): a path with a reserved
# character goes in double quotes with " ` $ \ escaped, and the value's own escape
# doubles each backslash; % is written %%.
exec_quoted() {
    local path=$1
    if [[ "$path" =~ ^[A-Za-z0-9/._+-]+$ ]]; then
        printf '%s' "$path"
        return
    fi
    path=${path//\\/\\\\}
    path=${path//\"/\\\"}
    path=${path//\`/\\\`}
    path=${path//\$/\\\$}
    path=${path//\\/\\\\}
    path=${path//%/%%}
    printf '"%s"' "$path"
}

if [ "$mode" = uninstall ]; then
    while read -r file; do rm -f "$file"; done < <(installed_files)
    refresh_caches
    remove_lone_cache "$apps" mimeinfo.cache
    remove_lone_cache "$hicolor" icon-theme.cache
    for folder in "$apps" "$metainfo" "$hicolor"; do
        [ -d "$folder" ] && find "$folder" -depth -type d -empty -delete
    done
    [ -d "$data/icons" ] && rmdir --ignore-fail-on-non-empty "$data/icons"
    echo "Removed qmpgui's desktop entry, icons and metainfo from $data."
    exit 0
fi

if [ -n "$bundle" ]; then
    [ -e "$bundle" ] || fail "no bundle at $bundle: build one with scripts/bundle.sh"
    folder=$(cd "$bundle" 2>/dev/null && pwd) ||
        fail "$bundle is not a folder (a bundle is the folder scripts/bundle.sh builds, dist/qmpgui)"
    program=$folder/qmpgui
    [ -x "$program" ] || fail "$bundle is not a qmpgui bundle (no qmpgui program in it):" \
        "build one with scripts/bundle.sh"
else
    program=$repo/.venv/bin/qmpgui
    [ -x "$program" ] || fail "$program is missing: run scripts/setup.sh first"
fi

# The icon's PNG sizes: Qt's SVG renderer from the virtual environment, else rsvg-convert.
rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT
svg=$repo/resources/qmpgui.svg
if [ -x "$repo/.venv/bin/python" ]; then
    "$repo/.venv/bin/python" "$repo/scripts/render_icon.py" "$svg" "$rendered" "$id" "${sizes[@]}" \
        >/dev/null || fail "the icon could not be rendered from $svg (Qt's words above)"
elif command -v rsvg-convert >/dev/null; then
    for size in "${sizes[@]}"; do
        mkdir -p "$rendered/${size}x$size/apps"
        rsvg-convert -w "$size" -h "$size" -o "$rendered/${size}x$size/apps/$id.png" "$svg"
    done
else
    fail "nothing here renders the icon: run scripts/setup.sh (Qt renders it)," \
        "or install rsvg-convert (librsvg2-bin)"
fi

mkdir -p "$apps" "$metainfo" "$hicolor/scalable/apps"
for size in "${sizes[@]}"; do
    mkdir -p "$hicolor/${size}x$size/apps"
    install -m 644 "$rendered/${size}x$size/apps/$id.png" "$hicolor/${size}x$size/apps/$id.png"
done
install -m 644 "$svg" "$hicolor/scalable/apps/$id.svg"
install -m 644 "$repo/packaging/$id.metainfo.xml" "$metainfo/$id.metainfo.xml"
quoted=$(exec_quoted "$program")
while IFS= read -r line; do
    [[ "$line" == "Exec=qmpgui "* ]] && line="Exec=$quoted ${line#Exec=qmpgui }"
    printf '%s\n' "$line"
done < "$repo/packaging/$id.desktop" > "$rendered/$id.desktop"
install -m 644 "$rendered/$id.desktop" "$apps/$id.desktop"
refresh_caches
echo "Installed qmpgui's desktop entry ($apps/$id.desktop, starting $program), its icons and metainfo."
