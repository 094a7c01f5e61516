"""A class's hand-ins: find every run under some folders, check each one, and write the class table
(class.csv) and a self-contained page of it (class.html: a sortable table and every validation curve).

A broken folder becomes a row marked unreadable, with the reason; it never stops the collection.
Input files are only read.
"""

from __future__ import annotations

import csv
import datetime
import html
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from .. import __version__
from ..i18n import QT_TRANSLATE_NOOP, language, translate, translate_marked
from ..spec import NNBuilderError, Project
from ..spec.io import write_text_atomic
from ..spec.words import counted
from .classroom import RESULT_FILE, CheckedRun, DataCache, check_run
from .outputs import MODEL_FILE, PROJECT_FILE

CLASS_COLUMNS = (
    "student", "folder", "metric", "value", "goal_met", "verified", "parameters", "epochs", "trained_at",
    "retrained", "problems",
)  # fmt: skip
RUN_FILES = (RESULT_FILE, PROJECT_FILE, MODEL_FILE)  # a folder holding any of these is someone's hand-in
# class.html's column headings, in people's words (class.csv keeps the column names above)
COLUMN_HEADINGS = {
    "student": QT_TRANSLATE_NOOP("Collect", "student"),
    "folder": QT_TRANSLATE_NOOP("Collect", "folder"),
    "metric": QT_TRANSLATE_NOOP("Collect", "metric"),
    "value": QT_TRANSLATE_NOOP("Collect", "value"),
    "goal_met": QT_TRANSLATE_NOOP("Collect", "goal met"),
    "verified": QT_TRANSLATE_NOOP("Collect", "verified"),
    "parameters": QT_TRANSLATE_NOOP("Collect", "parameters"),
    "epochs": QT_TRANSLATE_NOOP("Collect", "epochs"),
    "trained_at": QT_TRANSLATE_NOOP("Collect", "trained at"),
    "retrained": QT_TRANSLATE_NOOP("Collect", "retrained"),
    "problems": QT_TRANSLATE_NOOP("Collect", "problems"),
}
# the words class.csv writes in its "goal_met" and "verified" columns, as class.html shows them
CELL_WORDS = {
    "yes": QT_TRANSLATE_NOOP("Collect", "yes"),
    "no": QT_TRANSLATE_NOOP("Collect", "no"),
    "unreadable": QT_TRANSLATE_NOOP("Collect", "unreadable"),
}


def find_run_folders(roots: Iterable[Path]) -> list[Path]:
    """Every folder under the roots that holds a hand-in's file, each once, in a stable order."""
    found: set[Path] = set()
    for root in roots:
        if root.is_file():
            root = root.parent
        for name in RUN_FILES:
            found.update(path.parent.resolve() for path in root.rglob(name) if path.is_file())
    return sorted(found)


def check_table_path(out_csv: Path, roots: Iterable[Path], assignment: Project | None, assignment_path: Path | None) -> None:
    """Refuse a class table that would overwrite what it is made from: the assignment, its table,
    or a file in a hand-in; and a name that is not a .csv (class.html is written beside it)."""
    from .data import source_path

    if out_csv.suffix.lower() != ".csv":
        raise NNBuilderError(translate("Collect", "{file}: name the class table with .csv, such as class.csv "
                                                  "(class.html is written beside it)").format(file=out_csv.name))  # fmt: skip
    targets = {out_csv.resolve(), out_csv.with_suffix(".html").resolve()}
    inputs = [] if assignment_path is None else [assignment_path.resolve()]
    if assignment is not None and assignment_path is not None and not assignment.data.is_builtin:
        inputs.append(source_path(assignment.data, assignment_path.parent).resolve())
    if targets & set(inputs):
        raise NNBuilderError(translate("Collect", "{file} would overwrite the assignment or its table; write the class "
                                                  "table elsewhere with -o").format(file=out_csv))  # fmt: skip
    for folder in find_run_folders(roots):
        if any(target.parent == folder for target in targets):
            raise NNBuilderError(translate("Collect", "{file} would be written into the hand-in {folder}; write the "
                                                      "class table outside the hand-in folders with -o").format(
                file=out_csv, folder=folder))  # fmt: skip


