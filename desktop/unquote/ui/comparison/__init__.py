"""The window's comparison behind the views: its state and undo stack, the run that makes it, its autosave."""
