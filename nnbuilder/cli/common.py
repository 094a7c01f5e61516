"""What every nnbuilder command shares: exit codes, one-line messages, and argument checks."""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def say(kind: str, message: str) -> None:
    """One line on stderr, however many lines the message had."""
    print(f"{kind}: " + " ".join(str(message).split()), file=sys.stderr)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one error: line, exit 2, like every other failure
        say("error", f"{message} (see '{self.prog} --help')")
        sys.exit(EXIT_USAGE)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value
