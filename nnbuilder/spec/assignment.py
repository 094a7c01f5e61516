"""A classroom assignment: instructions, a goal, limits and locked sections, as plain data.

A teacher saves it in the project file's optional "assignment" section; a student's copy carries
the same section, and `nnbuilder check` compares the student's locked sections with the teacher's.
No Qt, no TensorFlow.
"""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..i18n import QT_TRANSLATE_NOOP, number_text, translate
from .words import TranslatedWords, close_match, did_you_mean

if TYPE_CHECKING:
    from .project import Project

# What a teacher can lock, a whole section or one setting of it (dotted as in the project file), and
# what the window and the report call each (in the language in use when read).
LOCK_WORDS = TranslatedWords("Assignment", {
    "data": QT_TRANSLATE_NOOP("Assignment", "all data settings"),
    "data.source": QT_TRANSLATE_NOOP("Assignment", "the table"),
    "data.target": QT_TRANSLATE_NOOP("Assignment", "the target column"),
    "data.features": QT_TRANSLATE_NOOP("Assignment", "the input columns"),
    "data.validation_split": QT_TRANSLATE_NOOP("Assignment", "the validation share"),
    "data.split_seed": QT_TRANSLATE_NOOP("Assignment", "the split's seed"),
    "data.scaling": QT_TRANSLATE_NOOP("Assignment", "the scaling"),
    "layers": QT_TRANSLATE_NOOP("Assignment", "the layers"),
    "training": QT_TRANSLATE_NOOP("Assignment", "all training settings"),
    "training.loss": QT_TRANSLATE_NOOP("Assignment", "the loss"),
    "training.optimizer": QT_TRANSLATE_NOOP("Assignment", "the optimizer"),
    "training.metrics": QT_TRANSLATE_NOOP("Assignment", "the metrics"),
    "training.batch_size": QT_TRANSLATE_NOOP("Assignment", "the batch size"),
    "training.epochs": QT_TRANSLATE_NOOP("Assignment", "the epochs"),
    "training.seed": QT_TRANSLATE_NOOP("Assignment", "the seed"),
    "training.early_stopping": QT_TRANSLATE_NOOP("Assignment", "early stopping"),
})  # fmt: skip
LOCKABLE = tuple(LOCK_WORDS)
# What a goal's value depends on besides the model: which table, which column, which rows.
MEASURED_ON = ("data.source", "data.target", "data.validation_split", "data.split_seed")
DIRECTIONS = ("at_most", "at_least")


@dataclass
class GoalSpec:
    """The number a student must reach on the validation rows, such as val_mae at most 0.65."""

    metric: str = "val_loss"
    at_most: float | None = None
    at_least: float | None = None

    @property
    def direction(self) -> str:
        return "at_most" if self.at_least is None else "at_least"

    @property
    def threshold(self) -> float:
        value = self.at_most if self.at_least is None else self.at_least
        return float(value) if value is not None else math.nan

    def met_by(self, value: float) -> bool:
        if not math.isfinite(value):
            return False
        return value <= self.threshold if self.direction == "at_most" else value >= self.threshold

    def phrase(self, value: float | None = None) -> str:
        """'val_mae ≤ 0.65', or with a value, 'val_mae 0.58 ≤ 0.65' (the sign the value really has)."""
        sign = "≤" if self.direction == "at_most" else "≥"
        limit = number_text(f"{self.threshold:g}")  # 0,5 in Turkish
        if value is None:
            return f"{self.metric} {sign} {limit}"
        if not self.met_by(value):
            sign = ">" if self.direction == "at_most" else "<"
        return f"{self.metric} {number_text(f'{value:.4g}')} {sign} {limit}"

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, self.direction: self.threshold}


