"""What every nnbuilder command shares: exit codes, one-line messages, and argument checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from ..i18n import translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def say(kind: str, message: str) -> None:
    """One line on stderr, however many lines the message had."""
    print(f"{kind}: " + " ".join(str(message).split()), file=sys.stderr)


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, translate("Common", "usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors, and its own headings and -h help in the chosen language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("Common", "positional arguments")
        self._optionals.title = translate("Common", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate("Common", "show this help message and exit")

    def error(self, message: str) -> None:  # one error: line, exit 2, like every other failure
        say("error", translate("Common", "{message} (see '{prog} --help')").format(message=message, prog=self.prog))
        sys.exit(EXIT_USAGE)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Common", "expected a whole number, got {text!r}").format(text=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Common", "must be at least 1, got {value}").format(value=value))
    return value
