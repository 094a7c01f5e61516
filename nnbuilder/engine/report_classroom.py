"""The report's sections for a lab: the student, the assignment and its verdict, the questions with
the student's answers, every kept run with what changed between them, and the decision boundary."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import numpy as np

from ..i18n import translate
from ..spec import Project, project_from_dict
from ..spec.diff import describe_changes
from ..spec.errors import NNBuilderError
from .lessons import boundary_grid, boundary_probabilities, has_boundary, markdown_html
from .runs import shown_note

if TYPE_CHECKING:
    from .classroom import Verdict
    from .data import PreparedData
    from .runs import RunRecord

BOUNDARY_PIXELS = 300
CLASS_0, CLASS_1 = np.array((52, 120, 230), np.float64), np.array((230, 80, 60), np.float64)  # the window's hues


def _paragraphs(text: str) -> str:
    """Plain text with blank-line paragraphs, escaped (the instructions' Markdown shown as written)."""
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    return "".join(f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)


def assignment_section(project: Project, verdict: Verdict | None) -> str:
    """The instructions, the goal's verdict, and each question with the student's answer."""
    parts = []
    assignment = project.assignment
    if assignment is not None:
        heading = translate("ReportClassroom", "Assignment")
        none = translate("ReportClassroom", "No instructions.")
        parts.append(f"<h2>{heading}</h2>" + (markdown_html(assignment.instructions) or f"<p>{none}</p>"))
        rules = assignment.rules()
        if rules:
            parts.append("<p>" + "<br>".join(f"<b>{heading}</b>: {html.escape(text)}" for heading, text in rules) + "</p>")
    if verdict is not None:
        colour = "#1a7f37" if verdict.goal_met else "#9a6700"
        parts.append(f'<p class="verdict" style="font-size: 1.2rem; font-weight: 600; color: {colour}">'
                     f"{html.escape(verdict.sentence())} ({html.escape(verdict.weights_phrase())})</p>")  # fmt: skip
    if project.questions:
        no_answer = translate("ReportClassroom", "(no answer)")
        items = []
        for number, question in enumerate(project.questions):
            answer = project.answers[number].strip() if number < len(project.answers) else ""
            shown = _paragraphs(answer) if answer else f'<p class="note">{no_answer}</p>'
            items.append(f"<li><p><b>{html.escape(question)}</b></p>{shown}</li>")
        heading = translate("ReportClassroom", "Questions and answers")
        parts.append(f"<h2>{heading}</h2><ol>" + "".join(items) + "</ol>")
    return "".join(parts)


def _final(history: dict[str, list[float]], key: str) -> str:
    values = history.get(key) or []
    return f"{values[-1]:.4g}" if values else ""


def runs_section(runs: list[RunRecord]) -> str:
    """Every kept run, oldest first, each with what changed since the one before."""
    if not runs:
        return ""
    rows = []
    previous: Project | None = None
    for run in runs:
        try:
            project = project_from_dict(run.project)
        except NNBuilderError:
            project = None
        if previous is None or project is None:
            changed = translate("ReportClassroom", "the first run") if previous is None else "?"
        else:
            changed = "; ".join(describe_changes(previous, project)) or translate(
                "ReportClassroom", "nothing (the same settings again)")
        previous = project if project is not None else previous
        epochs = len(run.history.get("loss", []))
        note = f" ({html.escape(shown_note(run.note))})" if run.note else ""
        rows.append(
            f"<tr><td class=\"num\">{run.number}</td><td>{html.escape(run.started[:16].replace('T', ' '))}</td>"
            f"<td class=\"num\">{epochs}</td><td class=\"num\">{_final(run.history, 'loss')}</td>"
            f"<td class=\"num\">{_final(run.history, 'val_loss')}</td><td>{html.escape(changed)}{note}</td></tr>"
        )
    names = (
        translate("ReportClassroom", "Run"), translate("ReportClassroom", "Started"),
        translate("ReportClassroom", "Epochs"), translate("ReportClassroom", "Loss"),
        translate("ReportClassroom", "Validation loss"), translate("ReportClassroom", "What changed"),
    )  # fmt: skip
    head = "".join(f"<th>{name}</th>" for name in names)
    heading = translate("ReportClassroom", "Every kept run")
    intro = translate("ReportClassroom", "The runs in the order they were trained, each with what changed since the run "
                                         "before.")  # fmt: skip
    return f"<h2>{heading}</h2><p>{intro}</p><table><tr>{head}</tr>{''.join(rows)}</table>"


def boundary_rgb(probabilities: np.ndarray, size: int = BOUNDARY_PIXELS) -> np.ndarray:
    """Class 1's probability as colour, top row = the largest second input (as a plot shows it)."""
    share = np.clip(np.nan_to_num(probabilities, nan=0.5), 0.0, 1.0)[::-1, :, None]
    rgb = CLASS_0 + (CLASS_1 - CLASS_0) * share
    pale = 255 - (255 - rgb) * (0.25 + 0.75 * np.abs(share - 0.5) * 2)  # near 0.5: pale, the boundary
    factor = max(1, size // max(share.shape[:2]))
    return np.repeat(np.repeat(np.round(pale).astype(np.uint8), factor, axis=0), factor, axis=1)


def boundary_section(model: Any, data: PreparedData) -> str:
    """The decision boundary over the two inputs, with the validation rows as dots (two classes only)."""
    from .report import _data_url, png_bytes

    if not has_boundary(data):
        return ""
    grid = boundary_grid(data.x_train)
    image = boundary_rgb(boundary_probabilities(model, grid))
    height, width = image.shape[:2]
    dots = []
    if data.x_val is not None and data.y_val is not None:
        x_low, x_high, y_low, y_high = grid.xs[0], grid.xs[-1], grid.ys[0], grid.ys[-1]
        for (x, y), label in zip(data.x_val[:500], np.asarray(data.y_val).reshape(len(data.y_val), -1)[:500, -1]):
            px = (x - x_low) / (x_high - x_low) * width
            py = (1 - (y - y_low) / (y_high - y_low)) * height
            colour = "#c0392b" if label > 0.5 else "#1f4e9c"
            dots.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}" stroke="white" stroke-width="0.8"/>')
    names = [html.escape(name) for name in data.feature_names]
    classes = [html.escape(c) for c in data.task.classes]
    heading = translate("ReportClassroom", "Decision boundary")
    label = html.escape(translate("ReportClassroom", "decision boundary"))
    caption = translate(
        "ReportClassroom",
        "Across: {across}; up: {up}. Blue is where the network says {first}, red {second}; pale near the boundary "
        "(probability 0.5). Dots: the validation rows, coloured by their true class.",
    ).format(across=names[0], up=names[1], first=classes[0], second=classes[1])
    return (
        f"<h2>{heading}</h2>"
        f'<figure><svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="{label}"><image width="{width}" height="{height}" href="{_data_url(png_bytes(image))}"/>'
        f"{''.join(dots)}</svg><figcaption>{caption}</figcaption></figure>"
    )
