"""What every nnbuilder command shares: exit codes, one-line messages, and argument checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def say(kind: str, message: str) -> None:
    """One line on stderr, however many lines the message had."""
    print(f"{kind}: " + " ".join(str(message).split()), file=sys.stderr)


# argparse's own messages for mistakes a person makes on the command line (its gettext texts, which
# it looks up through the module's `_` at the moment it reports): shown in the chosen language.
ARGPARSE_MESSAGES = frozenset((
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
))  # fmt: skip


def _argparse_words(message: str) -> str:
    return translate_marked("Argparse", message) if message in ARGPARSE_MESSAGES else message


@contextmanager
def _argparse_speaking() -> Iterator[None]:
    """argparse's messages in the chosen language, only while an nnbuilder parser reads: other
    argparse users in the process keep their own words."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_words  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


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

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        with _argparse_speaking():
            return super().parse_known_args(args, namespace)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:  # its "unrecognized arguments" too
        with _argparse_speaking():
            return super().parse_args(args, namespace)

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
