"""The one place that imports Keras, lazily: the window and the spec must start without it."""

from __future__ import annotations

import contextlib
import getpass
import os
import tempfile
import sys
from collections.abc import Iterator
from types import ModuleType

_determinism_enabled = False


def keras() -> ModuleType:
    """Import and return Keras on the TensorFlow backend (about 3 s the first time)."""
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    # TensorFlow's C++ start-up chatter (CUDA probing on a CPU machine) means nothing to a student;
    # Python exceptions still reach the user.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    _give_keras_a_writable_home()
    if "keras" in sys.modules:
        return sys.modules["keras"]
    with _stderr_silenced():  # some of it is written before TensorFlow's log settings apply
        import keras as keras_module

    return keras_module


def tensorflow() -> ModuleType:
    """TensorFlow, imported through keras() so that its start-up chatter stays silenced."""
    keras()
    import tensorflow as tf

    return tf


def _give_keras_a_writable_home() -> None:
    """Keras keeps keras.json in ~/.keras, or in /tmp/.keras when the home folder is read-only (a
    locked-down lab account), where every user then reads the first one's settings. Give it a
    folder of this user's own instead."""
    if "KERAS_HOME" in os.environ:
        return
    home = os.path.expanduser("~")
    keras_dir = os.path.join(home, ".keras")
    if os.access(keras_dir if os.path.isdir(keras_dir) else home, os.W_OK):
        return
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        user = "user"
    os.environ["KERAS_HOME"] = os.path.join(tempfile.gettempdir(), f"nnbuilder-keras-{user}")


@contextlib.contextmanager
def _stderr_silenced() -> Iterator[None]:
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all (a windowed bundle): nothing to silence
        yield
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def seed_everything(seed: int) -> None:
    """Same seed, same weights, same shuffling, same history, run after run."""
    global _determinism_enabled
    keras_module = keras()
    keras_module.utils.set_random_seed(seed)
    if not _determinism_enabled:
        tensorflow().config.experimental.enable_op_determinism()
        _determinism_enabled = True
