"""A project as a Python script that stands alone on pandas, scikit-learn and Keras.

The script is the code a student would write after the course, and it trains exactly what
`nnbuilder train` trains: the same rows, preprocessing, split, seed and compiled loop, so its
history.csv matches. What nnbuilder worked out from the data (delimiter, decimal comma, encoding,
which columns become inputs, the class order) is written into the script as plain values.

Nothing here imports Keras: the window regenerates the script on every edit.
"""

from __future__ import annotations

import json
import os
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .. import __version__
from ..i18n import in_english, language
from ..spec import CATALOGUE, Project, check_project
from ..spec.project import BUILTIN_PREFIX, DataSpec, LayerSpec
from .csv_reading import as_utf8, detect_layout
from .data import (
    Task,
    _label,
    load_source,
    prepare_table,
    source_path,
)
from .datasets import DEFAULT_SAMPLES, get_builtin
from .train import MAX_STEPS_PER_EXECUTION

LINE_WIDTH = 100
SECTION_RULE_WIDTH = 79
GENERATED_SEED = 0  # load_source makes the generated sets with BuiltinDataset.load's default seed
ENCODING_NAMES = {"utf-16": "UTF-16", "cp1252": "Windows-1252", "latin-1": "Latin-1"}
DELIMITER_WORDS = {";": "';' between fields", "\t": "tabs between fields", "|": "'|' between fields"}


# ---------------------------------------------------------------------------------------------
# What the data looks like, worked out once per data setting (the window asks on every edit)


@dataclass(frozen=True)
class CsvReading:
    """The read_csv call that gives the table nnbuilder reads, and the tidying read_table adds."""

    path: Path
    options: dict[str, Any]  # read_csv keyword arguments besides the path
    empty_columns: list[str]  # a delimiter at the end of each line makes an empty unnamed column
    empty_rows: bool  # lines holding only delimiters
    comma_columns: list[str]  # quoted numbers with a decimal comma


@dataclass(frozen=True)
class DataFacts:
    columns: list[str]  # the table's columns
    target: str
    inputs: list[str]  # the feature columns that become inputs, in the project's order
    numeric: list[str]  # inputs that are numbers (scaled)
    text: list[str]  # inputs with a few text values (one-hot)
    as_float: list[str]  # numeric inputs stored as True/False
    drop_missing: list[str]  # columns whose missing values drop the row; [] when nothing is dropped
    task: Task
    class_values: list[list[Any]]  # for each class code, the target values that mean it
    input_width: int
    warnings: list[str]
    csv: CsvReading | None  # None for a built-in set


