"""Money parsing and formatting: what a user of each locale types is read as they mean it, never guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.money import MoneyError, format_amount, format_money, parse_money, places_ok


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("1,234.50", "en_US", Decimal("1234.50")),
        ("1234.5", "en", Decimal("1234.5")),
        ("1 234,50", "fr_FR", Decimal("1234.50")),
        ("1\u202f234,50", "fr_FR", Decimal("1234.50")),
        ("1 234.50", "fr_FR", Decimal("1234.50")),  # a point cannot be a French group sign
        ("1.234,50", "de_DE", Decimal("1234.50")),
        ("1 234,50", "ru_RU", Decimal("1234.50")),
        ("1 234.50", "en_US", Decimal("1234.50")),  # spaces group digits everywhere
        ("12,34,567.00", "en_IN", Decimal("1234567.00")),
        ("-250", "en", Decimal("-250")),
        ("\u2212250.5", "en", Decimal("-250.5")),
        ("(1,000)", "en", Decimal("-1000")),
        ("KES 1,000", "en", Decimal("1000")),
        (".5", "en", Decimal("0.5")),
    ],
)
def test_parses_what_the_locale_allows(text: str, locale: str, expected: Decimal) -> None:
    assert parse_money(text, locale, currency="KES") == expected


def test_arabic_indic_digits_and_arabic_separators_are_read() -> None:
    assert parse_money("١٬٢٣٤٫٥٠", "ar_EG") == Decimal("1234.50")
    assert parse_money("۱۲۳۴٫۵", "fa") == Decimal("1234.5")
    assert parse_money("١٢٣", "en") == Decimal("123")


def test_empty_text_is_no_amount() -> None:
    assert parse_money("", "en") is None
    assert parse_money("   ", "fr") is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [("1,5", "en"), ("12,34", "en"), ("abc", "en"), ("1.2.3", "en"), ("1,234.5.6", "en"), ("1.234,5", "en"),
     ("1 23,5", "fr")],
)
def test_refuses_text_it_would_have_to_guess_about(text: str, locale: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(text, locale)


def test_format_uses_the_currency_precision_and_locale_separators() -> None:
    assert format_amount(Decimal("1234.5"), "USD", "en") == "1,234.50"
    assert format_amount(Decimal("1234"), "JPY", "en") == "1,234"
    assert format_amount(Decimal("1234.5"), "KWD", "en") == "1,234.500"
    assert format_amount(Decimal("1234.5"), "EUR", "fr_FR") == "1\u202f234,50"
    assert format_amount(Decimal("1234.5"), "EUR", "de_DE") == "1.234,50"
    assert format_money(Decimal("10"), "USD", "en") == "USD 10.00"


def test_format_never_rounds_away_places_the_rules_must_see() -> None:
    assert format_amount(Decimal("10.5"), "JPY", "en") == "10.5"


def test_format_then_parse_round_trips() -> None:
    for locale in ("en", "fr_FR", "de_DE", "ru_RU", "ar_EG", "es_ES", "zh_CN"):
        for amount in (Decimal("0.01"), Decimal("1234567.89"), Decimal("-42.00")):
            assert parse_money(format_amount(amount, "USD", locale), locale) == amount


def test_places_ok_follows_the_currency() -> None:
    assert places_ok(Decimal("1.25"), "USD")
    assert not places_ok(Decimal("1.5"), "JPY")
    assert places_ok(Decimal("1.125"), "KWD")
