"""The garbage collector runs less often during bulk work, and as before once it is over."""

from __future__ import annotations

import gc

import pytest

from desktop.core.collector import BULK_THRESHOLD, collecting_less


def test_bulk_work_raises_the_threshold_and_gives_it_back() -> None:
    before = gc.get_threshold()
    with collecting_less():
        assert gc.get_threshold() == (BULK_THRESHOLD, before[1], before[2])
        with collecting_less():  # nested: the outer one restores
            assert gc.get_threshold()[0] == BULK_THRESHOLD
        assert gc.get_threshold()[0] == BULK_THRESHOLD
    assert gc.get_threshold() == before


def test_the_threshold_comes_back_after_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collecting_less():
        raise RuntimeError("a package was refused")
    assert gc.get_threshold() == before


def test_an_import_runs_with_fewer_collections(monkeypatch, tmp_path) -> None:
    import desktop.exchange.importer as importer
    from db.store import open_store

    seen: list[int] = []
    monkeypatch.setattr(importer._Run, "finish", lambda run: seen.append(gc.get_threshold()[0]))
    with open_store(tmp_path / "hq.sqlite") as hq:
        importer.import_packages(hq, [], readers=0, snapshot=False)
    assert seen == [BULK_THRESHOLD]
    assert gc.get_threshold()[0] != BULK_THRESHOLD