@dataclass
class AssignmentSpec:
    instructions: str = ""  # Markdown
    goal: GoalSpec | None = None
    max_parameters: int | None = None
    locked: list[str] = field(default_factory=list)

    def is_locked(self, setting: str) -> bool:
        """True when the setting or the section holding it is locked ("training" locks "training.loss")."""
        return any(setting == item or setting.startswith(item + ".") for item in self.locked)

    def rules(self) -> list[tuple[str, str]]:
        """The goal, the limit and the locks in words, as (heading, text): the dock and the report show them."""
        rules = []
        if self.goal is not None:
            rules.append((
                translate("Assignment", "Goal"),
                translate("Assignment", "{goal} on the validation rows").format(goal=self.goal.phrase()),
            ))
        if self.max_parameters is not None:
            rules.append((
                translate("Assignment", "Limit"),
                translate("Assignment", "at most {count:,} weights").format(count=self.max_parameters),
            ))
        if self.locked:
            rules.append((
                translate("Assignment", "Locked"),
                ", ".join(LOCK_WORDS.get(section, section) for section in self.locked),
            ))
        return rules

    def to_dict(self) -> dict[str, Any]:
        return {
            "instructions": self.instructions,
            "goal": None if self.goal is None else self.goal.to_dict(),
            "max_parameters": self.max_parameters,
            "locked": list(self.locked),
        }


def assignment_from_dict(raw: Any, problems: list[str]) -> AssignmentSpec | None:
    """The section as read from a file; what is wrong goes into ``problems``."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append(translate("Assignment", "assignment must be an object {{...}} or null; got {value!r}").format(value=raw))
        return None
    known = ("instructions", "goal", "max_parameters", "locked")
    for key in raw:
        if key not in known:
            problems.append(translate("Assignment", "assignment: unknown key '{key}'").format(key=key) + did_you_mean(key, known))
    goal = None
    raw_goal = raw.get("goal")
    if raw_goal is not None:
        if not isinstance(raw_goal, dict):
            problems.append(
                translate(
                    "Assignment",
                    "assignment.goal must be an object such as {{\"metric\": \"val_mae\", \"at_most\": 0.65}}; got {value!r}",
                ).format(value=raw_goal)
            )
        else:
            for key in raw_goal:
                if key not in ("metric", *DIRECTIONS):
                    problems.append(
                        translate("Assignment", "assignment.goal: unknown key '{key}'").format(key=key)
                        + did_you_mean(key, ("metric", *DIRECTIONS))
                    )
            goal = GoalSpec(raw_goal.get("metric", ""), raw_goal.get("at_most"), raw_goal.get("at_least"))
    locked = raw.get("locked", [])
    return AssignmentSpec(raw.get("instructions", ""), goal, raw.get("max_parameters"), locked)


def goal_metrics(project: Project) -> list[str]:
    """The numbers a goal can name: the validation loss and each chosen metric on the validation rows."""
    metrics = project.training.metrics if isinstance(project.training.metrics, list) else []
    return ["val_loss", *(f"val_{name}" for name in metrics)]


def check_assignment(project: Project) -> list[str]:
    """Every problem of the project's assignment section, each naming where and how to fix it."""
    assignment = project.assignment
    if assignment is None:
        return []
    problems = []
    if not isinstance(assignment.instructions, str):
        problems.append(
            translate("Assignment", "assignment.instructions must be text (Markdown); got {value!r}").format(
                value=assignment.instructions
            )
        )
    limit = assignment.max_parameters
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        problems.append(
            translate(
                "Assignment",
                "assignment.max_parameters must be a whole number of at least 1, or null for no limit; got {value!r}",
            ).format(value=limit)
        )
    if not isinstance(assignment.locked, list) or not all(isinstance(item, str) for item in assignment.locked):
        problems.append(
            translate(
                "Assignment",
                "assignment.locked must be a list of sections such as [\"data\", \"training.loss\"]; got {value!r}",
            ).format(value=assignment.locked)
        )
    else:
        for item in assignment.locked:
            if item not in LOCKABLE:
                problems.append(
                    translate("Assignment", "assignment.locked: '{item}' is not a section that can be locked").format(
                        item=item
                    )
                    + did_you_mean(item, LOCKABLE)
                )
    goal = assignment.goal
    if goal is not None:
        problems += _check_goal(project, goal)
    return problems


