"""Money parsing and formatting: what a user of each locale types is read as they mean it, never guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    [("1,5", "en"), ("12,34", "en"), ("abc", "en"), ("1.2.3", "en"), ("1,234.5.6", "en"), ("1 23,5", "fr"),
     ("1,5", "de_CH"), ("1.234.5", "en"), ("1 234.567,8", "en"), ("1.", "en"), (",", "en"), ("1e5", "en"),
     ("12,3456.00", "en"), ("1'23.5", "en")],
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


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # Both signs: the last is the decimal sign, whatever the locale.
        ("3.195.000,00", "en_US", Decimal("3195000.00")),
        ("3,195,000.00", "en_US", Decimal("3195000.00")),
        ("3,195,000.00", "de_DE", Decimal("3195000.00")),
        ("3.195.000,00", "fr_FR", Decimal("3195000.00")),
        ("1.234,5", "en", Decimal("1234.5")),
        # Digits grouped by spaces: a single point or comma after them is the decimal sign.
        ("3 195 000,00", "en_US", Decimal("3195000.00")),
        ("3\u00a0195\u00a0000.00", "de_DE", Decimal("3195000.00")),
        # One sign repeated groups thousands.
        ("3.195.000", "en_US", Decimal("3195000")),
        ("3,195,000", "de_DE", Decimal("3195000")),
        # One sign once: the locale decides.
        ("1,234", "en", Decimal("1234")),
        ("1,234", "de_DE", Decimal("1.234")),
        ("1.234", "de_DE", Decimal("1234")),
        ("1.234", "en", Decimal("1.234")),
        # Apostrophes group (Swiss), typed or as the locale writes them.
        ("1'234.50", "en", Decimal("1234.50")),
        ("1\u2019234.50", "de_CH", Decimal("1234.50")),
        ("\u200e-1,234.50", "ar_EG", Decimal("-1234.50")),  # a left-to-right mark from an Arabic keyboard
    ],
)
def test_reads_the_other_convention_when_the_text_says_which_sign_is_which(
        text: str, locale: str, expected: Decimal) -> None:
    assert parse_money(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        ("abc", "en", "“abc” is not a number"),
        ("12abc", "en", "“12abc” is not a number"),
        ("1,5", "en", "“1,5”: “,” separates thousands here; the decimal sign is “.”"),
        ("1.2.3", "en", "“1.2.3”: the thousands separators are not where they belong"),
        ("1,5", "de_CH", "“1,5” could be read two ways: write the decimals after “.”"),
    ],
)
def test_says_what_is_wrong_with_text_it_refuses(text: str, locale: str, message: str) -> None:
    with pytest.raises(MoneyError) as refused:
        parse_money(text, locale)
    assert str(refused.value) == message
    assert refused.value.template.format(**refused.value.params) == message  # what the UI translates


_LOCALES = ("en", "en_IN", "fr_FR", "de_DE", "de_CH", "ru_RU", "es_ES", "pt_BR", "ar_EG", "zh_CN")


@settings(deadline=None)
@given(amount=st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2, allow_nan=False,
                          allow_infinity=False),
       locale=st.sampled_from(_LOCALES))
def test_any_formatted_amount_reads_back_in_its_locale(amount: Decimal, locale: str) -> None:
    assert parse_money(format_amount(amount, "USD", locale), locale) == amount


@settings(deadline=None)
@given(amount=st.decimals(min_value=Decimal("1000"), max_value=Decimal("1e12"), places=2, allow_nan=False,
                          allow_infinity=False),
       convention=st.sampled_from([(",", "."), (".", ","), (" ", ","), ("\u00a0", "."), ("'", ".")]),
       locale=st.sampled_from(_LOCALES))
def test_grouped_amounts_with_decimals_read_the_same_in_every_locale(
        amount: Decimal, convention: tuple[str, str], locale: str) -> None:
    """With thousands grouped and two decimals, the text says which sign is which: no locale reads it otherwise."""
    group, decimal = convention
    text = f"{amount:,.2f}".replace(",", "G").replace(".", decimal).replace("G", group)
    assert parse_money(text, locale) == amount
