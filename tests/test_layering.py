"""The three layers point down: spec imports neither Qt nor TensorFlow, the engine imports no Qt."""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def test_every_package_is_installed_by_a_wheel():
    """A package missing from pyproject's list is left out of a wheel (an editable install hides it)."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "nnbuilder").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