def _check_goal(project: Project, goal: GoalSpec) -> list[str]:
    problems = []
    given = [d for d in DIRECTIONS if getattr(goal, d) is not None]
    if len(given) != 1:
        problems.append(
            translate(
                "Assignment",
                "assignment.goal needs exactly one of \"at_most\" (for a loss or an error) or \"at_least\" (for accuracy)",
            )
        )
    else:
        value = getattr(goal, given[0])
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            problems.append(
                translate("Assignment", "assignment.goal.{direction} must be a number; got {value!r}").format(
                    direction=given[0], value=value
                )
            )
    choices = goal_metrics(project)
    if not isinstance(goal.metric, str) or goal.metric not in choices:
        metric = str(goal.metric)
        if metric.startswith("val_") and close_match(metric, choices) is None:
            hint = translate(
                "Assignment", "; add '{metric}' to training.metrics to measure it, or choose one of: {choices}"
            ).format(metric=metric[4:], choices=", ".join(choices))
        else:
            hint = did_you_mean(metric, choices)
        problems.append(
            translate("Assignment", "assignment.goal.metric '{metric}' is not measured by this project").format(
                metric=metric
            )
            + hint
        )
    split = project.data.validation_split
    if isinstance(split, (int, float)) and not split > 0:
        problems.append(
            translate(
                "Assignment",
                "assignment.goal is measured on the validation rows, but data.validation_split is 0; set it above 0",
            )
        )
    assignment = project.assignment
    locked = assignment.locked if assignment is not None and isinstance(assignment.locked, list) else []
    is_locked = AssignmentSpec(locked=[item for item in locked if isinstance(item, str)]).is_locked
    # Every student must be measured on the same rows, and a loss goal with the same loss.
    loose = [section for section in MEASURED_ON if not is_locked(section)]
    if loose:
        problems.append(
            translate(
                "Assignment",
                "assignment.goal must be measured on the same validation rows for every student: lock \"data\" "
                "(or {sections})",
            ).format(sections=", ".join(loose))
        )
    if goal.metric == "val_loss" and not is_locked("training.loss"):
        problems.append(
            translate(
                "Assignment",
                "assignment.goal on val_loss compares losses, so every student needs the same one: "
                "lock \"training.loss\"",
            )
        )
    return problems


def section_value(project_dict: dict[str, Any], section: str) -> Any:
    """The value a dotted section names in a project file's JSON object ("training.loss" → "mse")."""
    value: Any = project_dict
    for part in section.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return copy.deepcopy(value)


def locked_differences(student: Project, teacher: Project) -> list[str]:
    """Each locked section of the teacher's assignment that the student's project changed."""
    if teacher.assignment is None:
        return []
    student_dict, teacher_dict = student.to_dict(), teacher.to_dict()
    differences = []
    for section in teacher.assignment.locked:
        if section == "data.source":  # a path differs between the teacher's folder and a hand-in
            mine = _file_name(section_value(student_dict, section))
            theirs = _file_name(section_value(teacher_dict, section))
        elif section == "data":
            mine, theirs = section_value(student_dict, section), section_value(teacher_dict, section)
            for value in (mine, theirs):
                value["source"] = _file_name(value["source"])
        else:
            mine, theirs = section_value(student_dict, section), section_value(teacher_dict, section)
        changed = _changed_paths(section, theirs, mine)
        if changed:
            shown = "; ".join(f"{path} {_short(old)} → {_short(new)}" for path, old, new in changed[:3])
            if len(changed) > 3:
                differences.append(
                    translate("Assignment", "the locked '{section}' was changed: {changes} and {count} more").format(
                        section=section, changes=shown, count=len(changed) - 3
                    )
                )
            else:
                differences.append(
                    translate("Assignment", "the locked '{section}' was changed: {changes}").format(
                        section=section, changes=shown
                    )
                )
    return differences


def _changed_paths(path: str, theirs: Any, mine: Any) -> list[tuple[str, Any, Any]]:
    """Each setting under ``path`` whose value differs: (dotted path, the teacher's, the student's)."""
    if isinstance(theirs, dict) and isinstance(mine, dict):
        return [change for key in sorted(set(theirs) | set(mine), key=str)
                for change in _changed_paths(f"{path}.{key}", theirs.get(key), mine.get(key))]  # fmt: skip
    return [] if theirs == mine else [(path, theirs, mine)]


def _file_name(source: Any) -> Any:
    if isinstance(source, str) and not source.startswith("builtin:"):
        return source.replace("\\", "/").rsplit("/", 1)[-1]
    return source


def _short(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"
