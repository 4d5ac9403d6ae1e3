from __future__ import annotations

from pathlib import Path

import pytest

from hybrid.knowledge.bm25 import BM25Index

pytestmark = pytest.mark.unit


def index(revision: int) -> BM25Index:
    texts = ["The Atlas desk lifts fast.", "The Orion chair costs $499.", "The Atlas lamp is bright."]
    metas = [{"department": "engineering"}, {"department": "marketing"}, {"department": "marketing"}]
    return BM25Index.build(["desk", "chair", "lamp"], texts, metas, revision)


def test_a_saved_index_loads_back_and_filters_the_same(tmp_path):
    index(1).save(tmp_path / "bm25")
    loaded = BM25Index.load(tmp_path / "bm25")
    assert loaded is not None and loaded.revision == 1
    assert [cid for cid, _ in loaded.search("Atlas", 5)] == [cid for cid, _ in index(1).search("Atlas", 5)]
    assert [cid for cid, _ in loaded.search("Atlas", 5, {"department": ("marketing",)})] == ["lamp"]


def test_a_save_that_fails_leaves_the_old_index_whole(tmp_path, monkeypatch):
    state = tmp_path / "state"
    index(1).save(state / "bm25")
    broken = index(2)
    monkeypatch.setattr(broken, "metadatas", [object()])  # not JSON: fails after the model is written
    with pytest.raises(TypeError):
        broken.save(state / "bm25")
    loaded = BM25Index.load(state / "bm25")
    assert loaded is not None and loaded.revision == 1 and len(loaded.ids) == 3
    # No staging folder left behind (the lock file that orders saves across processes stays).
    assert sorted(p.name for p in state.iterdir()) == ["bm25", "bm25.lock"]


def _save_many(folder: str, revision: int, saves: int) -> list[str]:
    from hybrid.knowledge.bm25 import BM25Index

    ids = [f"id{j}" for j in range(50)]
    index = BM25Index.build(
        ids, [f"text number {j} about desks {revision}" for j in ids], [{"source": "s"}] * 50, revision
    )
    errors = []
    for _ in range(saves):
        try:
            index.save(Path(folder))
        except Exception as exc:  # the race shows as any exception from save
            errors.append(f"{type(exc).__name__}: {exc}")
    return errors


def test_concurrent_saves_from_several_processes_all_succeed(tmp_path):
    import multiprocessing as mp

    folder = tmp_path / "state" / "bm25-hybrid"
    with mp.get_context("spawn").Pool(6) as pool:
        results = pool.starmap(_save_many, [(str(folder), i, 40) for i in range(6)])
    errors = [e for r in results for e in r]
    assert errors == [], f"{len(errors)} of 240 saves failed, e.g. {errors[:2]}"
    loaded = BM25Index.load(folder)
    assert loaded is not None and len(loaded.ids) == 50
    assert sorted(p.name for p in folder.parent.iterdir()) == ["bm25-hybrid", "bm25-hybrid.lock"]
