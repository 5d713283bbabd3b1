"""``python -m arabic_figures`` runs the command line (see :mod:`arabic_figures.cli`)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
