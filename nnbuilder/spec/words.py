"""Small helpers for the sentences nnbuilder shows: counts with the right noun, messages as sentences."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping

from ..i18n import QT_TRANSLATE_NOOP, number_text, translate, translate_marked, upper


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """'1 epoch', '3 epochs', '1,200 rows'. Pass both forms translated, ``counted(n, translate("Ctx",
    "row"), translate("Ctx", "rows"))``: Turkish gives the same word for both ('3 satır')."""
    return f"{number_text(f'{count:,}')} {noun if count == 1 else plural or noun + 's'}"


def sentence(text: str) -> str:
    """A message as a sentence of its own: capital first letter, closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = upper(text[0]) + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


class TranslatedWords(Mapping[str, str]):
    """A table of words marked with ``QT_TRANSLATE_NOOP(context, …)`` where it is written; reading a
    value gives it in the language chosen by then, so a table built at import still translates."""

    def __init__(self, context: str, marked: dict[str, str]) -> None:
        self.context = context
        self.marked = marked  # the English, as written

    def __getitem__(self, key: str) -> str:
        return translate_marked(self.context, self.marked[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.marked)

    def __len__(self) -> int:
        return len(self.marked)

    def __repr__(self) -> str:
        return f"TranslatedWords({self.context!r}, {self.marked!r})"


# What the window calls each setting a project file addresses by path.
SETTING_WORDS = TranslatedWords("Words", {
    "title": QT_TRANSLATE_NOOP("Words", "title"),
    "data.source": QT_TRANSLATE_NOOP("Words", "data"),
    "data.target": QT_TRANSLATE_NOOP("Words", "target column"),
    "data.features": QT_TRANSLATE_NOOP("Words", "input columns"),
    "data.validation_split": QT_TRANSLATE_NOOP("Words", "validation share"),
    "data.split_seed": QT_TRANSLATE_NOOP("Words", "split seed"),
    "data.scaling": QT_TRANSLATE_NOOP("Words", "scaling"),
    "data.missing": QT_TRANSLATE_NOOP("Words", "missing values"),
    "data.stratify": QT_TRANSLATE_NOOP("Words", "stratified split"),
    "data.samples": QT_TRANSLATE_NOOP("Words", "samples"),
    "data.noise": QT_TRANSLATE_NOOP("Words", "noise"),
    "layers": QT_TRANSLATE_NOOP("Words", "layers"),
    "training.optimizer": QT_TRANSLATE_NOOP("Words", "optimizer"),
    "training.optimizer.class_name": QT_TRANSLATE_NOOP("Words", "optimizer"),
    "training.loss": QT_TRANSLATE_NOOP("Words", "loss"),
    "training.metrics": QT_TRANSLATE_NOOP("Words", "metrics"),
    "training.batch_size": QT_TRANSLATE_NOOP("Words", "batch size"),
    "training.epochs": QT_TRANSLATE_NOOP("Words", "epochs"),
    "training.seed": QT_TRANSLATE_NOOP("Words", "seed"),
    "training.early_stopping": QT_TRANSLATE_NOOP("Words", "early stopping"),
})  # fmt: skip

# What the window calls a layer's, an optimizer's or early stopping's argument (the Keras name with
# spaces for underscores, in English); an argument not listed reads as its name with spaces.
PARAMETER_WORDS = TranslatedWords("Words", {
    "units": QT_TRANSLATE_NOOP("Words", "units"),
    "activation": QT_TRANSLATE_NOOP("Words", "activation"),
    "use_bias": QT_TRANSLATE_NOOP("Words", "use bias"),
    "rate": QT_TRANSLATE_NOOP("Words", "rate"),
    "seed": QT_TRANSLATE_NOOP("Words", "seed"),
    "momentum": QT_TRANSLATE_NOOP("Words", "momentum"),
    "epsilon": QT_TRANSLATE_NOOP("Words", "epsilon"),
    "center": QT_TRANSLATE_NOOP("Words", "center"),
    "scale": QT_TRANSLATE_NOOP("Words", "scale"),
    "learning_rate": QT_TRANSLATE_NOOP("Words", "learning rate"),
    "beta_1": QT_TRANSLATE_NOOP("Words", "beta 1"),
    "beta_2": QT_TRANSLATE_NOOP("Words", "beta 2"),
    "nesterov": QT_TRANSLATE_NOOP("Words", "nesterov"),
    "rho": QT_TRANSLATE_NOOP("Words", "rho"),
    "monitor": QT_TRANSLATE_NOOP("Words", "monitor"),
    "min_delta": QT_TRANSLATE_NOOP("Words", "min delta"),
    "patience": QT_TRANSLATE_NOOP("Words", "patience"),
    "restore_best_weights": QT_TRANSLATE_NOOP("Words", "restore best weights"),
    "batch_size": QT_TRANSLATE_NOOP("Words", "batch size"),
    "epochs": QT_TRANSLATE_NOOP("Words", "epochs"),
    "validation_split": QT_TRANSLATE_NOOP("Words", "validation split"),
    "split_seed": QT_TRANSLATE_NOOP("Words", "split seed"),
    "scaling": QT_TRANSLATE_NOOP("Words", "scaling"),
    "missing": QT_TRANSLATE_NOOP("Words", "missing"),
    "stratify": QT_TRANSLATE_NOOP("Words", "stratify"),
    "samples": QT_TRANSLATE_NOOP("Words", "samples"),
    "noise": QT_TRANSLATE_NOOP("Words", "noise"),
})  # fmt: skip


def parameter_words(name: str) -> str:
    """'learning_rate' → 'learning rate', in the language in use."""
    return PARAMETER_WORDS[name] if name in PARAMETER_WORDS else name.replace("_", " ")


def setting_words(path: str) -> str:
    """'training.optimizer.config.learning_rate' → 'learning rate'; 'layers.2.config.units' → 'layer 3 units'."""
    if path in SETTING_WORDS:
        return SETTING_WORDS[path]
    parts = path.split(".")
    if len(parts) == 4 and parts[0] == "layers" and parts[1].isdigit() and parts[2] == "config":
        return translate("Words", "layer {number} {name}").format(
            number=int(parts[1]) + 1, name=parameter_words(parts[3])
        )
    if path.startswith("training.early_stopping."):
        return translate("Words", "early stopping {name}").format(name=parameter_words(parts[-1]))
    return parameter_words(parts[-1])


def value_words(value: object) -> str:
    """A setting's value as the window shows it: relu, 0.01, off, on, a list as 'a, b'."""
    if value is None:
        return translate("Words", "off")
    if isinstance(value, bool):
        return translate("Words", "on") if value else translate("Words", "off")
    if isinstance(value, float):
        return number_text(f"{value:g}")
    if isinstance(value, (list, tuple)):
        return ", ".join(value_words(item) for item in value) or translate("Words", "none")
    if isinstance(value, dict) and "class_name" in value:  # an optimizer: "Adam (learning rate 0.01)"
        config = value.get("config") or {}
        settings = ", ".join(f"{parameter_words(key)} {value_words(item)}" for key, item in config.items())
        return f"{value['class_name']} ({settings})" if settings else str(value["class_name"])
    if isinstance(value, dict):
        settings = ", ".join(f"{parameter_words(key)} {value_words(item)}" for key, item in value.items())
        return translate("Words", "on ({settings})").format(settings=settings)
    return str(value)


def close_match(word: str, options: list[str] | tuple[str, ...]) -> str | None:
    """The option ``word`` was most likely meant to be, or None when none is close."""
    close = difflib.get_close_matches(str(word), list(options), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    """'; did you mean 'x'?' for a close option, else a list of the valid ones."""
    close = close_match(word, options)
    if close is not None:
        return translate("Words", "; did you mean '{option}'?").format(option=close)
    return translate("Words", "; choose one of: {options}").format(options=", ".join(options))