def flag_copies(runs: list[CheckedRun]) -> None:
    """Two hand-ins with the very same model.keras: each saved model is a new file (it carries the
    time it was saved), so one of them was copied."""
    by_hash: dict[str, list[CheckedRun]] = {}
    for run in runs:
        if run.unreadable is None and run.model_sha256 is not None:  # hashed once, by check_run
            by_hash.setdefault(run.model_sha256, []).append(run)
    for same in by_hash.values():
        for run in same if len(same) > 1 else ():
            others = ", ".join(f"{other.student} ({other.folder.name})" for other in same if other is not run)
            run.problems.append(translate("Collect", "{model} is byte for byte the one in the hand-in of {others} (a "
                                                     "copy, unless both saved the same untouched project in the same "
                                                     "second)").format(model=MODEL_FILE, others=others))  # fmt: skip


def collect_runs(
    roots: Iterable[Path],
    assignment: Project | None = None,
    assignment_path: Path | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
    retrain: bool = False,
) -> list[CheckedRun]:
    """Check every run under the roots as `nnbuilder check` does (the data is prepared once)."""
    folders = find_run_folders(roots)
    cache: DataCache = {}
    checked = []
    for index, folder in enumerate(folders):
        if progress is not None:
            progress(index, len(folders), folder)
        try:
            checked.append(check_run(folder, assignment, assignment_path, cache, retrain))
        except Exception as error:  # noqa: BLE001 - one strange folder must never stop the class's collection
            why = translate("Collect", "it could not be checked ({kind}: {error})").format(
                kind=type(error).__name__, error=error)
            checked.append(CheckedRun(folder, unreadable=why))
    flag_copies(checked)
    return checked


def _value(run: CheckedRun) -> float | None:
    if run.verdict is not None:
        return run.verdict.value
    claimed = run.record.get("value")
    return float(claimed) if isinstance(claimed, (int, float)) and not isinstance(claimed, bool) else None


def shown_folder(folder: Path, roots: Iterable[Path]) -> str:
    """The folder as the teacher named it: below the collected folder ("share/Ayşe"), else whole."""
    for root in roots:
        try:
            return (Path(root.resolve().name) / folder.resolve().relative_to(root.resolve())).as_posix()
        except ValueError:
            continue
    return str(folder)


def class_row(run: CheckedRun, roots: Iterable[Path] = ()) -> dict[str, str]:
    """One row of the class table, every cell as text."""
    folder = shown_folder(run.folder, roots)
    value = _value(run)
    verdict = run.verdict
    if run.unreadable is not None:
        status, problems = "unreadable", run.unreadable
    else:
        status, problems = ("yes" if run.verified else "no"), "; ".join(run.problems)
    return {
        "student": run.student,
        "folder": folder,
        "metric": verdict.metric if verdict is not None else str(run.record.get("metric", "")),
        "value": "" if value is None else f"{value:.6g}",
        # a claim that was not verified counts for nothing, however good its model
        "goal_met": "" if verdict is None else ("yes" if verdict.goal_met and run.verified else "no"),
        "verified": status,
        "parameters": "" if verdict is None else str(verdict.parameters),
        "epochs": str(run.record.get("epochs", "")),
        "trained_at": str(run.record.get("trained_at", "")),
        "retrained": "" if run.retrained is None else f"{run.retrained:.6g}",
        "problems": problems,
    }


def _inert(text: str) -> str:
    """A cell a spreadsheet shows as text: a student named "=HYPERLINK(…)" is not a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def class_csv(runs: list[CheckedRun], roots: Iterable[Path] = ()) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CLASS_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for run in runs:
        row = class_row(run, roots)
        writer.writerow({column: text if column in NUMERIC else _inert(text) for column, text in row.items()})
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# class.html

PAGE_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1.5rem; color: #1f2328; }
h1 { margin-bottom: 0.2rem; } .meta { color: #59636e; margin-top: 0; }
table { border-collapse: collapse; margin: 0.8rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; cursor: pointer; user-select: none; white-space: nowrap; }
th:hover { background: #eaeef2; } th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.yes td.verified { color: #1a7f37; font-weight: 600; } tr.no td.verified, tr.unreadable td.verified { color: #cf222e; font-weight: 600; }
tr.unreadable td, tr.no td { background: #fff5f5; }
td.problems { min-width: 12rem; max-width: 30rem; font-size: 0.9rem; color: #59636e; } td.trained_at { white-space: nowrap; }
.curves { display: flex; flex-wrap: wrap; gap: 1rem; } figure { margin: 0; } figcaption { font-weight: 600; }
svg text { font-family: inherit; }
"""

# Clicking a heading sorts by it; numbers as numbers. Keyboard: Tab to a heading, Enter sorts.
SORT_SCRIPT = """
document.querySelectorAll("th").forEach(function (th, column) {
  th.tabIndex = 0;
  function sort() {
    var body = th.closest("table").tBodies[0], rows = Array.from(body.rows);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    th.parentNode.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort || a.cells[column].textContent;
      var y = b.cells[column].dataset.sort || b.cells[column].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  th.addEventListener("click", sort);
  th.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
});
"""

