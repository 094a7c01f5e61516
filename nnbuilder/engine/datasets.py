"""Built-in data sets, made or loaded offline so a lesson works without a network connection.

The drawn two-class problems follow the TensorFlow playground; the real tables are the small ones
that ship inside scikit-learn. Nothing here ever downloads. pandas and scikit-learn are imported
only when a set is loaded, so the window can list the sets before they have loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np

from nnbuilder.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from nnbuilder.spec.errors import DataError

if TYPE_CHECKING:
    import pandas as pd
from nnbuilder.spec.project import BUILTIN_DATASET_NAMES

DEFAULT_SAMPLES = 500


@dataclass(frozen=True)
class BuiltinDataset:
    name: str
    target: str
    task: str  # "regression" | "binary" | "multiclass"
    description: str  # English, marked with QT_TRANSLATE_NOOP("Datasets", ...); shown through shown_description()
    generated: bool = False  # drawn afresh, so data.samples and data.noise change it

    def shown_description(self) -> str:
        """The description in the chosen language (the exported script keeps ``description``, in English)."""
        return translate_marked("Datasets", self.description)

    def load(self, samples: int | None = None, noise: float | None = None, seed: int = 0) -> pd.DataFrame:
        """The table; ``samples`` and ``noise`` only change the generated sets, ``seed`` fixes them."""
        if samples is not None and samples < 2:
            raise DataError(
                translate("Datasets", "builtin:{name} needs at least 2 samples; got {samples}: ask for more samples").format(
                    name=self.name, samples=samples
                )
            )
        if noise is not None and noise < 0:
            raise DataError(
                translate("Datasets", "builtin:{name} noise cannot be negative; got {noise}: use 0 or more").format(
                    name=self.name, noise=noise
                )
            )
        return _LOADERS[self.name](samples or DEFAULT_SAMPLES, noise, seed)


def _sk_datasets() -> ModuleType:
    from sklearn import datasets

    return datasets


def _two_columns(x: np.ndarray, label: np.ndarray, rng: np.random.Generator) -> pd.DataFrame:
    import pandas as pd

    # Shuffle so the first rows a student sees mix both classes.
    order = rng.permutation(len(label))
    return pd.DataFrame({"x1": x[order, 0], "x2": x[order, 1], "label": label[order].astype(np.int64)})


def _circles(samples: int, noise: float | None, seed: int) -> pd.DataFrame:
    x, label = _sk_datasets().make_circles(
        n_samples=samples, noise=0.1 if noise is None else noise, factor=0.5, random_state=seed
    )
    return _two_columns(x, label, np.random.default_rng(seed))


def _xor(samples: int, noise: float | None, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, size=(samples, 2))
    x += np.where(x > 0, 0.05, -0.05)  # keep points off the axes, where the class would be a coin toss
    # As in the playground, noise jitters the point used for the label, so some labels cross the axes.
    jitter = rng.uniform(-1.0, 1.0, size=(samples, 2)) * (0.1 if noise is None else noise)
    moved = x + jitter
    label = (moved[:, 0] * moved[:, 1] > 0).astype(np.int64)
    return _two_columns(x, label, rng)


def _spiral(samples: int, noise: float | None, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    noise = 0.05 if noise is None else noise
    parts, labels = [], []
    for label, count, turn in ((0, samples - samples // 2, 0.0), (1, samples // 2, np.pi)):
        radius = np.arange(count) / count  # from the centre out to 1
        angle = 1.75 * 2 * np.pi * radius + turn  # one and three quarter turns
        points = np.column_stack([radius * np.sin(angle), radius * np.cos(angle)])
        parts.append(points + rng.uniform(-1.0, 1.0, size=points.shape) * noise)
        labels.append(np.full(count, label))
    return _two_columns(np.vstack(parts), np.concatenate(labels), rng)


def _gaussians(samples: int, noise: float | None, seed: int) -> pd.DataFrame:
    x, label = _sk_datasets().make_blobs(
        n_samples=[samples - samples // 2, samples // 2],
        centers=[[-1.0, -1.0], [1.0, 1.0]],
        cluster_std=0.6 if noise is None else noise,
        random_state=seed,
    )
    return _two_columns(x, label, np.random.default_rng(seed))


def _sine(samples: int, noise: float | None, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2 * np.pi, 2 * np.pi, size=samples)
    y = np.sin(x) + rng.normal(0.0, 0.1 if noise is None else noise, size=samples)
    import pandas as pd

    return pd.DataFrame({"x": x, "y": y})


MEASUREMENTS, TELLING = 30, 5  # noisy-measurements: its columns, and how many of them carry the class


def _noisy_measurements(samples: int, noise: float | None, seed: int) -> pd.DataFrame:
    """Thirty made-up measurements on scales from 0.01 to 1,000, five of which carry the class; a
    share ``noise`` of the labels (a tenth by default) is drawn at random. Few rows, many columns and
    noisy labels: a big network memorizes it, which is what dropout is for."""
    import pandas as pd

    x, label = _sk_datasets().make_classification(
        n_samples=samples, n_features=MEASUREMENTS, n_informative=TELLING, n_redundant=0,
        flip_y=0.1 if noise is None else noise, class_sep=1.0, random_state=seed,
    )  # fmt: skip
    scales = 10.0 ** np.random.default_rng(seed).integers(-2, 4, size=MEASUREMENTS)
    frame = pd.DataFrame(x * scales, columns=[f"m{i}" for i in range(1, MEASUREMENTS + 1)])
    frame["label"] = np.where(label == 1, "B", "A")
    return frame


def _from_sklearn(loader: str, target: str, named_classes: bool, **options: object) -> pd.DataFrame:
    """The table scikit-learn's ``loader`` (e.g. "load_iris") returns, its target column renamed."""
    bunch = getattr(_sk_datasets(), loader)(as_frame=True, **options)
    frame = bunch.frame.rename(columns={"target": target})
    if named_classes:
        # Students read "benign", not 1; the codes are sklearn's, the names its target_names.
        names = dict(enumerate(str(name) for name in bunch.target_names))
        frame[target] = frame[target].map(names).astype("str")
    return frame


