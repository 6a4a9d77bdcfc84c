"""How a comparison is presented wherever it is shown: what documents are called, and the colours of what was found."""
