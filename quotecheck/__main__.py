"""``python -m quotecheck``."""

from quotecheck.cli import main

main()
