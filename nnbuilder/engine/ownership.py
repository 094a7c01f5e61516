"""A loud check that a Keras model is only ever touched by the thread that made it.

The window's rule is that the engine thread owns every model (see ``engine.service``). A slip,
such as a view calling ``model.predict`` on the GUI thread, would work most of the time and crash
once in a hundred runs. With ``guard_keras_models()`` installed (the test suite installs it, and
``NNBUILDER_CHECK_THREADS=1`` does in the app) the slip fails at once, naming both threads.

A model's owner is the thread that first compiles it (building and loading both compile), or
failing that the first thread that calls one of the guarded methods.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

from .backend import keras

GUARDED = ("compile", "fit", "evaluate", "predict", "predict_on_batch", "train_on_batch", "save", "get_weights",
           "set_weights", "summary")  # fmt: skip

F = TypeVar("F", bound=Callable[..., object])
_owners: weakref.WeakKeyDictionary[object, threading.Thread] = weakref.WeakKeyDictionary()
_installed = False


class WrongThreadError(AssertionError):
    """A Keras model was used on a thread other than the one that owns it."""


def _guard(method: F, name: str) -> F:
    @functools.wraps(method)
    def guarded(self: object, *args: object, **kwargs: object) -> object:
        here = threading.current_thread()
        owner = _owners.setdefault(self, here)
        if owner is not here:
            raise WrongThreadError(
                f"{type(self).__name__}.{name}() called on thread '{here.name}', but the model belongs to "
                f"thread '{owner.name}'; send the work to the engine thread instead"
            )
        return method(self, *args, **kwargs)

    guarded.__nnbuilder_guarded__ = True  # type: ignore[attr-defined]
    return guarded  # type: ignore[return-value]


def guard_keras_models() -> None:
    """Make every guarded method of keras.Model fail when called off its owner thread."""
    global _installed
    if _installed:
        return
    model_class = keras().Model
    for name in GUARDED:
        method = getattr(model_class, name, None)
        if method is not None and not getattr(method, "__nnbuilder_guarded__", False):
            setattr(model_class, name, _guard(method, name))
    _installed = True