def _python_value(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _pandas_encoding(raw: bytes) -> str | None:
    """The encoding read_table decodes ``raw`` with, as pandas names it; None for UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return None if encoding == "utf-8" else encoding
    return "latin-1"


def _csv_reading(path: Path, table: pd.DataFrame) -> CsvReading:
    raw = path.read_bytes()
    data, _ = as_utf8(raw, path.name)
    text = data.decode("utf-8", errors="replace")
    delimiter, decimal = detect_layout(data)
    options: dict[str, Any] = {}
    if delimiter != ",":
        options["sep"] = delimiter
    if decimal == ",":
        options["decimal"] = ","
    if (encoding := _pandas_encoding(raw)) is not None:
        options["encoding"] = encoding
    if f"{delimiter} " in text:
        options["skipinitialspace"] = True
    if any(line.endswith(delimiter) for line in text.split("\n")):
        options["index_col"] = False  # a delimiter ending each row must not make the first column an index
    if "?" in text:
        options["na_values"] = ["?"]  # UCI-style tables mark missing values with "?"
    frame = pd.read_csv(path, **options)
    empty_columns = [str(c) for c in frame.columns if c not in table.columns]
    frame = frame.drop(columns=empty_columns)
    return CsvReading(
        path=path,
        options=options,
        empty_columns=empty_columns,
        empty_rows=bool(frame.isna().all(axis=1).any()),
        comma_columns=[
            str(c)
            for c in frame.columns
            if pd.api.types.is_string_dtype(frame[c]) and pd.api.types.is_numeric_dtype(table[c])
        ],
    )


@lru_cache(maxsize=8)
def _facts(data_json: str, base_dir: Path | None, loss: str, file_state: Any, _language: str) -> DataFacts:
    """``file_state`` and ``_language`` are only part of the cache key: an edited data file is read
    again, and the warnings are kept in each language they were asked in."""
    data = DataSpec(**json.loads(data_json))
    table = load_source(data, base_dir)
    prepared = prepare_table(table, data, loss)
    frame = table.frame
    target = prepared.task.target
    inputs = prepared.input_columns
    columns_of = {name: chosen for name, _, chosen in prepared.preprocessor.transformers}
    numeric = [c for c in inputs if c in columns_of["numbers"]]
    drop_missing = {target} if frame[target].isna().any() else set()
    if data.missing == "drop" and frame[inputs].isna().any(axis=None):
        drop_missing.update(inputs)
    class_values: list[list[Any]] = [[] for _ in prepared.task.classes]
    if prepared.task.kind != "regression":
        code_of = {label: code for code, label in enumerate(prepared.task.classes)}
        for value in sorted(frame[target].dropna().unique(), key=str):
            class_values[code_of[_label(value)]].append(_python_value(value))
    columns = [str(c) for c in frame.columns]
    return DataFacts(
        columns=columns,
        target=target,
        inputs=inputs,
        numeric=numeric,
        text=[c for c in inputs if c not in numeric],
        as_float=[
            c for c in numeric if pd.api.types.is_bool_dtype(frame[c]) or not pd.api.types.is_numeric_dtype(frame[c])
        ],
        drop_missing=[c for c in columns if c in drop_missing],
        task=prepared.task,
        class_values=class_values,
        input_width=prepared.input_width,
        warnings=prepared.warnings,
        csv=None if data.is_builtin else _csv_reading(source_path(data, base_dir), frame),
    )


def _data_facts(data: DataSpec, base_dir: Path | None, loss: str) -> DataFacts:
    """What the script needs to know about the data; DataError when it cannot be read."""
    file_state = None
    if not data.is_builtin and data.source.strip():
        try:
            stat = source_path(data, base_dir).stat()
            file_state = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            pass  # reading it explains what is wrong with the path
    fields = {name: getattr(data, name) for name in DataSpec.__dataclass_fields__}
    return _facts(json.dumps(fields, sort_keys=True), base_dir, loss, file_state, language())


# ---------------------------------------------------------------------------------------------
# Writing Python


def literal(value: Any) -> str:
    """Python source for a value: "relu", 0.001, True, None, [...], {...}."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(_python_value(value))


def _comment(text: str, continued: str = "# ") -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()), LINE_WIDTH, initial_indent="# ", subsequent_indent=continued, break_on_hyphens=False
    )


def _call(name: str, positional: list[str], keywords: dict[str, Any]) -> str:
    return f"{name}({', '.join(_arguments(positional, keywords))})"


def _arguments(positional: list[str], keywords: dict[str, Any]) -> list[str]:
    return positional + [f"{key}={literal(value)}" for key, value in keywords.items()]


def _assign_call(variable: str, name: str, keywords: dict[str, Any]) -> list[str]:
    """variable = name(...) on one line, or one argument a line when that is too long."""
    line = f"{variable} = {_call(name, [], keywords)}"
    if len(line) <= LINE_WIDTH:
        return [line]
    return [f"{variable} = {name}(", *(f"    {argument}," for argument in _arguments([], keywords)), ")"]


def _list_assignment(name: str, items: list[str]) -> list[str]:
    """name = [...] on one line, or one wrapped list when that line is too long."""
    line = f"{name} = {literal(items)}"
    if len(line) <= LINE_WIDTH:
        return [line]
    rows = [""]
    for item in (f"{literal(item)}," for item in items):
        if rows[-1] and len(rows[-1]) + 1 + len(item) > LINE_WIDTH - 4:
            rows.append("")
        rows[-1] = f"{rows[-1]} {item}".lstrip()
    return [f"{name} = [", *(f"    {row}" for row in rows), "]"]


