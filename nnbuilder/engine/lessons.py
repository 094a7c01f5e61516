"""The built-in lessons: a project to train and notes to read, with "try this" changes to apply.

Each lesson is two files in resources/lessons/: ``<id>.nnb``, an ordinary project, and ``<id>.md``,
its notes in a small Markdown subset (``<id>.tr.md`` holds the Turkish notes, with the same steps
and ``change:`` lines)::

    # Title
    First paragraph: the summary shown on the start page.

    More paragraphs with **bold**, *italic* and `code`, "- " lists, and pictures the app draws
    itself: ![what it shows](figure:linear-unit)

    ## Try this
    - What to change and what to look for in the curves or weights.
      change: {"training.optimizer.config.learning_rate": 0.01}

A step's change is a JSON object applied by ``apply_change``: dotted paths into the project file
("layers.0.config.units", 0-based), plus ``insert_layer`` {"at", "layer"} and ``remove_layer``
{"at"}. Also here: the grid of points a decision boundary is drawn from. No Qt, and Keras only
through the model a caller passes in.
"""

from __future__ import annotations

import copy
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..i18n import DEFAULT_LANGUAGE, language, translate
from ..paths import resource_path
from ..spec import Project, load_project, project_from_dict
from ..spec.errors import NNBuilderError, SpecError
from ..spec.validate import did_you_mean
from ..spec.words import counted, setting_words, value_words

if TYPE_CHECKING:  # the data module loads pandas and scikit-learn, which the window must not wait for
    from .data import PreparedData

# In course order; the ids are a contract (file names, `builtin:lesson/<id>`, the start page).
LESSON_IDS = (
    "linear-unit",
    "deep-network",
    "sgd",
    "overfitting",
    "dropout-batchnorm",
    "binary-classification",
)
LESSON_PREFIX = "builtin:lesson/"  # names a lesson's project where a project file is expected
TRY_THIS = "## Try this"
TRY_THIS_HEADINGS = (TRY_THIS, "## Bunları deneyin")  # a Turkish teacher's notes may say it in Turkish
FIGURE_SCHEME = "figure:"  # ![alt](figure:NAME): a picture the app draws, registered under this URL
INSERT_LAYER, REMOVE_LAYER = "insert_layer", "remove_layer"


@dataclass(frozen=True)
class LessonInfo:
    id: str
    title: str
    summary: str  # plain text, the notes' first paragraph


@dataclass(frozen=True)
class Step:
    text: str  # plain words, markup removed
    change: dict[str, Any] | None  # for apply_change; None when the step is only something to look at
    html: str  # the same words with their inline markup, for a rich-text label


@dataclass
class Lesson:
    id: str
    title: str
    project: Project
    notes_html: str
    steps: list[Step]

    @property
    def figures(self) -> list[str]:
        """The names of the pictures the notes show, to be drawn by the app."""
        return re.findall(rf'src="{FIGURE_SCHEME}([\w-]+)"', self.notes_html)


# ---------------------------------------------------------------------------------------------
# Finding and reading lessons


def _check_id(lesson_id: str) -> None:
    if lesson_id not in LESSON_IDS:
        raise NNBuilderError(
            translate("Lessons", "there is no lesson '{lesson}'").format(lesson=lesson_id) + did_you_mean(lesson_id, LESSON_IDS)
        )


def lesson_project_path(lesson_id: str) -> Path:
    """The lesson's project file (read-only where nnbuilder is installed: save a copy elsewhere)."""
    _check_id(lesson_id)
    return resource_path("lessons", f"{lesson_id}.nnb")


def resolve_project_argument(argument: str) -> Path:
    """The file a project argument names: ``builtin:lesson/<id>`` is that lesson's, else the path as given."""
    if argument.startswith(LESSON_PREFIX):
        return lesson_project_path(argument[len(LESSON_PREFIX) :])
    return Path(argument)


def _notes_text(lesson_id: str) -> str:
    """The notes in the interface's language (``<id>.tr.md``), or the English ``<id>.md``."""
    _check_id(lesson_id)
    translated = resource_path("lessons", f"{lesson_id}.{language()}.md")
    if language() != DEFAULT_LANGUAGE and translated.is_file():
        return translated.read_text(encoding="utf-8")
    return resource_path("lessons", f"{lesson_id}.md").read_text(encoding="utf-8")


