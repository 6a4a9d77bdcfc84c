"""What a finished comparison is read as: quotation findings and summary figures, worked
out once per comparison."""