def layer_code(layer: LayerSpec) -> str:
    """keras.layers.Dense(64, activation="relu"): the first required argument by position, then what the project set."""
    config = dict(layer.config)
    kind = CATALOGUE.get(layer.class_name)
    positional = []
    if kind is not None:
        first = kind.params[0] if kind.params else None
        if first is not None and first.required and first.name in config:
            positional.append(literal(config.pop(first.name)))
        order = [p.name for p in kind.params]  # the catalogue's order, the way Keras documents them
        config = dict(sorted(config.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)))
    return _call(f"keras.layers.{layer.class_name}", positional, config)


class _Script:
    """Lines of code and the imports they need."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.imports: set[str] = set()

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def comment(self, text: str) -> None:
        self.lines.extend(_comment(text))

    def section(self, title: str) -> None:
        self.lines.extend(["", f"# {title} ".ljust(SECTION_RULE_WIDTH, "-"), ""])

    def need(self, *imports: str) -> None:
        self.imports.update(imports)

    def import_block(self) -> list[str]:
        """Standard library first, then the rest; plain imports before from-imports, as isort orders them."""
        names: dict[str, list[str]] = {}  # "from sklearn.preprocessing" -> ["OneHotEncoder", ...]
        plain = []
        for line in self.imports:
            if line.startswith("from "):
                module, name = line.split(" import ")
                names.setdefault(module, []).append(name)
            else:
                plain.append(line)
        lines = plain + [f"{module} import {', '.join(sorted(imported))}" for module, imported in names.items()]
        standard = [line for line in lines if line.split()[1] in ("argparse", "math", "pathlib")]
        others = [line for line in lines if line not in standard]

        def order(group: list[str]) -> list[str]:
            return sorted(group, key=lambda line: (line.startswith("from"), line.split()[1]))

        return order(standard) + ([""] if standard else []) + order(others)


# ---------------------------------------------------------------------------------------------
# The data


def _source_expression(path: Path, script_dir: Path | None) -> str:
    """Path(__file__).parent / "data.csv", or the absolute path when the script has no folder yet or
    shares none with the data but the root."""
    absolute = path.resolve()
    if script_dir is None:
        return f"Path({literal(absolute.as_posix())})"
    folder = script_dir.resolve()
    try:
        shared = Path(os.path.commonpath([absolute, folder]))
    except ValueError:  # another drive on Windows
        shared = None
    if shared is None or shared == Path(shared.anchor):  # nothing in common but the root: no use relative
        return f"Path({literal(absolute.as_posix())})"
    return f"Path(__file__).parent / {literal(Path(os.path.relpath(absolute, folder)).as_posix())}"


def _load_csv(script: _Script, csv: CsvReading, script_dir: Path | None) -> None:
    script.need("import pandas as pd", "from pathlib import Path")
    found = []
    if "sep" in csv.options:
        found.append(DELIMITER_WORDS[csv.options["sep"]])
    if "decimal" in csv.options:
        found.append("decimal commas as in 7,4")
    if "encoding" in csv.options:
        found.append(f"{ENCODING_NAMES[csv.options['encoding']]} text")
    source = _source_expression(csv.path, script_dir)
    script.comment(
        f"{csv.path.name}, read the way nnbuilder read it" + (f" ({', '.join(found)})" if found else "")
        + ("; the path starts at this script's folder." if source.startswith("Path(__file__)") else ".")
    )
    script.add(f"DATA = {source}")
    script.add(f"df = pd.read_csv(DATA{''.join(f', {key}={literal(value)}' for key, value in csv.options.items())})")
    if csv.empty_columns:
        script.add(f"df = df.drop(columns={literal(csv.empty_columns)})  # each line ends in a delimiter")
    if csv.empty_rows:
        script.add('df = df.dropna(how="all")  # lines holding no values')
    for column in csv.comma_columns:
        name = literal(column)
        script.add(f'df[{name}] = pd.to_numeric(df[{name}].str.replace(",", "."))  # "7,4" in quotes')


# The generated built-in sets, line for line as nnbuilder/engine/datasets.py makes them, so the rows
# are the same: (default noise, code with {samples}, its halves, {noise} and {seed} to fill in).
_SHUFFLED_FRAME = (
    "order = rng.permutation(len(label))  # shuffled, so the first rows mix both classes",
    'df = pd.DataFrame({{"x1": points[order, 0], "x2": points[order, 1], "label": label[order]}})',
)
_GENERATORS: dict[str, tuple[float, tuple[str, ...]]] = {
    "circles": (0.1, (
        "points, label = make_circles(n_samples={samples}, noise={noise}, factor=0.5, random_state={seed})",
        "rng = np.random.default_rng({seed})",
        *_SHUFFLED_FRAME,
    )),
    "xor": (0.1, (
        "rng = np.random.default_rng({seed})",
        "points = rng.uniform(-1.0, 1.0, size=({samples}, 2))",
        "points += np.where(points > 0, 0.05, -0.05)  # off the axes, where the class would be a coin toss",
        "# The noise jitters the point each label is read from, so some labels cross the axes.",
        "moved = points + rng.uniform(-1.0, 1.0, size=({samples}, 2)) * {noise}",
        "label = (moved[:, 0] * moved[:, 1] > 0).astype(int)",
        *_SHUFFLED_FRAME,
    )),
    "spiral": (0.05, (
        "rng = np.random.default_rng({seed})",
        "arms, labels = [], []",
        "for arm_label, count, turn in ((0, {first_half}, 0.0), (1, {second_half}, np.pi)):",
        "    radius = np.arange(count) / count  # from the centre out to 1",
        "    angle = 1.75 * 2 * np.pi * radius + turn  # one and three quarter turns",
        "    arm = np.column_stack([radius * np.sin(angle), radius * np.cos(angle)])",
        "    arms.append(arm + rng.uniform(-1.0, 1.0, size=arm.shape) * {noise})",
        "    labels.append(np.full(count, arm_label))",
        "points, label = np.vstack(arms), np.concatenate(labels)",
        *_SHUFFLED_FRAME,
    )),
    "gaussians": (0.6, (
        "points, label = make_blobs(",
        "    n_samples=[{first_half}, {second_half}],  # points per class",
        "    centers=[[-1.0, -1.0], [1.0, 1.0]],",
        "    cluster_std={noise},",
        "    random_state={seed},",
        ")",
        "rng = np.random.default_rng({seed})",
        *_SHUFFLED_FRAME,
    )),
    "sine": (0.1, (
        "rng = np.random.default_rng({seed})",
        "x = rng.uniform(-2 * np.pi, 2 * np.pi, size={samples})",
        'df = pd.DataFrame({{"x": x, "y": np.sin(x) + rng.normal(0.0, {noise}, size={samples})}})',
    )),
    "noisy-measurements": (0.1, (
        "points, label = make_classification(",
        "    n_samples={samples}, n_features=30, n_informative=5, n_redundant=0,",
        "    flip_y={noise}, class_sep=1.0, random_state={seed},  # flip_y: the share of labels drawn at random",
        ")",
        "scales = 10.0 ** np.random.default_rng({seed}).integers(-2, 4, size=30)  # from 0.01 to 1,000",
        'df = pd.DataFrame(points * scales, columns=[f"m{{i}}" for i in range(1, 31)])',
        'df["label"] = np.where(label == 1, "B", "A")',
    )),
}  # fmt: skip
_GENERATOR_IMPORTS = {
    "circles": "from sklearn.datasets import make_circles",
    "gaussians": "from sklearn.datasets import make_blobs",
    "noisy-measurements": "from sklearn.datasets import make_classification",
}
# The tables that ship with scikit-learn: (loader, its extra arguments, whether the classes get their names).
_SKLEARN_TABLES = {
    "diabetes": ("load_diabetes", ", scaled=False", False),
    "breast-cancer": ("load_breast_cancer", "", True),
    "wine": ("load_wine", "", True),
    "iris": ("load_iris", "", True),
}


def _load_builtin(script: _Script, data: DataSpec, target: str) -> None:
    dataset = get_builtin(data.source[len(BUILTIN_PREFIX) :])
    script.need("import pandas as pd")
    script.comment(f"The {dataset.name} data set (builtin:{dataset.name}). {dataset.description}")
    if dataset.name in _GENERATORS:
        default_noise, template = _GENERATORS[dataset.name]
        script.need("import numpy as np")
        if dataset.name in _GENERATOR_IMPORTS:
            script.need(_GENERATOR_IMPORTS[dataset.name])
        samples = data.samples or DEFAULT_SAMPLES
        noise = float(default_noise if data.noise is None else data.noise)
        values = {"samples": samples, "first_half": samples - samples // 2, "second_half": samples // 2}
        script.add(*(line.format(**values, noise=repr(noise), seed=GENERATED_SEED) for line in template))
        return
    loader, options, named = _SKLEARN_TABLES[dataset.name]
    script.need(f"from sklearn.datasets import {loader}")
    if dataset.name == "diabetes":
        script.comment("scaled=False keeps ages in years and pressures in mm Hg, as a student would record them.")
    name = literal(target)
    script.add(f"bunch = {loader}(as_frame=True{options})", f'df = bunch.frame.rename(columns={{"target": {name}}})')
    if named:
        script.add(f"df[{name}] = df[{name}].map(dict(enumerate(bunch.target_names)))  # names, not codes")


def _class_numbers(task: Task) -> str:
    return "0 and 1" if len(task.classes) == 2 else f"0 to {len(task.classes) - 1}"


def _choose_rows_and_columns(script: _Script, data: DataSpec, facts: DataFacts) -> None:
    target = facts.target
    if facts.warnings:
        script.add("", "# What nnbuilder noticed in the data:")
        for warning in facts.warnings:
            script.add(*_comment(f"- {warning}", continued="#   "))
    if facts.drop_missing:
        subset = "" if facts.drop_missing == facts.columns else f"subset={literal(facts.drop_missing)}"
        script.add(f"df = df.dropna({subset})  # rows with missing values are left out")
    script.add("")
    if facts.inputs == [c for c in facts.columns if c != target]:
        script.add(f"x = df.drop(columns={literal(target)})")
    else:
        script.add(*_list_assignment("features", facts.inputs), "x = df[features]")
    if facts.as_float:
        script.add(f"x = x.astype({literal({c: 'float64' for c in facts.as_float})})  # True/False as 1/0")
    task = facts.task
    mapping = {value: code for code, values in enumerate(facts.class_values) for value in values}
    if task.kind == "regression":
        script.add(f"y = df[{literal(target)}]")
    elif all(type(value) is int and value == code for value, code in mapping.items()):
        script.add(f"y = df[{literal(target)}]  # the classes are numbered {_class_numbers(task)} already")
    else:
        script.comment(f"The classes as numbers {_class_numbers(task)}, in the order nnbuilder lists them.")
        script.add(f"y = df[{literal(target)}].map({literal(mapping)})")

    script.add("")
    if data.validation_split == 0:
        script.add("x_train, y_train = x, y  # validation_split is 0: every row trains")
        return
    script.need("from sklearn.model_selection import train_test_split")
    stratify = task.kind != "regression" and data.stratify
    script.comment(
        f"Hold out {data.validation_split * 100:g}% of the rows to validate on; random_state holds out the same rows "
        "every run" + ("; stratify keeps each class's share the same in both parts." if stratify else ".")
    )
    arguments = f"x, y, test_size={data.validation_split!r}, random_state={data.split_seed}" + (
        ", stratify=y" if stratify else ""
    )
    call = f"x_train, x_val, y_train, y_val = train_test_split({arguments})"
    script.add(call if len(call) <= LINE_WIDTH else call.replace("(", "(\n    ", 1)[:-1] + "\n)")


def _scale_inputs(script: _Script, data: DataSpec, facts: DataFacts, parts: list[str]) -> None:
    impute = data.missing == "impute"
    scaler = {"standard": "StandardScaler", "minmax": "MinMaxScaler", "none": None}[data.scaling]
    if scaler is not None:
        script.need(f"from sklearn.preprocessing import {scaler}")
    if impute:
        script.need("from sklearn.impute import SimpleImputer")
    number_steps = ['SimpleImputer(strategy="median", keep_empty_features=True)'] if impute else []
    if scaler is not None:
        number_steps.append(f"{scaler}()")
    explain = {
        "standard": "each number column is scaled to mean 0 and standard deviation 1",
        "minmax": "each number column is scaled to the range 0 to 1",
        "none": "the numbers stay as they are",
    }[data.scaling]
    if impute:
        explain = "missing values are filled in (the median, or the most frequent text), then " + explain

    learned = (
        " All of it is learned from the training rows only, so nothing leaks from the validation rows."
        if "val" in parts
        else ""
    )

    def pipeline(steps: list[str]) -> str:
        if len(steps) == 1:
            return steps[0]
        script.need("from sklearn.pipeline import make_pipeline")
        return f"make_pipeline({', '.join(steps)})"

    if not facts.text and not number_steps:
        script.comment(f"The network's inputs: {explain}.")
        script.add(*(f'x_{part} = x_{part}.to_numpy("float32")' for part in parts))
        return
    if not facts.text:
        script.comment(f"The network's inputs: {explain}.{learned}")
        script.add(f"preprocess = {pipeline(number_steps)}")
    else:
        script.need("from sklearn.compose import ColumnTransformer", "from sklearn.preprocessing import OneHotEncoder")
        onehot = 'OneHotEncoder(handle_unknown="ignore", sparse_output=False)'
        text_steps = [onehot]
        if impute:
            text_steps.insert(0, 'SimpleImputer(strategy="most_frequent", keep_empty_features=True)')
        script.comment(
            f"The network's inputs: {explain}; each text column becomes one 0/1 input per value (one-hot), "
            f"{facts.input_width} inputs in all.{learned}"
        )
        script.add(*_list_assignment("number_columns", facts.numeric), *_list_assignment("text_columns", facts.text))
        script.add(
            "preprocess = ColumnTransformer([",
            f'    ("numbers", {pipeline(number_steps) if number_steps else literal("passthrough")}, number_columns),',
            f'    ("text", {pipeline(text_steps)}, text_columns),',
            "])",
        )
    script.add('x_train = preprocess.fit_transform(x_train).astype("float32")')
    if "val" in parts:
        script.add('x_val = preprocess.transform(x_val).astype("float32")')


def _encode_target(script: _Script, loss: str, task: Task, parts: list[str]) -> None:
    if task.kind == "regression" or (task.kind == "binary" and loss != "categorical_crossentropy"):
        what = "a number" if task.kind == "regression" else "0 or 1"
        script.comment(f"The target as Keras takes it: one column, {what} per row.")
        script.add(*(f'y_{part} = y_{part}.to_numpy("float32").reshape(-1, 1)' for part in parts))
    elif loss == "categorical_crossentropy":
        script.comment("categorical_crossentropy compares with one 0/1 column per class (one-hot).")
        classes = len(task.classes)
        script.add(*(f"y_{part} = keras.utils.to_categorical(y_{part}, num_classes={classes})" for part in parts))
    else:
        script.comment("sparse_categorical_crossentropy takes the class numbers themselves.")
        script.add(*(f'y_{part} = y_{part}.to_numpy("int32")' for part in parts))


# ---------------------------------------------------------------------------------------------
# The network, training and results


def _history_columns(metrics: list[str], validation: bool) -> list[str]:
    """history.csv's columns: loss, then each metric in Keras's (sorted) order, each with its val_ twin."""
    names = ["loss", *sorted(dict.fromkeys(m for m in metrics if m != "loss"))]
    return [column for name in names for column in ([name, f"val_{name}"] if validation else [name])]


def _distribute_switch(script: _Script, project: Project) -> None:
    """--distribute: the switch that takes the same script from a PC to a server's GPUs, beside what it changes."""
    script.need("import argparse")
    title = " ".join(project.title.split()) or "Untitled"
    script.comment(
        "Run `python this-script.py --distribute mirrored` to train on every GPU of the machine at once; "
        "a machine without a GPU trains as usual. Nothing else changes."
    )
    script.add(*_assign_call(
        "parser", "argparse.ArgumentParser",
        {"description": f"{title}: train the network, save model.keras and history.csv"},
    ))
    script.add(
        "parser.add_argument(",
        '    "--distribute", choices=["mirrored"], help="train on every GPU of this machine at once"',
        ")",
        "args, _ = parser.parse_known_args()  # a notebook passes arguments of its own: leave those alone",
        'if args.distribute == "mirrored":',
        "    # Each GPU trains a copy of the network on its share of every batch; the copies stay equal.",
        "    tf.distribute.experimental_set_strategy(tf.distribute.MirroredStrategy())",
    )


