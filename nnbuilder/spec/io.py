"""Reading and writing project files: JSON, versioned, migrated forward, saved atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..i18n import translate
from .assignment import assignment_from_dict, check_assignment
from .catalogue import CATALOGUE, OPTIMIZERS
from .errors import SpecError
from .project import (
    FORMAT,
    VERSION,
    DataSpec,
    EarlyStoppingSpec,
    LayerSpec,
    OptimizerSpec,
    Project,
    TrainingSpec,
)
from .validate import did_you_mean, validate

# MIGRATIONS[n] turns a version-n project dict into a version n+1 one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: dict,  # version 2 only added the optional "lesson"; a version-1 file has none
    2: dict,  # version 3 only added the optional classroom sections
}

PROJECT_SUFFIX = ".nnb"


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older project dict up to the current version; refuse a newer one."""
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SpecError(
            translate("Io", "the project's \"version\" must be a whole number from 1 to {newest}; got {version!r}").format(
                newest=VERSION, version=version
            )
        )
    if version > VERSION:
        raise SpecError(
            translate(
                "Io",
                "this project was written by a newer nnbuilder (file version {version}; this one reads "
                "up to version {newest}); update nnbuilder to open it",
            ).format(version=version, newest=VERSION)
        )
    while version < VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SpecError(
                translate("Io", "project version {version} cannot be upgraded: no migration is known").format(
                    version=version
                )
            )
        raw = step(raw)
        version += 1
        raw["version"] = version
    return raw


def _take(obj: dict[str, Any], known: tuple[str, ...], where: str, problems: list[str]) -> dict[str, Any]:
    for key in obj:
        if key not in known:
            problems.append(
                translate("Io", "{where}: unknown key '{key}'").format(where=where, key=key) + did_you_mean(key, known)
            )
    return obj


def _object(value: Any, where: str, problems: list[str]) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    problems.append(translate("Io", "{where} must be an object {{...}}; got {value!r}").format(where=where, value=value))
    return {}


def project_from_dict(raw: Any) -> Project:
    """A validated Project from a project file's JSON value; SpecError lists every problem."""
    if not isinstance(raw, dict):
        raise SpecError(
            translate("Io", "this is not an nnbuilder project: the file must hold a JSON object {{...}}").format()
        )
    if raw.get("format") != FORMAT:
        raise SpecError(
            translate("Io", "this is not an nnbuilder project: \"format\" is {found!r}, expected \"{format}\"").format(
                found=raw.get("format"), format=FORMAT
            )
        )
    raw = migrate(dict(raw))
    problems: list[str] = []
    _take(
        raw,
        ("format", "version", "title", "lesson", "assignment", "notes", "questions", "answers", "data", "layers", "training"),
        translate("Io", "project"),
        problems,
    )
    defaults = Project()

    data = _take(_object(raw.get("data", {}), "data", problems), tuple(DataSpec.__dataclass_fields__), "data", problems)
    data_spec = DataSpec(**{k: v for k, v in data.items() if k in DataSpec.__dataclass_fields__})

    layers = []
    raw_layers = raw.get("layers", [])
    if not isinstance(raw_layers, list):
        problems.append(translate("Io", "layers must be a list [...]; got {value!r}").format(value=raw_layers))
        raw_layers = []
    for index, item in enumerate(raw_layers):
        where = translate("Io", "layer {number}").format(number=index + 1)
        item = _take(_object(item, where, problems), ("class_name", "config"), where, problems)
        if "class_name" not in item:
            problems.append(
                translate("Io", "{where}: missing \"class_name\" (the layer type, such as \"Dense\")").format(where=where)
            )
            continue
        layers.append(LayerSpec(str(item["class_name"]), item.get("config", {}) or {}))

    training = _take(
        _object(raw.get("training", {}), "training", problems),
        tuple(TrainingSpec.__dataclass_fields__),
        "training",
        problems,
    )
    optimizer = _object(training.get("optimizer", {}), "training.optimizer", problems)
    _take(optimizer, ("class_name", "config"), "training.optimizer", problems)
    optimizer_spec = OptimizerSpec(
        str(optimizer.get("class_name", defaults.training.optimizer.class_name)),
        optimizer.get("config", {}) if "config" in optimizer else {},
    )
    stopping_spec = None
    if training.get("early_stopping") is not None:
        stopping = _object(training["early_stopping"], "training.early_stopping", problems)
        known = tuple(EarlyStoppingSpec.__dataclass_fields__)
        _take(stopping, known, "training.early_stopping", problems)
        stopping_spec = EarlyStoppingSpec(**{k: v for k, v in stopping.items() if k in known})
    training_spec = TrainingSpec(
        optimizer=optimizer_spec,
        early_stopping=stopping_spec,
        **{
            k: v
            for k, v in training.items()
            if k in TrainingSpec.__dataclass_fields__ and k not in ("optimizer", "early_stopping")
        },
    )
    title = raw.get("title", defaults.title)
    if not isinstance(title, str):
        problems.append(translate("Io", "title must be text; got {value!r}").format(value=title))
        title = str(title)
    lesson = raw.get("lesson")
    if lesson is not None and not (isinstance(lesson, str) and lesson.strip()):
        problems.append(
            translate("Io", "lesson must be a lesson's name, such as \"overfitting\", or null; got {value!r}").format(
                value=lesson
            )
        )
        lesson = None
    project = Project(title=title, data=data_spec, layers=layers, training=training_spec, lesson=lesson)
    _take_classroom(raw, project, problems)
    problems += validate(project) + check_assignment(project)
    if problems:
        raise SpecError(_summary(problems), problems)
    _whole_numbers_as_floats(project)
    return project


