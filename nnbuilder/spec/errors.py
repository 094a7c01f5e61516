"""Errors every layer of nnbuilder raises and the command line / window show as one message."""

from __future__ import annotations


class NNBuilderError(Exception):
    """A problem the user can fix; ``str(error)`` names the problem and the fix in one line."""


class SpecError(NNBuilderError):
    """The project description is invalid (bad file, bad setting, impossible layer)."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems if problems is not None else [message]


class DataError(NNBuilderError):
    """The data cannot be used as it is (unreadable file, bad column, too few rows...)."""


class TrainingError(NNBuilderError):
    """Training cannot start or could not finish (model does not fit the task, NaN loss...)."""
