"""The translations, as Qt Linguist keeps them: every ``.ts`` is what ``pyside6-lupdate`` makes of the sources now (not
stale), every message is finished, placeholders match between a source and its translation, and the plural forms
follow each language's grammar (Arabic six, Russian three, Chinese one)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import translations
from desktop.core import i18n

sys.path.insert(0, str(translations.i18n_dir()))
import tool  # noqa: E402  # resources/i18n/tool.py

ROOT = Path(__file__).resolve().parents[1]


def test_every_translation_is_current_finished_and_keeps_its_placeholders() -> None:
    problems = tool.problems()
    assert problems == [], f"{len(problems)} problems, the first: " + "\n".join(problems[:20])


@pytest.fixture
def copied_ts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The .ts files copied elsewhere, and the tool pointed at them: a test may spoil them."""
    for lang in tool.ALL:
        shutil.copy(tool.ts_path(lang), tmp_path)
    monkeypatch.setattr(tool, "HERE", tmp_path)
    return tmp_path


def _spoil(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_check_finds_a_changed_placeholder_an_unfinished_message_and_a_stale_file(copied_ts: Path) -> None:
    # A translator renamed a placeholder: the program would raise KeyError when it formats the message.
    source = next(m for m in tool.messages("fr") if "{total}" in m["source"] and not m["numerus"])
    tool.fill("fr", [{**source, "translation": source["translation"].replace("{total}", "{totale}")}])
    # A message left to translate.
    zh = copied_ts / "fieldbook_zh.ts"
    _spoil(zh, "<translation>", '<translation type="unfinished">')
    # A message lupdate would add back: the file no longer matches the sources.
    ru = copied_ts / "fieldbook_ru.ts"
    text = ru.read_text(encoding="utf-8")
    ru.write_text(re.sub(r"<message>\s*<source>Office code</source>.*?</message>\s*", "", text, count=1,
                         flags=re.S), encoding="utf-8")
    found = "\n".join(tool.problems())
    assert "fieldbook_fr.ts" in found and "{totale}" in found
    assert "fieldbook_zh.ts" in found and "unfinished" in found
    assert "fieldbook_ru.ts: stale" in found


@pytest.mark.parametrize(("lang", "counts"), [
    ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 11: 4, 100: 5}),  # six forms: none, one, two, few, many, other
    ("ru", {1: 0, 2: 1, 5: 2, 21: 0, 22: 1, 11: 2}),  # one, few, many
    ("fr", {0: 0, 1: 0, 2: 1}),  # French says "0 erreur"
    ("es", {1: 0, 2: 1, 0: 1}),
    ("zh", {1: 0, 5: 0}),
])
def test_counts_take_each_languages_plural_form(lang: str, counts: dict[int, int]) -> None:
    [message] = [m for m in tool.messages(lang) if m["source"] == "%Ln record(s)" and m["context"] == "ListPage"]
    forms = message["translation"]
    for loaded in translations.load(lang):
        if loaded.translate("ListPage", "%Ln record(s)", None, 5):
            break
    for n, form in counts.items():
        assert loaded.translate("ListPage", "%Ln record(s)", None, n) == forms[form], (lang, n)


def test_english_counts_are_singular_for_one() -> None:
    [loaded, *_] = translations.load("en")
    assert loaded.translate("ListPage", "%Ln record(s)", None, 1) == "%Ln record"
    assert loaded.translate("ListPage", "%Ln record(s)", None, 4) == "%Ln records"
    assert i18n.english("%n package(s)", 1) == "1 package"


def test_make_builds_a_qm_for_every_language_from_its_ts(tmp_path: Path) -> None:
    built = tool.release(tmp_path)
    assert sorted(p.name for p in built) == sorted(f"fieldbook_{lang}.qm" for lang in tool.ALL)
    assert all(p.stat().st_size > 0 for p in built)
    assert not subprocess.run(["git", "ls-files", "resources/i18n/*.qm"], cwd=ROOT, capture_output=True,
                              text=True).stdout  # built, never committed


def test_names_of_countries_currencies_and_languages_come_from_cldr() -> None:
    assert i18n.code_label("countries", "KEN", "fr") == "Kenya"
    assert i18n.code_label("countries", "CIV", "zh") == "科特迪瓦"
    assert i18n.code_label("countries", "MOZ", "pt") == "Moçambique"
    assert i18n.code_label("currencies", "XOF", "ru").startswith("франк КФА")
    assert i18n.code_label("languages", "ar", "ar") == "العربية"
    assert i18n.code_label("countries", "TZA", "en") == "Tanzania, United Republic of"  # English keeps ISO's names