def _whole_numbers_as_floats(project: Project) -> None:
    """A number setting written as 1 in JSON is 1.0: Keras refuses learning_rate=1 (an int), and so
    would the exported script."""
    def convert(config: dict[str, Any], params: Any) -> None:
        for param in params:
            value = config.get(param.name)
            if param.kind == "float" and isinstance(value, int) and not isinstance(value, bool):
                config[param.name] = float(value)

    convert(project.training.optimizer.config, OPTIMIZERS.get(project.training.optimizer.class_name, ()))
    for layer in project.layers:
        convert(layer.config, CATALOGUE[layer.class_name].params)


def _texts(value: Any, where: str, problems: list[str]) -> list[str]:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    problems.append(
        translate("Io", "{where} must be a list of texts [\"...\", ...]; got {value!r}").format(where=where, value=value)
    )
    return []


def _take_classroom(raw: dict[str, Any], project: Project, problems: list[str]) -> None:
    """The assignment, the teacher's notes, the questions and the student's answers."""
    project.assignment = assignment_from_dict(raw.get("assignment"), problems)
    notes = raw.get("notes")
    if notes is not None and not isinstance(notes, str):
        problems.append(
            translate(
                "Io", "notes must be text in the lessons' Markdown (see README, \"Your own lessons\"); got {value!r}"
            ).format(value=notes)
        )
        notes = None
    project.notes = notes
    project.questions = _texts(raw.get("questions", []), "questions", problems)
    project.answers = _texts(raw.get("answers", []), "answers", problems)
    if len(project.answers) > len(project.questions):
        problems.append(
            translate(
                "Io",
                "answers has {answers} entries but there are only {questions} questions; remove the extra answers",
            ).format(answers=len(project.answers), questions=len(project.questions))
        )


def _summary(problems: list[str]) -> str:
    if len(problems) == 1:
        return problems[0]
    return translate("Io", "{count} problems: {problems}").format(count=len(problems), problems="; ".join(problems))


def check_project(project: Project) -> None:
    """Raise SpecError naming every problem of a project built in code (or edited in the window)."""
    problems = validate(project) + check_assignment(project)
    if problems:
        raise SpecError(_summary(problems), problems)


def loads_project(text: str) -> Project:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise SpecError(
            translate(
                "Io",
                "the project file is not valid JSON (line {line}, column {column}: {reason}); "
                "fix that spot in a text editor or use a saved copy",
            ).format(line=error.lineno, column=error.colno, reason=error.msg)
        ) from None
    return project_from_dict(raw)


def dumps_project(project: Project) -> str:
    return json.dumps(project.to_dict(), indent=2, ensure_ascii=False) + "\n"


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read and validate a project file; SpecError says what is wrong with which file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpecError(translate("Io", "{path}: no such project file; check the path").format(path=path)) from None
    except IsADirectoryError:
        raise SpecError(translate("Io", "{path} is a folder, not a project file").format(path=path)) from None
    except UnicodeDecodeError:
        raise SpecError(
            translate("Io", "{path} is not a project file (it is not text); open a .nnb file").format(path=path)
        ) from None
    except OSError as error:
        raise SpecError(
            translate("Io", "{path} cannot be read ({reason}); check its permissions").format(
                path=path, reason=error.strerror
            )
        ) from None
    try:
        return loads_project(text)
    except SpecError as error:
        raise SpecError(f"{path}: {error}", error.problems) from None


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write atomically: a crash mid-save leaves the previous file whole, never half a project."""
    write_text_atomic(Path(path), dumps_project(project))


def normal_file_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give a new file: 0o666 less the umask."""
    try:  # Linux says it without changing it (os.umask would, for a moment, for every thread)
        with open("/proc/self/status", encoding="ascii") as status:
            umask = next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError):
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


def give_normal_mode(temp_name: str) -> None:
    """A temporary file is made private (0600); a saved file must be readable as any other file
    (a teacher collecting hand-ins from a shared folder)."""
    if os.name == "posix":
        os.chmod(temp_name, normal_file_mode())


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write a whole file or leave the old one: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        give_normal_mode(temp_name)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


# Windows refuses these in file names; a suggested name must work on every lab PC (whose file
# systems allow 255 bytes a name: at most 100 characters and 200 bytes leave room for a suffix).
MAX_NAME_CHARACTERS = 100
_NOT_IN_FILE_NAMES = '<>:"/\\|?*'


def safe_file_name(title: str, suffix: str = "") -> str:
    """A file name made from a title, valid on Windows, macOS and Linux: "Lesson 1: the linear
    unit" → "Lesson 1 - the linear unit"."""
    name = title.replace(": ", " - ")
    name = "".join(" " if ch in _NOT_IN_FILE_NAMES or ord(ch) < 32 else ch for ch in name)
    name = " ".join(name.split())[:MAX_NAME_CHARACTERS]
    while len(name.encode("utf-8")) > 2 * MAX_NAME_CHARACTERS:  # three-byte letters
        name = name[:-1]
    name = name.strip(" .") or "Untitled"
    if name.split(".")[0].upper() in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                                      *(f"LPT{i}" for i in range(1, 10))}:  # fmt: skip
        name = f"{name} project"
    return name + suffix
