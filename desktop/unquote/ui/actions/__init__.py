"""What the menus do: actions and shortcuts, files, notes and decisions, navigation and Help."""
