"""Money as people type and read it: locale-aware parsing and formatting of amounts, with the currency's precision.

Amounts are ``Decimal`` end to end; a float never appears. Parsing accepts what the user's locale allows
("1,234.50" in English, "1 234,50" in French or Russian, "1.234,50" in German), the other common convention where
the text itself says which sign is which ("3.195.000,00" typed in English), Arabic-Indic and Eastern Arabic-Indic
digits with the Arabic decimal and thousands signs, spaces of any kind as thousands separators, and a leading minus
sign. It refuses text it would have to guess about (``1,5`` in English is neither 1.5 nor 15); see
:func:`parse_money` for the rule.
Whether an amount has too many places for its currency is a rule (``desktop.core.rules``), not a parsing error;
:func:`places_ok` is there for widgets that want to know early.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

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

    Which sign is the decimal sign, and which groups thousands:

    - spaces of any kind, apostrophes (Swiss "1'234.50") and the Arabic thousands sign only ever group digits; the
      Arabic decimal sign is only ever a decimal sign;
    - with both a point and a comma, the last of them is the decimal sign and appears once, the other groups
      thousands: "3.195.000,00" and "3,195,000.00" are 3195000.00 whatever the locale;
    - one of them repeated groups thousands: "3.195.000" is 3195000;
    - one of them once, after digits grouped by spaces, is the decimal sign: "3 195 000,00" is 3195000.00;
    - one of them once and nothing else: the locale decides ("1,234" is 1234 in English and 1.234 in German; a
      point is a decimal sign in French, where it never groups). A group sign must then be followed by exactly
      three digits: "1,5" in English is refused rather than read as 1.5 or 15.

    Groups are three digits, two in the Indian system before the last three ("12,34,567.00"); anything else is a
    typo and refused. ``currency`` lets the user type the code or symbol with the amount ("KES 1,000"); it is
    stripped, never checked. Raises ``MoneyError`` (its message says what is wrong) for text that is not an amount
    or that would have to be guessed at.
    """
    loc = locale if isinstance(locale, Locale) else babel_locale(locale)
    original = (text or "").strip()
    text = unicodedata.normalize("NFKC", text or "") if _needs_nfkc(text or "") else (text or "")
    text = text.translate(_DIGITS)
    # Bidirectional marks (what an Arabic or Hebrew keyboard inserts around digits) carry no meaning here.
    text = "".join(char for char in text if unicodedata.category(char) != "Cf").strip()
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
    # Reduced to digits, " " (groups digits), "D" (can only be a decimal sign), and "." and "," (either).
    cleaned: list[str] = []
    for char in text:
        if char in "0123456789.,":
            cleaned.append(char)
        elif char.isspace() or unicodedata.category(char) == "Zs" or char in _GROUP_ONLY or \
                (char == group_sign and char not in ".,"):
            cleaned.append(" ")
        elif char == _ARABIC_DECIMAL or (char == decimal_sign and char not in ".,"):
            cleaned.append("D")
        else:
            raise MoneyError(_NOT_A_NUMBER, text=original)
    normal = "".join(cleaned)
    decimal, group = _signs(normal, original, decimal_sign, group_sign)
    whole, _, fraction = normal.partition(decimal) if decimal else (normal, "", "")
    if group:
        whole = whole.replace(group, " ")
    if not re.fullmatch(r"(\d[\d ]*)?", whole) or (decimal and not re.fullmatch(r"\d+", fraction)) or \
            not (whole or fraction):
        raise MoneyError(_NOT_A_NUMBER, text=original)
    if " " in whole:
        parts = whole.split(" ")
        if any(not part for part in parts) or len(parts[-1]) != 3 or any(len(p) not in (2, 3) for p in parts[1:-1]) \
                or len(parts[0]) > 3:
            if group and group == group_sign and normal.count(group) == 1 and not decimal:
                # "1,5" in English: a thousands sign where the user probably meant a decimal sign.
                raise MoneyError(_GROUP_NOT_DECIMAL, text=original, sign=group, decimal=decimal_sign)
            raise MoneyError(_GROUPS, text=original)
    number = Decimal(whole.replace(" ", "") + ("." + fraction if fraction else "") or "0")
    return -number if negative else number


_NOT_A_NUMBER = "“{text}” is not a number"
_GROUPS = "“{text}”: the thousands separators are not where they belong"
_GROUP_NOT_DECIMAL = "“{text}”: “{sign}” separates thousands here; the decimal sign is “{decimal}”"
_AMBIGUOUS = "“{text}” could be read two ways: write the decimals after “{decimal}”"
_GROUP_ONLY = ("'", "\u2019", "\u02bc", _ARABIC_GROUP)


def _signs(normal: str, original: str, decimal_sign: str, group_sign: str) -> tuple[str | None, str | None]:
    """(decimal sign, group sign) of ``normal`` (each "." "," or "D", or None) by the rule of :func:`parse_money`."""
    marks = [char for char in normal if char in ".,D"]
    kinds = set(marks)
    spaced = " " in normal
    if not marks:
        return None, None
    if "D" in kinds:
        others = kinds - {"D"}
        if marks.count("D") > 1 or len(others) > 1 or marks[-1] != "D":
            raise MoneyError(_NOT_A_NUMBER, text=original)
        if others and spaced:
            raise MoneyError(_GROUPS, text=original)
        return "D", (others.pop() if others else None)
    if len(kinds) == 2:
        decimal = marks[-1]
        if marks.count(decimal) > 1:
            raise MoneyError(_NOT_A_NUMBER, text=original)
        if spaced:
            raise MoneyError(_GROUPS, text=original)  # two kinds of thousands separators
        return decimal, "," if decimal == "." else "."
    mark = marks[0]
    if len(marks) > 1:
        if spaced:
            raise MoneyError(_GROUPS, text=original)
        return None, mark
    if spaced or mark == decimal_sign:
        return mark, None
    if mark == group_sign:
        return None, mark
    if mark == "." and decimal_sign == ",":
        return mark, None  # a point never groups in this locale ("1234.5" in French)
    raise MoneyError(_AMBIGUOUS, text=original, decimal=decimal_sign)  # "1,5" in Swiss German


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
