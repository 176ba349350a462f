"""The languages Fieldbook speaks, and loading them: the ``.qm`` files ``make`` builds from ``resources/i18n/*.ts``.

Used by the desktop app and by the command line alike (QtCore only, no window): both load the same compiled Qt
Linguist files, and both answer :func:`desktop.core.i18n.translate` for the plain-Python layers through them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator

from desktop.core import i18n

LANGUAGES = i18n.LANGUAGES
RIGHT_TO_LEFT = i18n.RIGHT_TO_LEFT


def i18n_dir() -> Path:
    """Where the ``.ts`` sources and the built ``.qm`` files are (inside a PyInstaller bundle too)."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base / "resources" / "i18n"


def native_name(code: str) -> str:
    """A language's name in itself, from CLDR: "Français", "العربية", "中文"."""
    name = i18n.cldr_name("languages", code, code) or code
    return name[:1].upper() + name[1:]


def normalize(code: str | None) -> str | None:
    """One of :data:`LANGUAGES` for a language or locale name ("fr", "fr_FR.UTF-8", "pt-BR", "zh_CN"), or None."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def from_environment() -> str:
    """The language the environment asks for (LC_ALL, LC_MESSAGES, LANG, as command-line programs read them);
    English when it names none of ours."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalize(value) or "en"
    return "en"


#: Another folder to load Fieldbook's .qm files from (the pseudo-localised screenshots); None: :func:`i18n_dir`.
override_dir: Path | None = None


def load(lang: str, parent: object | None = None) -> list[QTranslator]:
    """The translators for ``lang``, most specific first: Fieldbook's own, then Qt's (``qtbase_<lang>.qm``).

    English has one too: its plural forms ("1 record", "2 records")."""
    found = []
    ours = QTranslator(parent)  # type: ignore[arg-type]
    if ours.load(str((override_dir or i18n_dir()) / f"fieldbook_{lang}.qm")):
        found.append(ours)
    qt = QTranslator(parent)  # type: ignore[arg-type]
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    return found


def missing_files(lang: str) -> bool:
    """True when ``lang``'s ``.qm`` has not been built (``make translations``)."""
    return not (i18n_dir() / f"fieldbook_{lang}.qm").exists()


def translator(lang: str) -> i18n.Translator | None:
    """A function answering :func:`desktop.core.i18n.translate_to` in ``lang`` from its ``.qm`` files, without a
    QApplication (the command line has none)."""
    translators = load(lang)
    if not translators:
        return None

    def answer(context: str, source: str, disambiguation: str | None, n: int) -> str | None:
        if n >= 2**31:  # Qt counts in a C int: a huge count (a hostile manifest's) keeps its last digits' form
            n = 1_000_000_000 + n % 1000
        for one in translators:
            text = one.translate(context, source, disambiguation, n)
            if text:
                return text
        return None

    answer.translators = translators  # type: ignore[attr-defined]  # kept alive with the function
    return answer


def use(lang: str) -> None:
    """Translate the plain-Python layers (rules, exchange, command line) into ``lang``; any language on demand."""
    i18n.set_loader(translator, lang)


#: The locale each language's numbers, dates and money are written in when the system's locale is of another
#: language (a French system keeps fr_CA or fr_BE; an English system choosing Arabic gets ar_EG).
DEFAULT_LOCALES = {"en": "en_GB", "ar": "ar_EG", "es": "es_ES", "fr": "fr_FR", "pt": "pt_PT", "ru": "ru_RU",
                   "zh": "zh_CN"}


def locale_name(lang: str, system: str | None = None) -> str:
    """The locale for ``lang``: the system's own when it is of that language (pt_BR, fr_CA, en_US), else ours."""
    if system and normalize(system) == lang and "_" in system:
        return system.split(".")[0]
    return DEFAULT_LOCALES.get(lang, "en_GB")


def system_language() -> str:
    """The system's language when it is one of ours (Settings ▸ Language ▸ System default), else English."""
    from PySide6.QtCore import QLocale

    for name in (*QLocale.system().uiLanguages(), QLocale.system().name()):
        found = normalize(name)
        if found:
            return found
    return "en"
