"""Running a comparison: the pipeline, the quotation finder's child process, cancelling,
and holding the garbage collector off meanwhile."""
