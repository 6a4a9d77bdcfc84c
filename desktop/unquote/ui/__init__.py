"""Qt interface on top of the engine."""
