"""The layers nnbuilder offers: one table entry per layer, read by validation, shapes and panels.

Adding a layer type means adding one ``LayerKind`` here (and, if its shape or parameter count is
not one of the kinds below, a rule in ``shapes.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate_marked

LEARNING_RATE_HELP = QT_TRANSLATE_NOOP(
    "Catalogue",
    "How big each step is: too large and the loss jumps around or becomes NaN; too small and training crawls.",
)

# The course's activations first, then the rest Keras knows by name.
ACTIVATIONS = (
    "relu", "elu", "selu", "swish", "sigmoid", "tanh", "linear",
    "softmax", "softplus", "softsign", "gelu", "leaky_relu", "relu6", "silu", "hard_sigmoid",
    "exponential", "mish",
)  # fmt: skip


@dataclass(frozen=True)
class Param:
    """One Keras argument of a layer, with what a panel and the validator need to know.

    ``help_text`` is the English, marked where it is written with ``QT_TRANSLATE_NOOP(context, …)``
    (``context`` is "Catalogue" unless given); ``help`` reads it in the language in use.
    """

    name: str
    kind: str  # "int" | "float" | "bool" | "choice"
    default: Any  # Keras's own default (None: Keras requires the argument)
    help_text: str
    minimum: float | None = None
    maximum: float | None = None
    max_exclusive: bool = False
    min_exclusive: bool = False
    choices: tuple[str, ...] = ()
    optional: bool = False  # may be null (e.g. a seed)
    context: str = "Catalogue"  # the translation context help_text was marked in

    @property
    def help(self) -> str:
        """What the argument does, in the language in use."""
        return translate_marked(self.context, self.help_text)

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional


@dataclass(frozen=True)
class LayerKind:
    class_name: str
    summary_text: str  # one line, plain language, for tooltips: English, marked for "Catalogue"
    params: tuple[Param, ...] = field(default_factory=tuple)
    key_params: tuple[str, ...] = ()  # shown on the layer's row in the stack

    @property
    def summary(self) -> str:
        """The one-line explanation, in the language in use."""
        return translate_marked("Catalogue", self.summary_text)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


CATALOGUE: dict[str, LayerKind] = {
    kind.class_name: kind
    for kind in (
        LayerKind(
            "Dense",
            QT_TRANSLATE_NOOP(
                "Catalogue",
                "Dense: a row of neurons; each one computes a weighted sum of all its inputs plus a "
                "bias, then applies its activation.",
            ),
            (
                Param("units", "int", None, QT_TRANSLATE_NOOP("Catalogue", "How many neurons (outputs) the layer has."), 1, 65536),
                Param(
                    "activation", "choice", "linear",
                    QT_TRANSLATE_NOOP("Catalogue", "The function applied to each neuron's output; relu lets a network bend lines."),
                    choices=ACTIVATIONS,
                ),
                Param("use_bias", "bool", True, QT_TRANSLATE_NOOP("Catalogue", "Add a learned bias b to each neuron (y = w·x + b).")),
            ),
            ("units", "activation"),
        ),
        LayerKind(
            "Activation",
            QT_TRANSLATE_NOOP("Catalogue", "Activation: applies a function such as relu to every value passing through."),
            (
                Param(
                    "activation", "choice", None, QT_TRANSLATE_NOOP("Catalogue", "The function applied to every input value."),
                    choices=ACTIVATIONS,
                ),
            ),
            ("activation",),
        ),
        LayerKind(
            "Dropout",
            QT_TRANSLATE_NOOP(
                "Catalogue",
                "Dropout: randomly drops a fraction of inputs while training, to break up chance "
                "patterns the network would otherwise memorise.",
            ),
            (
                Param(
                    "rate", "float", None, QT_TRANSLATE_NOOP("Catalogue", "The fraction of inputs dropped at each training step."),
                    0.0, 1.0, max_exclusive=True,
                ),
                Param(
                    "seed", "int", None, QT_TRANSLATE_NOOP("Catalogue", "Fixes which inputs are dropped (empty: follow the run's seed)."),
                    0, 2**31 - 1, optional=True,
                ),
            ),
            ("rate",),
        ),
        LayerKind(
            "BatchNormalization",
            QT_TRANSLATE_NOOP(
                "Catalogue",
                "BatchNormalization: rescales values to a steady mean and spread, which helps slow or "
                "unstable training.",
            ),
            (
                Param(
                    "momentum", "float", 0.99, QT_TRANSLATE_NOOP("Catalogue", "How slowly the running mean and variance follow each batch."),
                    0.0, 1.0,
                ),
                Param(
                    "epsilon", "float", 0.001, QT_TRANSLATE_NOOP("Catalogue", "A small number added to the variance to avoid dividing by zero."),
                    0.0, 1.0, min_exclusive=True,
                ),
                Param("center", "bool", True, QT_TRANSLATE_NOOP("Catalogue", "Learn an offset beta added after normalizing.")),
                Param("scale", "bool", True, QT_TRANSLATE_NOOP("Catalogue", "Learn a factor gamma multiplied after normalizing.")),
            ),
        ),
    )
}  # fmt: skip

OPTIMIZERS: dict[str, tuple[Param, ...]] = {
    "Adam": (
        Param("learning_rate", "float", 0.001, LEARNING_RATE_HELP, 0.0, 10.0, min_exclusive=True),
        Param("beta_1", "float", 0.9, QT_TRANSLATE_NOOP("Catalogue", "How much of the previous gradients' direction is kept."), 0.0, 1.0, True),
        Param("beta_2", "float", 0.999, QT_TRANSLATE_NOOP("Catalogue", "How much of the previous gradients' size is kept."), 0.0, 1.0, True),
        Param("epsilon", "float", 1e-7, QT_TRANSLATE_NOOP("Catalogue", "A small number that keeps steps finite."), 0.0, 1.0, min_exclusive=True),
    ),
    "SGD": (
        Param("learning_rate", "float", 0.01, LEARNING_RATE_HELP, 0.0, 10.0, min_exclusive=True),
        Param("momentum", "float", 0.0, QT_TRANSLATE_NOOP("Catalogue", "How much of the previous step carries into the next."), 0.0, 1.0, True),
        Param("nesterov", "bool", False, QT_TRANSLATE_NOOP("Catalogue", "Look ahead along the momentum before computing the gradient.")),
    ),
    "RMSprop": (
        Param("learning_rate", "float", 0.001, LEARNING_RATE_HELP, 0.0, 10.0, min_exclusive=True),
        Param("rho", "float", 0.9, QT_TRANSLATE_NOOP("Catalogue", "How slowly the average of squared gradients forgets."), 0.0, 1.0, True),
        Param("momentum", "float", 0.0, QT_TRANSLATE_NOOP("Catalogue", "How much of the previous step carries into the next."), 0.0, 1.0, True),
        Param("epsilon", "float", 1e-7, QT_TRANSLATE_NOOP("Catalogue", "A small number that keeps steps finite."), 0.0, 1.0, min_exclusive=True),
    ),
}  # fmt: skip

REGRESSION_LOSSES = ("mae", "mse", "huber")
CLASSIFICATION_LOSSES = (
    "binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy",
)  # fmt: skip
LOSSES = REGRESSION_LOSSES + CLASSIFICATION_LOSSES