def _network(script: _Script, project: Project, facts: DataFacts) -> None:
    script.need("import keras", "import tensorflow as tf")
    script.comment(
        "The same seed gives the same initial weights and the same shuffling; deterministic ops make the "
        "arithmetic repeat exactly, so every run gives the same history."
    )
    script.add(f"keras.utils.set_random_seed({project.training.seed})")
    script.add("tf.config.experimental.enable_op_determinism()")
    script.add("")
    _distribute_switch(script, project)
    script.add("", "model = keras.Sequential([", f"    keras.Input(shape=({facts.input_width},)),")
    script.add(*(f"    {layer_code(layer)}," for layer in project.layers))
    script.add("])", "model.summary()")


# The batches nnbuilder trains on (engine/batches.py): the same functions, so the same history.
_BATCH_FUNCTIONS = (
    "def in_batches(x, y, order):",
    '    """The rows `order` names, batch_size at a time; what is left over makes a last, smaller batch."""',
    "    split = order.shape[0] // batch_size * batch_size",
    "    full = tf.reshape(order[:split], (-1, batch_size))",
    "    batches = tf.data.Dataset.from_tensor_slices((tf.gather(x, full), tf.gather(y, full)))",
    "    if order.shape[0] > split:",
    "        rest = order[split:]",
    "        last = tf.data.Dataset.from_tensors((tf.gather(x, rest), tf.gather(y, rest)))",
    "        batches = batches.concatenate(last)",
    "    return batches",
    "",
    "",
    "def shuffled_batches(x, y, seed):",
    '    """Every epoch all rows once, in a new order (the same orders for the same seed)."""',
    "    rows = len(x)",
    "    x, y = tf.constant(x), tf.constant(y)",
    "",
    "    def one_epoch(epoch_seed):",
    "        shuffle_seed = tf.stack([epoch_seed, 0])",
    "        order = tf.random.experimental.stateless_shuffle(tf.range(rows), seed=shuffle_seed)",
    "        return in_batches(x, y, order)",
    "",
    "    epoch_seeds = tf.data.Dataset.random(seed=seed, rerandomize_each_iteration=True).take(1)",
    "    steps = math.ceil(rows / batch_size)",
    "    batches = epoch_seeds.flat_map(one_epoch)",
    "    return batches.apply(tf.data.experimental.assert_cardinality(steps)).prefetch(2)",
    "",
    "",
    "def ordered_batches(x, y):",
    '    """All rows in their order, in batches (the validation pass)."""',
    "    return in_batches(tf.constant(x), tf.constant(y), tf.range(len(x)))",
)