def list_lessons() -> list[LessonInfo]:
    """The six lessons in course order, with their titles and summaries (no project is loaded)."""
    infos = []
    for lesson_id in LESSON_IDS:
        title, blocks, _ = _split_notes(_notes_text(lesson_id), lesson_id)
        infos.append(LessonInfo(lesson_id, title, _plain(blocks[0]) if blocks else ""))
    return infos


def load_lesson(lesson_id: str) -> Lesson:
    """The lesson's validated project, its notes as HTML and its steps."""
    title, blocks, step_lines = _split_notes(_notes_text(lesson_id), lesson_id)
    project = load_project(lesson_project_path(lesson_id))
    if language() != DEFAULT_LANGUAGE:  # the .nnb's title is English: name the project as the notes do
        project.title = translate("Lessons", "Lesson {number}: {title}").format(
            number=LESSON_IDS.index(lesson_id) + 1, title=title
        )
    steps = [_parse_step(lines, lesson_id) for lines in step_lines]
    return Lesson(lesson_id, title, project, _blocks_html(blocks), steps)


OWN_LESSON = "own"  # the id of a lesson whose notes a project carries itself


def lesson_from_notes(project: Project) -> Lesson | None:
    """The teacher's own lesson a project carries in "notes" (the built-in lessons' Markdown, steps
    and all), or None. Its steps apply to the project as it was opened."""
    if project.notes is None:
        return None
    text = project.notes if project.notes.lstrip().startswith("# ") else f"# {project.title}\n\n{project.notes}"
    title, blocks, step_lines = _split_notes(text.strip(), project.title)
    steps = [_parse_step(lines, project.title) for lines in step_lines]
    return Lesson(OWN_LESSON, title, project.copy(), _blocks_html(blocks), steps)


def markdown_html(text: str) -> str:
    """Instructions in the notes' small Markdown subset, as HTML for a rich-text view."""
    return _blocks_html(_blocks(text.splitlines()))


