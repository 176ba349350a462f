"""Reference lists: the code lists every record is checked against.

Fieldbook's own lists (flagships, subprogrammes, groups, types, …) ship as versioned JSON files beside this module;
countries come from pycountry (ISO 3166-1 alpha-3) and currencies from pycountry (ISO 4217) with their precision from
babel — never typed by hand. Labels here are English source strings; the UI translates them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    label: str
    parent: str | None = None
    hxl: str | None = None


@dataclass(frozen=True)
class CodeList:
    name: str
    version: str
    items: tuple[Code, ...]

    @cached_property
    def _labels(self) -> dict[str, str]:
        # Computed once per list: the rules ask "is this code in the list?" for every cell of every package.
        return {item.code: item.label for item in self.items}

    def codes(self) -> frozenset[str]:
        return frozenset(self._labels)

    def label(self, code: str) -> str:
        return self._labels.get(code, code)

    def __contains__(self, code: object) -> bool:
        return code in self._labels


def _read(name: str) -> dict:
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


@cache
def _fieldbook_lists() -> dict[str, CodeList]:
    data = _read("lists.json")
    return {
        name: CodeList(
            name,
            data["version"],
            tuple(Code(item["code"], item["label"], hxl=item.get("hxl")) for item in items),
        )
        for name, items in data["lists"].items()
    }


@cache
def sdg_goals() -> CodeList:
    data = _read("sdg.json")
    return CodeList("sdg_goals", data["version"], tuple(Code(g["code"], g["label"]) for g in data["goals"]))


@cache
def sdg_targets() -> CodeList:
    data = _read("sdg.json")
    return CodeList(
        "sdg_targets", data["version"], tuple(Code(t["code"], t["label"], parent=t["goal"]) for t in data["targets"])
    )


@cache
def countries() -> CodeList:
    import pycountry

    items = sorted((Code(c.alpha_3, c.name) for c in pycountry.countries), key=lambda c: c.label)
    return CodeList("countries", f"pycountry-{_pycountry_version()}", tuple(items))


@cache
def _alpha2_of() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


def alpha2(alpha3: str) -> str | None:
    """A country's ISO 3166-1 alpha-2 code (what CLDR's names are keyed by) from its alpha-3 code."""
    return _alpha2_of().get(alpha3)


@cache
def currencies() -> CodeList:
    import pycountry

    items = sorted((Code(c.alpha_3, c.name) for c in pycountry.currencies), key=lambda c: c.code)
    return CodeList("currencies", f"pycountry-{_pycountry_version()}", tuple(items))


def currency_precision(code: str) -> int:
    """Decimal places of a currency's minor unit (XOF 0, USD 2, KWD 3), from babel's CLDR data."""
    from babel.numbers import get_currency_precision

    return get_currency_precision(code)


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def code_list(name: str) -> CodeList:
    """A list by name: Fieldbook's own lists, plus ``countries``, ``currencies``, ``sdg_goals`` and ``sdg_targets``."""
    special = {"countries": countries, "currencies": currencies, "sdg_goals": sdg_goals, "sdg_targets": sdg_targets}
    if name in special:
        return special[name]()
    try:
        return _fieldbook_lists()[name]
    except KeyError:
        raise KeyError(f"no reference list named {name!r}") from None


def list_names() -> list[str]:
    return sorted([*_fieldbook_lists(), "countries", "currencies", "sdg_goals", "sdg_targets"])


def reference_version() -> str:
    """One string naming the versions of every shipped list, for manifests and the about box."""
    return f"lists {_read('lists.json')['version']}; sdg {_read('sdg.json')['version']}; pycountry {_pycountry_version()}"
