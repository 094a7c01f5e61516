"""The language people read: choosing it, and looking up the translation of every sentence.

Qt-free, so the project description, the engine, the command line and the window all translate the
same way, from the ``.qm`` files that ``make translations`` compiles from ``resources/i18n/*.ts``.

Mark text with ``translate("Context", "literal text")``: lupdate finds the call and its literal
arguments, so the text must be a plain string literal (``.format()`` the result for values).
Text that lives in a table (the layer catalogue) is marked where it is written with
``QT_TRANSLATE_NOOP("Context", "…")`` and translated where it is shown with ``translate_marked``.
Machine-readable words (``error:``, CSV columns, JSON keys, Keras names) are never translated.
"""

from __future__ import annotations

import os
import string
import struct
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from .paths import resource_path

LANGUAGES: dict[str, str] = {"en": "English", "tr": "Türkçe"}
DEFAULT_LANGUAGE = "en"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 0x01, 0x03, 0x06, 0x07, 0x08
_TAG_OBSOLETE1, _TAG_OBSOLETE2, _TAG_SOURCE16, _TAG_CONTEXT16 = 0x05, 0x09, 0x02, 0x04

_state: dict[str, object] = {"language": DEFAULT_LANGUAGE, "catalogue": {}}
_this_thread = threading.local()  # in_english() on one thread leaves the others' language alone


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the chosen language; the English text when there is no translation. In Turkish
    the text's ``.format()`` also writes the numbers it fills in the Turkish way (3.336 and 0,53)."""
    catalogue: dict[tuple[str, str, str], str] = _state["catalogue"]  # type: ignore[assignment]
    if not catalogue or getattr(_this_thread, "english", False):
        return text
    return _TurkishText(catalogue.get((context, text, disambiguation or ""), text))


def translate_marked(context: str, text: str) -> str:
    """The translation of a text marked elsewhere with ``QT_TRANSLATE_NOOP(context, text)``."""
    return translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for lupdate where it is written, without translating it yet."""
    return text


@contextmanager
def in_english() -> Iterator[None]:
    """Texts made on this thread inside the block stay English: the exported script, whose
    comments must read the same whatever language the window speaks."""
    before = getattr(_this_thread, "english", False)
    _this_thread.english = True
    try:
        yield
    finally:
        _this_thread.english = before


def language() -> str:
    """The language in use on this thread: a key of ``LANGUAGES`` (English inside ``in_english``)."""
    return DEFAULT_LANGUAGE if getattr(_this_thread, "english", False) else str(_state["language"])


def set_language(code: str) -> None:
    """Use ``code`` from now on. English needs no catalogue; a missing ``.qm`` file falls back to
    English rather than failing, because the interface must still open."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of: {', '.join(LANGUAGES)}")
    catalogue: dict[tuple[str, str, str], str] = {}
    if code != DEFAULT_LANGUAGE:
        path = resource_path("i18n", f"nnbuilder_{code}.qm")
        if path.is_file():
            catalogue = read_qm(path.read_bytes())
    _state["language"] = code
    _state["catalogue"] = catalogue


def language_from_environment(environment: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, the way gettext reads it: ``LANGUAGE`` (a list, first
    match wins), then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``. English when none names one we have."""
    environment = os.environ if environment is None else environment
    candidates: list[str] = []
    if environment.get("LANGUAGE"):
        candidates.extend(environment["LANGUAGE"].split(":"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environment.get(name):
            candidates.append(environment[name])
            break
    for candidate in candidates:
        code = candidate.split(".")[0].split("@")[0].split("_")[0].casefold()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def choose_language(requested: str | None, remembered: str | None = None) -> str:
    """``--lang`` first, then the choice the window remembered, then the system's language."""
    for code in (requested, remembered):
        if code:
            if code not in LANGUAGES:
                raise ValueError(
                    translate("Language", "unknown language '{code}'; use one of: {choices}").format(
                        code=code, choices=", ".join(LANGUAGES)
                    )
                )
            return code
    return language_from_environment()


def upper(text: str) -> str:
    """Capital letters the language's way: Turkish 'i' becomes 'İ' and 'ı' becomes 'I'."""
    if language() == "tr":
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def lower(text: str) -> str:
    """Small letters the language's way: Turkish 'I' becomes 'ı' and 'İ' becomes 'i'."""
    if language() == "tr":
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


def number_text(formatted: str) -> str:
    """A number already formatted the English way ("3,336", "0.53") written the language's way:
    Turkish swaps the marks ("3.336", "0,53"). For sentences; files always keep the English way."""
    return _turkish_marks(formatted) if language() == "tr" else formatted


def _turkish_marks(formatted: str) -> str:
    return formatted.translate(_SWAPPED_MARKS)


_SWAPPED_MARKS = str.maketrans({",": ".", ".": ","})


class _TurkishNumbers(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        text = format(value, format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _turkish_marks(text)
        return text  # text, and numbers already turned into text ({value!r}, a file name), stay as they are


_TURKISH_NUMBERS = _TurkishNumbers()


class _TurkishText(str):
    """A translated text whose ``.format()`` writes numbers with Turkish marks."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        return _TURKISH_NUMBERS.vformat(self, args, kwargs)


def read_qm(data: bytes) -> dict[tuple[str, str, str], str]:
    """The finished translations in a compiled Qt ``.qm`` file, by (context, source, comment).

    The format is Qt's (``qtbase/src/corelib/kernel/qtranslator.cpp``): a magic number, then blocks
    of a tag byte and a big-endian length; the messages block is a run of tagged fields, each
    message closed by an end tag. Obsolete fields from older lrelease versions are skipped.
    """
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a Qt translation file (.qm)")
    catalogue: dict[tuple[str, str, str], str] = {}
    position = len(_QM_MAGIC)
    while position + 5 <= len(data):
        tag, length = data[position], struct.unpack_from(">I", data, position + 1)[0]
        block = data[position + 5 : position + 5 + length]
        position += 5 + length
        if tag == _MESSAGES_BLOCK:
            catalogue.update(_messages(block))
    return catalogue


def _messages(block: bytes) -> dict[tuple[str, str, str], str]:
    found: dict[tuple[str, str, str], str] = {}
    context = source = comment = ""
    translation: str | None = None
    position = 0
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _TAG_END:
            if translation is not None:
                found[(context, source, comment)] = translation
            context = source = comment = ""
            translation = None
            continue
        if tag == _TAG_OBSOLETE1:
            position += 4
            continue
        if tag == _TAG_OBSOLETE2:
            continue
        length = struct.unpack_from(">I", block, position)[0]
        position += 4
        if tag == _TAG_TRANSLATION and length == 0xFFFFFFFF:  # a null translation
            continue
        field = block[position : position + length]
        position += length
        if tag == _TAG_TRANSLATION:
            translation = field.decode("utf-16-be")
        elif tag == _TAG_SOURCE:
            source = field.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = field.decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = field.decode("utf-8")
        elif tag in (_TAG_SOURCE16, _TAG_CONTEXT16):
            value = field.decode("utf-16-be")
            if tag == _TAG_SOURCE16:
                source = value
            else:
                context = value
    return found
