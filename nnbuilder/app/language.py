"""The window's language: choosing it at start, Qt's own dialogs in it, and numbers the locale's way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..i18n import choose_language, set_language

LANGUAGE_KEY = "language"
LOCALES = {"en": QLocale.Language.English, "tr": QLocale.Language.Turkish}
_installed: list[QTranslator] = []  # kept alive: Qt holds translators by pointer only


def start_language(requested: str | None, settings: QSettings) -> str:
    """``--lang`` first, then the choice View → Language remembered, then the system's language."""
    remembered = settings.value(LANGUAGE_KEY)
    code = choose_language(requested, remembered if isinstance(remembered, str) else None)
    apply_language(code)
    return code


def apply_language(code: str) -> None:
    """Speak ``code``: our own texts, Qt's own dialogs (Open, Save, Yes/No) through Qt's translation
    files, and numbers in spin boxes the language's way (0,001 in Turkish) unless the system's
    locale already speaks this language, in which case its own number format is kept."""
    set_language(code)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    locale = system if system.language() == LOCALES[code] else QLocale(LOCALES[code])
    QLocale.setDefault(locale)
    if code == "en" or app is None:
        return
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(translator)
        _installed.append(translator)
