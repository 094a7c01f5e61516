"""Turkish and English: every text reaches the translation files, every Turkish message is finished,
and the language is chosen the way the README says."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnbuilder import i18n

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "nnbuilder"
TS_FILE = ROOT / "resources" / "i18n" / "nnbuilder_tr.ts"
QM_FILE = ROOT / "resources" / "i18n" / "nnbuilder_tr.qm"
BIN = Path(sys.executable).parent
MARKERS = {"translate": 2, "QT_TRANSLATE_NOOP": 2}  # the calls lupdate reads, and their literal arguments
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sr]|%[sr]")  # str.format's, and argparse's %-style


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def hidden_from_lupdate(source: str, filename: str) -> list[str]:
    """Calls whose text lupdate cannot read: anything but plain string literals in translate()'s
    context and text, and any Qt-style tr() call (nnbuilder translates through nnbuilder.i18n only)."""
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{filename}:{node.lineno}"
        if name == "tr":
            problems.append(f"{where}: tr() — use translate(\"Context\", \"…\") from nnbuilder.i18n")
        elif name in MARKERS:
            literal = len(node.args) >= MARKERS[name] and all(
                isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                for argument in node.args[: MARKERS[name]]
            )
            if not literal:
                problems.append(f"{where}: {name}() needs plain string literals, not {ast.unparse(node)[:80]}")
    return problems


def test_lupdate_sees_every_translated_text():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name != "i18n.py":  # the lookup itself passes its arguments on
            problems += hidden_from_lupdate(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "source",
    [
        'translate("Ctx", f"{count} rows")',
        'translate("Ctx", text)',
        'translate("Ctx", "a " + b)',
        'self.tr("Save")',
        'QT_TRANSLATE_NOOP("Ctx", name)',
    ],
)
def test_the_check_catches_what_lupdate_would_miss(source):
    assert hidden_from_lupdate(source, "example.py")


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_turkish_has_no_unfinished_message():
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in _messages()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip()
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {TS_FILE.name}:\n" + "\n".join(unfinished[:40])


def test_turkish_keeps_every_placeholder_and_tag():
    """A translation that drops or renames a {placeholder} would fail at .format() in front of a student."""
    broken = []
    for context, source, translation in _messages():
        text = translation.text or ""

        def placeholders(value: str) -> list[str]:
            return sorted(PLACEHOLDER.findall(value.replace("{{", "").replace("}}", "")))

        def tags(value: str) -> list[str]:
            return sorted(re.findall(r"</?[a-zA-Z][^>]*>", value))

        if placeholders(source) != placeholders(text) or tags(source) != tags(text):
            broken.append(f"{context}: {source!r} → {text!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="PySide6's lupdate is installed with the project")
def test_translation_file_lists_every_text_in_the_code(tmp_path):
    """Text added to the code without `make translations` would show in English in a Turkish window."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS_FILE, fresh)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete", str(PACKAGE),
         "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    committed = {(context, source) for context, source, _ in _messages()}
    fresh_root = ET.parse(fresh).getroot()
    found = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in fresh_root.iter("context")
        for message in context.iter("message")
    }
    assert not found - committed, "run `make translations` and translate: " + repr(sorted(found - committed)[:20])
    assert not committed - found, "texts no longer in the code: run `make translations`"


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="PySide6's lrelease is installed with the project")
def test_compiled_translations_match_their_source(tmp_path):
    compiled = tmp_path / "fresh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS_FILE), "-qm", str(compiled)], check=True, capture_output=True)
    assert i18n.read_qm(compiled.read_bytes()) == i18n.read_qm(QM_FILE.read_bytes()), "run `make translations`"


def test_turkish_translates_and_english_is_the_source():
    try:
        i18n.set_language("tr")
        assert i18n.translate("ViewMenu", "&Language") != "&Language"
        assert i18n.translate("Nowhere", "a text nobody translated") == "a text nobody translated"
    finally:
        i18n.set_language("en")
    assert i18n.translate("ViewMenu", "&Language") == "&Language"