def _split_notes(text: str, lesson_id: str) -> tuple[str, list[list[str]], list[list[str]]]:
    """(title, blocks of the notes, the lines of each step)."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "):
        raise NNBuilderError(
            translate("Lessons", "the notes of lesson '{lesson}' must start with a '# Title' line").format(lesson=lesson_id)
        )
    title = lines[0][2:].strip()
    body = lines[1:]
    steps: list[list[str]] = []
    heading = next((line for line in body if line.strip() in TRY_THIS_HEADINGS), None)
    if heading is not None:
        at = body.index(heading)
        body, step_part = body[:at], body[at + 1 :]
        for line in step_part:
            if line.startswith("- "):
                steps.append([line[2:]])
            elif line.strip() and steps:
                steps[-1].append(line.strip())
            elif line.strip():
                raise NNBuilderError(
                    translate("Lessons", "lesson '{lesson}': under '{heading}' every step starts with '- '").format(
                        lesson=lesson_id, heading=heading.strip())
                )
    return title, _blocks(body), steps


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _parse_step(lines: list[str], lesson_id: str) -> Step:
    words: list[str] = []
    change_lines: list[str] = []
    for line in lines:
        if change_lines or line.startswith("change:"):
            change_lines.append(line.removeprefix("change:"))
        else:
            words.append(line)
    change = None
    if change_lines:
        try:
            change = json.loads(" ".join(change_lines))
        except json.JSONDecodeError as error:
            raise NNBuilderError(
                translate("Lessons", "lesson '{lesson}': a step's change is not valid JSON ({problem})").format(
                    lesson=lesson_id, problem=error.msg)
            ) from None
        if not isinstance(change, dict) or not change:
            raise NNBuilderError(
                translate("Lessons", "lesson '{lesson}': a step's change must be a non-empty JSON object {{...}}").format(
                    lesson=lesson_id)
            )
    text = " ".join(words)
    return Step(_plain([text]), change, _inline_html(text))


# A small Markdown subset, enough for notes written in plain words.
_INLINE = (
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"\*(.+?)\*"), r"<i>\1</i>"),
    (re.compile(r"`(.+?)`"), r"<code>\1</code>"),
)
_IMAGE = re.compile(r"^!\[(.*)\]\((\S+)\)$")


def _inline_html(text: str) -> str:
    markup = html.escape(text, quote=False)
    for pattern, replacement in _INLINE:
        markup = pattern.sub(replacement, markup)
    return markup


def _plain(block: list[str]) -> str:
    text = " ".join(line.strip() for line in block)
    for pattern, _ in _INLINE:
        text = pattern.sub(r"\1", text)
    return text


def _blocks_html(blocks: list[list[str]]) -> str:
    parts = []
    for block in blocks:
        first = block[0]
        image = _IMAGE.match(first)
        if image and len(block) == 1:
            alt, source = (html.escape(part, quote=True) for part in image.groups())
            parts.append(f'<p align="center"><img src="{source}" alt="{alt}"></p>')
        elif first.startswith("- "):
            items: list[str] = []
            for line in block:
                if line.startswith("- "):
                    items.append(line[2:])
                else:  # an item continued on the next line
                    items[-1] += " " + line.strip()
            parts.append("<ul>" + "".join(f"<li>{_inline_html(item)}</li>" for item in items) + "</ul>")
        else:
            parts.append(f"<p>{_inline_html(' '.join(line.strip() for line in block))}</p>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Applying a step's change


def apply_change(project: Project, change: dict[str, Any]) -> Project:
    """A new, validated project with ``change`` applied (``project`` is left as it was).

    Keys are applied in order. SpecError names a path that does not exist, a layer position out of
    range, or what the changed project would get wrong.
    """
    if not isinstance(change, dict) or not change:
        raise SpecError(
            translate("Lessons", "a change must be a non-empty object of settings; got {change}").format(change=repr(change))
        )
    raw = project.to_dict()
    for key, value in copy.deepcopy(change).items():  # the project must not share the step's dicts
        if key == INSERT_LAYER:
            _insert_layer(raw["layers"], value)
        elif key == REMOVE_LAYER:
            _remove_layer(raw["layers"], value)
        else:
            _set_path(raw, key, value)
    try:
        return project_from_dict(raw)
    except SpecError as error:
        raise SpecError(
            translate("Lessons", "this change would make the project invalid: {error}").format(error=error), error.problems
        ) from None


def describe_change(change: dict[str, Any]) -> str:
    """A change in words, layers numbered from 1 as everywhere else a student reads them."""
    parts = []
    for key, value in change.items():
        if key == INSERT_LAYER and isinstance(value, dict):
            layer = value.get("layer") or {}
            parts.append(translate("Lessons", "insert a {layer} layer at position {position}").format(
                layer=layer.get("class_name", "?"), position=value.get("at", 0) + 1))
        elif key == REMOVE_LAYER and isinstance(value, dict):
            parts.append(translate("Lessons", "remove layer {position}").format(position=value.get("at", 0) + 1))
        elif key == "layers":
            names = ", ".join(str(layer.get("class_name", "?")) for layer in value) if isinstance(value, list) else "?"
            parts.append(translate("Lessons", "the layers become: {names}").format(names=names))
        else:  # in the window's words: "learning rate 0.01", "layer 2 units 16", "early stopping on (patience 5)"
            parts.append(f"{setting_words(key)} {value_words(value)}")
    return "; ".join(parts)


def _position(spec: Any, op: str, count: int, allow_end: bool) -> int:
    at = spec.get("at") if isinstance(spec, dict) else None
    last = count if allow_end else count - 1
    if isinstance(at, bool) or not isinstance(at, int) or not 0 <= at <= last:
        if op == INSERT_LAYER:
            message = translate("Lessons", "cannot insert a layer at position {position}: the network has {layers} "
                                           "(positions 1 to {last})")  # fmt: skip
        else:
            message = translate("Lessons", "cannot remove a layer at position {position}: the network has {layers} "
                                           "(positions 1 to {last})")  # fmt: skip
        raise SpecError(message.format(
            position=at + 1 if isinstance(at, int) and not isinstance(at, bool) else repr(at),
            layers=counted(count, translate("Lessons", "layer"), translate("Lessons", "layers")),
            last=last + 1,
        ))  # fmt: skip
    return at


def _insert_layer(layers: list[Any], spec: Any) -> None:
    at = _position(spec, INSERT_LAYER, len(layers), allow_end=True)
    layer = spec.get("layer")
    if not isinstance(layer, dict) or "class_name" not in layer:
        raise SpecError(
            translate("Lessons", '{op}: "layer" must be an object such as {{"class_name": "Dense", "config": {{...}}}}')
            .format(op=INSERT_LAYER)
        )
    layers.insert(at, {"class_name": layer["class_name"], "config": layer.get("config") or {}})


def _remove_layer(layers: list[Any], spec: Any) -> None:
    del layers[_position(spec, REMOVE_LAYER, len(layers), allow_end=False)]


def _set_path(raw: dict[str, Any], path: str, value: Any) -> None:
    """Set ``raw[a][b][c]`` for path "a.b.c"; list items are numbered from 0."""
    parts = path.split(".")
    node: Any = raw
    for depth, part in enumerate(parts):
        where = ".".join(parts[:depth]) or translate("Lessons", "the project")
        last = depth == len(parts) - 1
        if isinstance(node, list):
            if not part.isdigit() or int(part) >= len(node):
                raise SpecError(
                    translate("Lessons", "change '{path}': {where} has {count} items, numbered from 0 to {last}; "
                                         "'{part}' is not one of them").format(
                        path=path, where=where, count=len(node), last=len(node) - 1, part=part)
                )  # fmt: skip
            index: int | str = int(part)
        elif isinstance(node, dict):
            # Settings dicts ("config") may gain a key; every other key already exists in a project file.
            if part not in node and not (last and parts[depth - 1] == "config"):
                raise SpecError(
                    translate("Lessons", "change '{path}': {where} has no '{part}'").format(path=path, where=where, part=part)
                    + did_you_mean(part, list(node))
                )
            index = part
        else:
            if node is None:
                state = translate("Lessons", "off (null)")
            else:
                state = translate("Lessons", "the value {value}").format(value=repr(node))
            raise SpecError(
                translate("Lessons", "change '{path}': {where} is {state}; set it as a whole instead").format(
                    path=path, where=where, state=state)
            )
        if last:
            node[index] = value
        else:
            node = node[index]


# ---------------------------------------------------------------------------------------------
# The decision boundary of a two-input classifier


@dataclass(frozen=True)
class BoundaryGrid:
    """A square of points covering the data, at which the classifier's output is drawn."""

    xs: np.ndarray  # (resolution,) first input, left to right
    ys: np.ndarray  # (resolution,) second input, bottom to top
    points: np.ndarray  # float32 (resolution * resolution, 2), row by row: ys[0] with every x first

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.ys), len(self.xs)


