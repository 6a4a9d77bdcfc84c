"""Data structures the alignment and the quotation matching share: sparse rows, union-find."""
