"""The bundle's ``unquote-gui`` executable: what the desktop entry starts (``unquote.cli:gui_main``)."""
import multiprocessing
import sys

from unquote.cli import gui_main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a spawned quotation finder runs here, not gui_main()
    sys.exit(gui_main())
