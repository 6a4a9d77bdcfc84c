"""The comparison engine: plain Python, never imports Qt."""
