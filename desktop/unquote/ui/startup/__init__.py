"""Start-up: the application and its window from the command line, and what stops them before it opens."""
