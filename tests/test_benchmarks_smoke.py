"""The benchmark scripts still run against the current code (tiny sizes; no timing is judged)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_runner_runs_the_widget_benchmarks_and_writes_their_figures(tmp_path):
    out = tmp_path / "figures.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "plot", "heatmap", "--out", str(out)],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout + completed.stderr
    report = json.loads(out.read_text())
    assert report["failed"] == {}
    figures = {figure["name"]: figure for figure in report["figures"]}
    assert set(figures) == {"plot", "heatmap"}
    for name, figure in figures.items():
        assert figure["unit"] == "ms" and figure["value"] > 0
        assert figure["ok"] in (True, False)
        assert completed.stdout.count(f"{name} ") == 1  # one printed line per figure


def test_the_inside_a_step_benchmark_runs_and_reports_its_three_figures(tmp_path):
    out = tmp_path / "figures.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "inside", "--out", str(out)],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout + completed.stderr
    figures = {figure["name"]: figure for figure in json.loads(out.read_text())["figures"]}
    assert set(figures) == {"inside_trace", "inside_trace_trained", "inside_step"}
    assert all(figure["value"] > 0 and figure["details"]["linear-unit"] > 0 for figure in figures.values())


def test_the_big_table_and_memory_benchmarks_report_their_goals(tmp_path):
    out = tmp_path / "figures.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "big_table", "memory", "--out", str(out)],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout + completed.stderr
    figures = {figure["name"]: figure for figure in json.loads(out.read_text())["figures"]}
    assert set(figures) == {"big_table_training", "memory", "memory_snapshots"}
    assert figures["big_table_training"]["goal"] == "≤ 1.0" and figures["memory_snapshots"]["goal"] == "≤ 1.2"
    assert all(figure["value"] > 0 for figure in figures.values())
