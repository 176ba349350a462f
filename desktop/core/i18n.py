"""Translation for the plain-Python layers (rules, exchange, command line), without Qt.

Strings are marked the way Qt's ``pyside6-lupdate`` finds them in Python sources, so one Qt Linguist workflow covers
every layer:

- ``translate("context", "text")`` translates now (``translate("cli", "%n file(s)", None, n)`` for a count);
- ``QT_TRANSLATE_NOOP("context", "text")`` only marks a template kept for later (a rule's message, a label).

Which translation answers is set once by the front end — the desktop app installs Qt's translators, the command line
loads the same ``.qm`` files (:mod:`desktop.translations`); :func:`translate_to` asks another language than the
chosen one (a package's README sheet is in its office's language). Until a loader is set, the English source is the answer, with
"%n" replaced and "(s)" made singular or plural, as Qt's English plural forms do.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

#: The languages of the interface: the six UN languages and Portuguese. English is the source language.
LANGUAGES = ("en", "ar", "es", "fr", "pt", "ru", "zh")
#: Languages written right to left (the window's layout, a package's README).
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps"})

#: (context, source, disambiguation, n) → translated text, or None when there is no translation.
Translator = Callable[[str, str, "str | None", int], "str | None"]
#: A language code → its translator (None: no translation of it is installed).
Loader = Callable[[str], "Translator | None"]

_loader: Loader | None = None
_translators: dict[str, Translator | None] = {}
_language = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it untouched (translated later, where it is shown)."""
    return text


class Context:
    """Counts in one translation context: ``exchange = Context("exchange")``, then
    ``exchange.tr("%n package(s)", None, n)`` is ``translate("exchange", …, None, n)``.

    pyside6-lupdate records a message as plural only when it comes from a ``tr`` call: it reads ``translate(ctx,
    text, None, n)`` with a variable ``n`` as a plain message, and drops it when ``n`` is an expression
    (``len(files)``). The name before ``.tr`` is the context it records, so the object must be named as its
    context (``resources/i18n/tool.py check`` finds a count given to ``translate``)."""

    def __init__(self, name: str, lang: str | None = None) -> None:
        self.name = name
        self.lang = lang  # None: the chosen language

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate_to(self.lang or _language, self.name, source, disambiguation, n)


def english(source: str, n: int = -1) -> str:
    """The English source with its count: "%n record(s)" → "1 record", "4 records"."""
    if n < 0:
        return source
    return source.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the chosen language, with "%n" replaced by ``n`` when a count is given."""
    return translate_to(_language, context, source, disambiguation, n)


def translate_to(lang: str, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language ``lang``, whatever language is chosen (a package's README follows the office's
    language, not the user's)."""
    translator = _translator_for(lang)
    if translator is not None:
        text = translator(context, source, disambiguation, n)
        if text:
            return text.replace("%n", str(n)) if n >= 0 else text
    return english(source, n)


def _translator_for(lang: str) -> Translator | None:
    if lang not in _translators:
        _translators[lang] = _loader(lang) if _loader is not None else None
    return _translators[lang]


def set_loader(loader: Loader | None, language: str = "en") -> None:
    """Installs what loads each language's translator (the front end's: Qt's ``.qm`` files), and chooses the
    language :func:`translate` speaks. None: English only."""
    global _loader, _language
    _loader = loader
    _translators.clear()
    _language = language


def set_language(language: str) -> None:
    """Chooses the language :func:`translate` speaks, with the loader already installed."""
    global _language
    _language = language


def language() -> str:
    """The language messages are translated into now: a code such as "fr", "ar", "zh"."""
    return _language


#: Lists whose labels are CLDR's (through babel), in every language, not ours to translate.
CLDR_LISTS = frozenset({"countries", "currencies", "languages"})


def code_label(list_name: str, code: str, lang: str | None = None) -> str:
    """What a code of a reference list means, in ``lang`` (default: the chosen language).

    Country, currency and language names are CLDR's, through babel; Fieldbook's own lists and the SDG goals and
    targets are translated in the "reference" context. An unknown code is itself."""
    from db import reference

    lang = lang or _language
    english_label = reference.code_list(list_name).label(code)
    if list_name in CLDR_LISTS:  # English keeps ISO's own names ("Tanzania, United Republic of")
        return (cldr_name(list_name, code, lang) if lang != "en" else None) or english_label
    return translate_to(lang, "reference", english_label)


def cldr_name(list_name: str, code: str, lang: str) -> str | None:
    """A country (ISO 3166 alpha-3), currency (ISO 4217) or language (ISO 639-1) name in ``lang``, from CLDR."""
    locale = _babel_locale(lang)
    if locale is None:
        return None
    if list_name == "countries":
        alpha2 = _alpha2(code)
        return locale.territories.get(alpha2) if alpha2 else None
    if list_name == "currencies":
        return locale.currencies.get(code)
    if list_name == "languages":
        return locale.languages.get(code)
    return None


@cache
def _babel_locale(lang: str):  # type: ignore[no-untyped-def]
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _alpha2(alpha3: str) -> str | None:
    from db import reference

    return reference.alpha2(alpha3)
