"""``python -m quotecheck`` and the ``quotecheck`` console script."""

import os
import sys


def run() -> None:
    """Load the CLI and run it; Ctrl-C while the modules load gets the same one line as later, no traceback."""
    try:
        from quotecheck.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("quotecheck: interrupted\n")
        sys.stderr.flush()
        os._exit(130)
    main()


if __name__ == "__main__":
    run()
