"""The side panels and their dialogs: quotation findings, notes, the summary and the legend."""
