"""``python -m unquote``: the command line."""
from .cli import command

if __name__ == "__main__":
    command()