_LOADERS: dict[str, Callable[[int, float | None, int], pd.DataFrame]] = {
    "circles": _circles,
    "xor": _xor,
    "spiral": _spiral,
    "gaussians": _gaussians,
    "sine": _sine,
    "noisy-measurements": _noisy_measurements,
    # scaled=False keeps ages in years and pressures in mm Hg, as a student would record them.
    "diabetes": lambda *_: _from_sklearn("load_diabetes", "progression", False, scaled=False),
    "breast-cancer": lambda *_: _from_sklearn("load_breast_cancer", "diagnosis", True),
    "wine": lambda *_: _from_sklearn("load_wine", "cultivar", True),
    "iris": lambda *_: _from_sklearn("load_iris", "species", True),
}

_ALL = (
    BuiltinDataset(
        "circles", "label", "binary",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Two rings of points, one inside the other: a straight line cannot separate them.",
        ),
        generated=True,
    ),
    BuiltinDataset(
        "xor", "label", "binary",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Points in four squares where opposite corners share a class: one neuron alone cannot solve it.",
        ),
        generated=True,
    ),
    BuiltinDataset(
        "spiral", "label", "binary",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Two spirals wound around each other: the hardest drawn problem, it needs several layers.",
        ),
        generated=True,
    ),
    BuiltinDataset(
        "gaussians", "label", "binary",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Two round clouds of points, one per class, that a straight line can almost separate.",
        ),
        generated=True,
    ),
    BuiltinDataset(
        "sine", "y", "regression",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Points along a wavy sine curve with a little noise: predict the height y from x.",
        ),
        generated=True,
    ),
    BuiltinDataset(
        "noisy-measurements", "label", "binary",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Thirty made-up measurements on scales from 0.01 to 1,000, of which only five tell class A from B, "
            "and a tenth of the labels drawn at random: a big network learns the noise unless it is held back.",
        ),
        generated=True,
    ),
    BuiltinDataset(
        "diabetes", "progression", "regression",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Age, body mass, blood pressure and six blood tests of 442 patients: predict how far their "
            "diabetes progressed a year later.",
        ),
    ),
    BuiltinDataset(
        "breast-cancer", "diagnosis", "binary",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Thirty measurements of cell nuclei from 569 breast scans: tell malignant tumours from benign ones.",
        ),
    ),
    BuiltinDataset(
        "wine", "cultivar", "multiclass",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Thirteen chemical measurements of 178 Italian wines: tell which of three cultivars each came from.",
        ),
    ),
    BuiltinDataset(
        "iris", "species", "multiclass",
        QT_TRANSLATE_NOOP(
            "Datasets",
            "Petal and sepal sizes of 150 iris flowers: tell the three species apart.",
        ),
    ),
)

# In BUILTIN_DATASET_NAMES order, which the tests check.
BUILTIN_DATASETS: dict[str, BuiltinDataset] = {dataset.name: dataset for dataset in _ALL}


def get_builtin(name: str) -> BuiltinDataset:
    """The built-in data set called ``name`` (without the ``builtin:`` prefix)."""
    try:
        return BUILTIN_DATASETS[name]
    except KeyError:
        raise DataError(
            translate("Datasets", "unknown built-in data set '{name}'; choose one of: {choices}").format(
                name=name, choices=", ".join(BUILTIN_DATASET_NAMES)
            )
        ) from None
