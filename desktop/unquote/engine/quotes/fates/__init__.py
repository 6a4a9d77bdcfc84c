"""What became of each quotation: parts paired across the two documents, joined and split
parts, the changes of a pair, and why an unpaired part has no counterpart."""
