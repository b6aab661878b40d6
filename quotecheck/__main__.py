"""``python -m quotecheck``."""

import os
import sys

try:
    from quotecheck.cli import main
except KeyboardInterrupt:  # Ctrl-C while the modules load: the same one line as later, never a traceback
    sys.stderr.write("quotecheck: interrupted\n")
    sys.stderr.flush()
    os._exit(130)

main()
