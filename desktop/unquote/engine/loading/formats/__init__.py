"""The format readers, one per format; each loads (with its library) only when a file of that format comes."""
