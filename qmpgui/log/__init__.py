"""The event log's entries (every event, command, connection turn and message) and their
files under $XDG_STATE_HOME/qmpgui/logs. No Qt."""
