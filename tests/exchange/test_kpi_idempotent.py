"""Importing or merging the same package twice changes no KPI (docs/counting-rule.md, rule 5)."""

from __future__ import annotations

from pathlib import Path

from db.store import open_store
from desktop.core.demo import build_demo
from desktop.core.kpi import KpiFilters, compute_kpis
from desktop.exchange.export import export_package
from desktop.exchange.importer import import_package
from desktop.exchange.merge import merge_packages


def _package(tmp_path: Path, office: str) -> Path:
    with open_store(tmp_path / f"{office}.sqlite") as store:
        build_demo(store, office)
        return export_package(store, tmp_path / "packages" / f"{office}_2023-H2_001.xlsx", period="2023-H2").path


def test_importing_or_merging_the_same_package_twice_changes_no_kpi(tmp_path: Path) -> None:
    ken, mex = _package(tmp_path, "KEN-NBO"), _package(tmp_path, "MEX-MEX")
    filters = [KpiFilters(), KpiFilters(period="2023"), KpiFilters(region="AF"), KpiFilters(flagship="FP1")]
    with open_store(tmp_path / "hq.sqlite") as hq:
        import_package(hq, ken)
        import_package(hq, mex)
        once = [compute_kpis(hq, f).as_json() for f in filters]
        assert once[0]["initiatives"] == 8 and once[0]["beneficiaries"]["reached"]["total"] > 0
        assert import_package(hq, ken).status == "already imported"
        twice_merged = merge_packages([ken, mex, ken, mex], tmp_path / "merged" / "", label="RO-MIX").out
        import_package(hq, twice_merged)  # other digest, same records: all unchanged
        assert [compute_kpis(hq, f).as_json() for f in filters] == once
    with open_store(tmp_path / "hq2.sqlite") as hq2:
        import_package(hq2, twice_merged)
        assert [compute_kpis(hq2, f).as_json() for f in filters] == once
