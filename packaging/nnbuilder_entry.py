"""The bundle's program: the same command line as the installed `nnbuilder`."""

import sys

import nnbuilder.cli

sys.exit(nnbuilder.cli.main())
