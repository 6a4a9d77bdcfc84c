"""Text the way every part of the engine reads it: sentences, words and word differences."""
