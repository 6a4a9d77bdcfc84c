"""The bundle's ``unquote`` executable: the command line (``unquote.cli:command``)."""
import multiprocessing

from unquote.cli import command

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a spawned quotation finder runs here, not main()
    command()