def test_qm_reader_rejects_other_files():
    with pytest.raises(ValueError, match="not a Qt translation file"):
        i18n.read_qm(b"PK\x03\x04 a zip file")


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "tr_TR.UTF-8"}, "tr"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "de:tr", "LANG": "de_DE.UTF-8"}, "tr"),
        ({"LANGUAGE": "en", "LANG": "tr_TR.UTF-8"}, "en"),
        ({"LC_ALL": "tr_TR.UTF-8", "LANG": "en_US.UTF-8"}, "tr"),
        ({"LC_MESSAGES": "tr_TR@euro"}, "tr"),
    ],
)
def test_language_follows_the_system(environment, expected):
    assert i18n.language_from_environment(environment) == expected


def test_requested_language_wins_over_the_remembered_one():
    assert i18n.choose_language("en", "tr") == "en"
    assert i18n.choose_language(None, "tr") == "tr"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        i18n.choose_language("fr")


def test_turkish_capitals_keep_the_dots_on_the_i():
    try:
        i18n.set_language("tr")
        assert i18n.upper("istanbul ılık") == "İSTANBUL ILIK"
        assert i18n.lower("IŞIK İZİ") == "ışık izi"
    finally:
        i18n.set_language("en")
    assert i18n.upper("title") == "TITLE"


def test_every_lesson_has_turkish_notes_with_the_same_steps():
    from nnbuilder.engine import lessons

    for lesson_id in lessons.LESSON_IDS:
        english = lessons.load_lesson(lesson_id)
        try:
            i18n.set_language("tr")
            turkish = lessons.load_lesson(lesson_id)
        finally:
            i18n.set_language("en")
        assert (ROOT / "resources" / "lessons" / f"{lesson_id}.tr.md").is_file()
        assert turkish.title != english.title
        assert [step.change for step in turkish.steps] == [step.change for step in english.steps], lesson_id
        assert turkish.figures == english.figures, lesson_id


def test_exported_script_is_english_whatever_the_window_speaks(write_project, tmp_path):
    """The script's comments (data warnings, input descriptions) never follow the interface language."""
    from nnbuilder.engine.export import export_script
    from nnbuilder.spec import load_project

    (tmp_path / "gaps.csv").write_text("a,b,y\n1,2,3\n,5,6\n7,8,9\n10,11,12\n13,14,15\n16,17,18\n")
    path = write_project(data={"source": "gaps.csv", "target": "y", "features": None, "missing": "drop"})
    english = export_script(load_project(path), tmp_path)
    try:
        i18n.set_language("tr")
        turkish = export_script(load_project(path), tmp_path)
    finally:
        i18n.set_language("en")
    assert "# - dropped 1 row with missing feature values" in english  # a data warning, a translated text
    assert turkish == english


def test_in_english_leaves_other_threads_speaking_their_language():
    import threading

    seen = {}
    try:
        i18n.set_language("tr")
        with i18n.in_english():
            thread = threading.Thread(target=lambda: seen.update(other=i18n.translate("ViewMenu", "&Language")))
            thread.start()
            thread.join()
            seen["here"] = i18n.translate("ViewMenu", "&Language")
    finally:
        i18n.set_language("en")
    assert seen["here"] == "&Language" and seen["other"] != "&Language"


def test_argparse_mistakes_are_reported_in_turkish(capsys):
    from nnbuilder.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["train", "--lang", "tr"])
    assert exited.value.code == 2
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert line == "error: şu argümanlar gerekli: project (bkz. 'nnbuilder train --help')"
    with pytest.raises(SystemExit):  # English again: the words are only borrowed while parsing
        main(["train", "x", "--bogus"])
    assert capsys.readouterr().err.strip().endswith("unrecognized arguments: --bogus (see 'nnbuilder train --help')")


def test_turkish_sentences_write_numbers_the_turkish_way():
    try:
        i18n.set_language("tr")
        rows = i18n.translate("Predictions", "on {rows:,} validation rows").format(rows=12345)
        rate = i18n.translate("Race", "learning rate {value:g} must be more than 0 and at most 10; choose another")
        named = i18n.translate("Nowhere", "file {name}, value {value!r}").format(name="a,b.csv", value=0.5)
    finally:
        i18n.set_language("en")
    assert "12.345" in rows
    assert "0,5" in rate.format(value=0.5)
    assert named == "file a,b.csv, value 0.5"  # text and repr() stay as they are
    assert i18n.translate("Predictions", "on {rows:,} validation rows").format(rows=12345) == "on 12,345 validation rows"
