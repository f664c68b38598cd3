"""``python -m nextseason.cli.run``: the CLI without the console script (tests, Spark)."""

from . import main

if __name__ == "__main__":
    main()