def _training(script: _Script, project: Project) -> None:
    training = project.training
    script.need("import math")
    script.add(f"batch_size = {training.batch_size}")
    script.comment(
        "model.fit(x_train, y_train, batch_size=batch_size) makes the same kind of batches, but sets up "
        "its input pipeline again for every epoch and every validation pass, which on a small table takes "
        "about as long as the training itself. These tf.data pipelines are set up once; nnbuilder trains on them."
    )
    script.add("", "", *_BATCH_FUNCTIONS, "", "")
    script.comment(
        f"As nnbuilder does, run up to {MAX_STEPS_PER_EXECUTION} training steps per call into TensorFlow: "
        "less time between steps, the same results."
    )
    script.add(f"steps_per_execution = min({MAX_STEPS_PER_EXECUTION}, math.ceil(len(x_train) / batch_size))")
    optimizer = training.optimizer
    script.add(
        "model.compile(",
        f"    optimizer={_call(f'keras.optimizers.{optimizer.class_name}', [], optimizer.config)},",
        f"    loss={literal(training.loss)},",
    )
    if training.metrics:
        script.add(f"    metrics={literal(list(training.metrics))},")
    script.add("    steps_per_execution=steps_per_execution,", ")")
    stopping = training.early_stopping
    if stopping is not None:
        settings: dict[str, Any] = {"monitor": stopping.monitor}
        if stopping.min_delta:
            settings["min_delta"] = stopping.min_delta
        settings["patience"] = stopping.patience
        if stopping.restore_best_weights:
            settings["restore_best_weights"] = True
        script.add("")
        script.comment(
            f"Stop when {stopping.monitor} has not improved"
            + (f" by at least {stopping.min_delta:g}" if stopping.min_delta else "")
            + f" for {stopping.patience} epochs"
            + ("; then go back to the weights of the best epoch." if stopping.restore_best_weights else ".")
        )
        script.add(*_assign_call("early_stopping", "keras.callbacks.EarlyStopping", settings))
    script.add("", "history = model.fit(", f"    shuffled_batches(x_train, y_train, seed={training.seed}),")
    script.add(f"    epochs={training.epochs},")
    if project.data.validation_split > 0:
        script.add("    validation_data=ordered_batches(x_val, y_val),")
    script.add("    shuffle=False,  # the batches are shuffled already")
    if stopping is not None:
        script.add("    callbacks=[early_stopping],")
    script.add("    verbose=2,  # one line per epoch", ")")


