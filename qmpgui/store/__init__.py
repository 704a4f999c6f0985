"""What qmpgui keeps on disk besides the event log: the configuration file, the console
history, and the one writer that saves files in order. No Qt."""