def shown_columns(runs: list[CheckedRun]) -> tuple[str, ...]:
    """The class table's columns as shown: "retrained" only when runs were trained again."""
    retrained = any(run.retrained is not None for run in runs)
    return tuple(column for column in CLASS_COLUMNS if column != "retrained" or retrained)


def goal_met_count(runs: list[CheckedRun]) -> int:
    """Runs whose claim was verified and whose goal was met."""
    return sum(run.verified and run.verdict is not None and run.verdict.goal_met for run in runs)


NUMERIC = ("value", "parameters", "epochs", "retrained")


def _cell(column: str, text: str) -> str:
    css = "num" if column in NUMERIC else column
    sort = ""
    if column == "trained_at" and text:  # sorted by the exact time, shown as a person reads it
        sort = f' data-sort="{html.escape(text)}"'
        text = text[:16].replace("T", " ") + (" UTC" if text.endswith("+00:00") else "")
    if column in ("goal_met", "verified") and text in CELL_WORDS:
        text = translate_marked("Collect", CELL_WORDS[text])
    return f'<td class="{css}"{sort}>{html.escape(text)}</td>'


def class_html(
    runs: list[CheckedRun], assignment: Project | None, roots: Iterable[Path] = (),
    created: datetime.datetime | None = None,
) -> str:  # fmt: skip
    """The class page: one file that opens offline in any browser."""
    from .report import curve_svg

    created = created or datetime.datetime.now()
    title = assignment.title if assignment is not None else translate("Collect", "Hand-ins")
    goal = assignment.assignment.goal if assignment is not None and assignment.assignment is not None else None
    verified = sum(run.verified for run in runs)
    met = goal_met_count(runs)
    summary = translate("Collect", "{hand_ins}: {verified} verified, {met} verified with the goal met").format(
        hand_ins=counted(len(runs), translate("Collect", "hand-in"), translate("Collect", "hand-ins")),
        verified=verified, met=met)  # fmt: skip
    if goal is not None:
        summary += translate("Collect", " (goal: {goal})").format(goal=goal.phrase())
    columns = shown_columns(runs)
    heads = "".join(f'<th scope="col">{html.escape(translate_marked("Collect", COLUMN_HEADINGS[column]))}</th>'
                    for column in columns)  # fmt: skip
    body = []
    curves = []
    for run in runs:
        row = class_row(run, roots)
        body.append(f'<tr class="{row["verified"]}">' + "".join(_cell(c, row[c]) for c in columns) + "</tr>")
        name = (row["metric"] or "val_loss").removeprefix("val_")  # the goal's curve, training and validation
        if run.history.get(name):
            caption = html.escape(f"{row['student']}: {row['metric']} {row['value']}")
            curves.append(f"<figure><figcaption>{caption}</figcaption>{curve_svg(name, run.history)}</figure>")
    none_found = translate("Collect", "No hand-ins were found in these folders.")
    empty = f'<tr><td colspan="{len(columns)}">{none_found}</td></tr>'
    page_title = translate("Collect", "{title} — class").format(title=html.escape(title))
    collected = translate(
        "Collect",
        "{summary}. Collected by nnbuilder {version} on {date} at {time}; every value was recomputed from the "
        "handed-in model.",
    ).format(summary=html.escape(summary), version=__version__, date=f"{created:%Y-%m-%d}", time=f"{created:%H:%M}")
    curves_heading = translate("Collect", "Validation curves")
    no_curves = translate("Collect", "No curves to show.")
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8"><title>{page_title}</title>'
        f"<style>{PAGE_STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
        f'<p class="meta">{collected}</p>'
        f"<table><thead><tr>{heads}</tr></thead><tbody>{''.join(body) or empty}</tbody></table>"
        f"<h2>{curves_heading}</h2>"
        + (f'<div class="curves">{"".join(curves)}</div>' if curves else f"<p>{no_curves}</p>")
        + f"<script>{SORT_SCRIPT}</script></body></html>\n"
    )


def write_class_table(
    out_csv: Path, runs: list[CheckedRun], assignment: Project | None, roots: Iterable[Path] = ()
) -> tuple[Path, Path]:
    """class.csv and, beside it, class.html (same name, .html)."""
    out_html = out_csv.with_suffix(".html")
    roots = list(roots)
    write_text_atomic(out_csv, class_csv(runs, roots))
    write_text_atomic(out_html, class_html(runs, assignment, roots))
    return out_csv, out_html
