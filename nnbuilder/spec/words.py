"""Small helpers for the sentences nnbuilder shows: counts with the right noun, messages as sentences."""

from __future__ import annotations

import difflib


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """'1 epoch', '3 epochs', '1,200 rows'."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def sentence(text: str) -> str:
    """A message as a sentence of its own: capital first letter, closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


# What the window calls each setting a project file addresses by path.
SETTING_WORDS = {
    "title": "title",
    "data.source": "data",
    "data.target": "target column",
    "data.features": "input columns",
    "data.validation_split": "validation share",
    "data.split_seed": "split seed",
    "data.scaling": "scaling",
    "data.missing": "missing values",
    "data.stratify": "stratified split",
    "data.samples": "samples",
    "data.noise": "noise",
    "layers": "layers",
    "training.optimizer": "optimizer",
    "training.optimizer.class_name": "optimizer",
    "training.loss": "loss",
    "training.metrics": "metrics",
    "training.batch_size": "batch size",
    "training.epochs": "epochs",
    "training.seed": "seed",
    "training.early_stopping": "early stopping",
}


def setting_words(path: str) -> str:
    """'training.optimizer.config.learning_rate' → 'learning rate'; 'layers.2.config.units' → 'layer 3 units'."""
    if path in SETTING_WORDS:
        return SETTING_WORDS[path]
    parts = path.split(".")
    if len(parts) == 4 and parts[0] == "layers" and parts[1].isdigit() and parts[2] == "config":
        return f"layer {int(parts[1]) + 1} {parts[3].replace('_', ' ')}"
    if path.startswith("training.optimizer.config."):
        return parts[-1].replace("_", " ")
    if path.startswith("training.early_stopping."):
        return "early stopping " + parts[-1].replace("_", " ")
    return parts[-1].replace("_", " ")


def value_words(value: object) -> str:
    """A setting's value as the window shows it: relu, 0.01, off, on, a list as 'a, b'."""
    if value is None:
        return "off"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(value_words(item) for item in value) or "none"
    if isinstance(value, dict):
        return "on (" + ", ".join(f"{key.replace('_', ' ')} {value_words(item)}" for key, item in value.items()) + ")"
    return str(value)


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    """' (did you mean 'x'?)' for a close option, else a list of the valid ones."""
    close = difflib.get_close_matches(str(word), list(options), n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    return "; choose one of: " + ", ".join(options)
