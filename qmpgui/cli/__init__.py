"""Command-line tools without a window: qmpgui-batch. No Qt."""
