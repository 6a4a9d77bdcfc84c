"""The bundle's ``unquote`` executable: the command line (``unquote.cli:main``)."""
import multiprocessing
import sys

from unquote.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a spawned quotation finder runs here, not main()
    sys.exit(main())