def boundary_grid(x_train: np.ndarray, resolution: int = 60, margin: float = 0.1) -> BoundaryGrid:
    """An even grid over the (preprocessed) training inputs, ``margin`` of their range wider on each side."""
    if x_train.ndim != 2 or x_train.shape[1] != 2:
        raise NNBuilderError(
            translate("Lessons", "a decision boundary needs exactly 2 inputs; this data has {count}: use a two-column "
                                 "data set such as builtin:circles").format(count=x_train.shape[-1])
        )  # fmt: skip
    low, high = x_train.min(axis=0), x_train.max(axis=0)
    pad = (high - low) * margin
    xs = np.linspace(low[0] - pad[0], high[0] + pad[0], resolution)
    ys = np.linspace(low[1] - pad[1], high[1] + pad[1], resolution)
    grid_x, grid_y = np.meshgrid(xs, ys)
    points = np.column_stack([grid_x.ravel(), grid_y.ravel()]).astype(np.float32)
    return BoundaryGrid(xs, ys, points)


def has_boundary(data: PreparedData) -> bool:
    """Whether the data can be drawn as a decision boundary: two inputs, two classes."""
    return data.input_width == 2 and data.task.kind == "binary"


def boundary_probabilities(model: Any, grid: BoundaryGrid) -> np.ndarray:
    """Class 1's probability by the model at every grid point, shaped (len(ys), len(xs)).

    A sigmoid output is that probability; of a two-unit softmax it is the second unit. One direct
    call rather than model.predict (no dataset per call, no retracing): a few milliseconds for
    3600 points, cheap enough for every epoch end in the training thread.
    """
    output = np.asarray(model(grid.points, training=False), dtype=np.float64)
    if output.ndim != 2 or output.shape[1] not in (1, 2):
        raise NNBuilderError(
            translate("Lessons", "a decision boundary needs the probability of two classes; this network has {count} "
                                 "outputs").format(count=output.shape[-1])
        )  # fmt: skip
    return output[:, -1].reshape(grid.shape)
