# Sourced by scripts/demo.sh and scripts/screenshots.sh: a virtual X screen of their own.
#
#   start_virtual_screen FOLDER PROGRAM XVFB-SCREEN-AND-OPTIONS...
#
# starts Xvfb in a session of its own (the terminal's Ctrl+C does not reach it), with
# its cookie in FOLDER/Xauthority, and sets XAUTHORITY, DISPLAY and `xvfb` (its pid: the
# caller stops it, after the app, in its EXIT trap). On failure it prints Xvfb's log and
# "PROGRAM: Xvfb could not start a virtual screen." and exits 1.
start_virtual_screen() {
    local folder=$1 program=$2 cookie
    shift 2
    export XAUTHORITY=$folder/Xauthority
    cookie=$(mcookie)
    # Xvfb takes every cookie in its -auth file whatever display it names; its display
    # number is known only once it has picked a free one (-displayfd).
    touch "$XAUTHORITY"
    xauth -q add :0 . "$cookie"
    setsid Xvfb -displayfd 3 -nolisten tcp -auth "$XAUTHORITY" "$@" \
        3>"$folder/display" >"$folder/Xvfb.log" 2>&1 &
    xvfb=$!
    until [ -s "$folder/display" ]; do
        if ! kill -0 "$xvfb" 2>/dev/null; then
            cat "$folder/Xvfb.log" >&2
            echo "$program: Xvfb could not start a virtual screen." >&2
            exit 1
        fi
        sleep 0.05
    done
    export DISPLAY=":$(head -n 1 "$folder/display")"
    xauth -q add "$DISPLAY" . "$cookie"
}
