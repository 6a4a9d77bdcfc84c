"""The saved comparison: its file format and schema, and writing files so that a failure
never leaves half of one."""
