"""What the menus do: actions and shortcuts, files, notes and decisions, navigation, options and Help."""