def _results(script: _Script, project: Project) -> None:
    columns = _history_columns(project.training.metrics, project.data.validation_split > 0)
    script.comment("What `nnbuilder train` writes, here into the folder this script runs in.")
    script.add('model.save("model.keras")', f"log = pd.DataFrame(history.history)[{literal(columns)}]")
    script.add("log.index += 1  # epochs count from 1", 'log.to_csv("history.csv", index_label="epoch")', "")
    names = [c for c in columns if not c.startswith("val_")]
    if len(names) == 1:
        plot = 'log.plot(xlabel="epoch", ylabel="loss")'
    else:
        groups = ", ".join(
            "(" + ", ".join(literal(c) for c in columns if c.removeprefix("val_") == name) + ")" for name in names
        )
        plot = f'log.plot(subplots=[{groups}], xlabel="epoch")'
    script.comment("The learning curves, when matplotlib is installed (history.csv holds the same numbers).")
    script.add(
        "try:",
        "    import matplotlib.pyplot as plt",
        "except ImportError:",
        "    plt = None",
        "if plt is not None:",
        f"    {plot}",
        "    plt.show()",
    )


def export_script(project: Project, project_dir: Path | None, script_dir: Path | None = None) -> str:
    """The project as a standalone Python script, its data path relative to ``script_dir``.

    ``script_dir`` defaults to ``project_dir`` (the script saved beside the project); with neither,
    the data path is absolute. Raises
    SpecError for an invalid project and DataError when the data cannot be read or prepared.
    """
    check_project(project)
    _data_facts(project.data, project_dir, project.training.loss)  # a problem is said in the reader's language
    with in_english():  # the script and its comments are the same whatever language the window speaks
        return _script(project, project_dir, script_dir)


def _script(project: Project, project_dir: Path | None, script_dir: Path | None) -> str:
    data = project.data
    facts = _data_facts(data, project_dir, project.training.loss)
    parts = ["train", "val"] if data.validation_split > 0 else ["train"]
    body = _Script()
    body.section("The data")
    if facts.csv is not None:
        _load_csv(body, facts.csv, script_dir or project_dir)
    else:
        _load_builtin(body, data, facts.target)
    _choose_rows_and_columns(body, data, facts)
    body.section("What the network sees")
    _scale_inputs(body, data, facts, parts)
    body.add("")
    _encode_target(body, project.training.loss, facts.task, parts)
    body.section("The network")
    _network(body, project, facts)
    body.section("Training")
    _training(body, project)
    body.section("Results")
    _results(body, project)
    title = " ".join(project.title.split()) or "Untitled"
    header = _comment(
        f"{title}, exported from nnbuilder {__version__}: the same training with only pandas, scikit-learn and "
        "Keras. Like `nnbuilder train`, it writes history.csv (the same numbers, for the same seed) and "
        "model.keras into the folder it runs in."
    )
    return "\n".join([*header, "", *body.import_block(), "", *body.lines]) + "\n"
