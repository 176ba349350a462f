"""Money as people type and read it: locale-aware parsing and formatting of amounts, with the currency's precision.

Amounts are ``Decimal`` end to end; a float never appears. Parsing accepts what the user's locale allows
("1,234.50" in English, "1 234,50" in French or Russian, "1.234,50" in German), Arabic-Indic and Eastern
Arabic-Indic digits with the Arabic decimal and thousands signs, spaces of any kind as thousands separators, and a
leading minus sign. It refuses text it would have to guess about (``1,5`` in English is neither 1.5 nor 15).
Whether an amount has too many places for its currency is a rule (``desktop.core.rules``), not a parsing error;
:func:`places_ok` is there for widgets that want to know early.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from db.reference import currency_precision

__all__ = ["MoneyError", "babel_locale", "format_amount", "format_money", "parse_money", "places_ok", "precision"]

_DIGITS = {
    **{0x0660 + n: str(n) for n in range(10)},  # Arabic-Indic ٠١٢٣٤٥٦٧٨٩
    **{0x06F0 + n: str(n) for n in range(10)},  # Eastern Arabic-Indic (Persian, Urdu) ۰۱۲۳۴۵۶۷۸۹
    **{0x0966 + n: str(n) for n in range(10)},  # Devanagari
    **{0xFF10 + n: str(n) for n in range(10)},  # full-width, typed with a CJK input method
}
_ARABIC_DECIMAL = "\u066b"  # ٫
_ARABIC_GROUP = "\u066c"  # ٬
_MINUS = ("-", "\u2212", "\u2012", "\u2013", "\ufe63", "\uff0d")
_DEFAULT_LOCALE = "en"


class MoneyError(ValueError):
    """Text that is not an amount. ``template`` and ``params`` let the UI translate the message."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def babel_locale(name: str | None) -> Locale:
    """A babel locale from a Qt or POSIX name (``fr_FR``, ``ar-EG``, ``C``); English when unknown."""
    if not name or name in ("C", "POSIX") or name.startswith("C."):
        return Locale.parse(_DEFAULT_LOCALE)
    try:
        return Locale.parse(name.replace("-", "_").split(".")[0])
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(name.replace("-", "_").split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse(_DEFAULT_LOCALE)


def precision(currency: str | None) -> int:
    """Decimal places of the currency's minor unit; 2 when no currency is known yet."""
    if not currency:
        return 2
    try:
        return currency_precision(currency)
    except Exception:  # an unknown code: the rules report it, the field keeps working
        return 2


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def places_ok(amount: Decimal, currency: str | None) -> bool:
    return _places(amount) <= precision(currency)


def parse_money(text: str, locale: str | Locale | None = None, currency: str | None = None) -> Decimal | None:
    """The amount in ``text`` as the user of ``locale`` means it; ``None`` for empty text.

    ``currency`` lets the user type the code or symbol with the amount ("KES 1,000"); it is stripped, never checked.
    Raises ``MoneyError`` for text that is not an amount or is ambiguous in this locale.
    """
    loc = locale if isinstance(locale, Locale) else babel_locale(locale)
    original = text
    text = unicodedata.normalize("NFKC", text or "") if _needs_nfkc(text or "") else (text or "")
    text = text.translate(_DIGITS).strip()
    if currency:
        text = text.replace(currency.upper(), "").replace(currency.lower(), "")
        symbol = loc.currency_symbols.get(currency.upper())
        if symbol:
            text = text.replace(symbol, "")
    text = text.strip()
    if not text:
        return None
    negative = False
    if text[0] in _MINUS:
        negative, text = True, text[1:].lstrip()
    elif text[0] == "+":
        text = text[1:].lstrip()
    elif text.startswith("(") and text.endswith(")"):  # accounting notation for a correction
        negative, text = True, text[1:-1].strip()

    decimal_sign = get_decimal_symbol(loc)
    group_sign = get_group_symbol(loc)
    decimals = {decimal_sign, _ARABIC_DECIMAL}
    groups = {group_sign, _ARABIC_GROUP}
    # A point can only be a decimal sign where it is not the group sign: "1 234.50" is clear in French.
    if decimal_sign == "," and group_sign != ".":
        decimals.add(".")
    if decimal_sign == "." and group_sign != ",":
        groups.discard(",")

    # Spaces of every kind (space, no-break, narrow no-break, thin) group digits in every locale.
    cleaned: list[str] = []
    for char in text:
        if char.isspace() or unicodedata.category(char) == "Zs":
            cleaned.append(" ")
        elif char in decimals:
            cleaned.append(".")
        elif char in groups:
            cleaned.append(" ")
        else:
            cleaned.append(char)
    normal = "".join(cleaned)
    if not re.fullmatch(r"\d[\d ]*(\.\d+)?|\.\d+", normal):
        raise MoneyError("{text!r} is not an amount", text=original)
    whole, _, fraction = normal.partition(".")
    if " " in whole:
        parts = whole.split(" ")
        # Groups are three digits (two in the Indian system, before the last three): anything else is a typo.
        if any(not part for part in parts) or len(parts[-1]) != 3 or any(len(p) not in (2, 3) for p in parts[1:-1]) \
                or len(parts[0]) > 3:
            raise MoneyError("{text!r}: the thousands separators are not where they belong", text=original)
    try:
        number = Decimal(whole.replace(" ", "") + ("." + fraction if fraction else "") or "0")
    except InvalidOperation:
        raise MoneyError("{text!r} is not an amount", text=original) from None
    return -number if negative else number


def _needs_nfkc(text: str) -> bool:
    return any(ord(char) >= 0xFF00 for char in text)


def format_amount(amount: Decimal | None, currency: str | None, locale: str | Locale | None = None) -> str:
    """An amount with the currency's places and the locale's separators, no symbol ("1 234,50"). Never rounds:
    an amount with more places than the currency allows shows them all, so the user sees what the rules reject."""
    if amount is None:
        return ""
    loc = locale if isinstance(locale, Locale) else babel_locale(locale)
    places = precision(currency)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(amount, format=pattern, locale=loc, decimal_quantization=False)


def format_money(amount: Decimal | None, currency: str, locale: str | Locale | None = None) -> str:
    """An amount with its currency code, as lists and totals show it ("USD 1,234.50")."""
    if amount is None:
        return ""
    return f"{currency} {format_amount(amount, currency, locale)}"
