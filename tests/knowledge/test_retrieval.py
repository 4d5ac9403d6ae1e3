from __future__ import annotations

import numpy as np
import pytest

from hybrid.errors import EmptyStoreError

pytestmark = pytest.mark.unit


@pytest.fixture
def k(make_knowledge, docs):
    k = make_knowledge()
    k.ingest([docs])
    return k


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_each_mode_finds_the_answer(k, mode):
    got = k.retrieve("Atlas Pro price", k=3, mode=mode)
    assert got and "$1,149" in got[0].text


def test_scores_are_readable_cosines(k, embedder):
    q = np.asarray(embedder.embed_query("Orion chair warranty"))
    for p in k.retrieve("Orion chair warranty", k=5):
        assert p.cosine is not None and -1.0 <= p.cosine <= 1.0
        v = np.asarray(embedder.embed_documents([p.text])[0])
        assert p.cosine == pytest.approx(float(q @ v), abs=1e-4)


def test_passages_only_bm25_found_still_get_a_cosine(k):
    got = k.retrieve("refund", k=5, mode="bm25")
    assert got and all(p.cosine is not None for p in got)


def test_filters_restrict_every_mode(k):
    for mode in ("hybrid", "dense", "bm25"):
        got = k.retrieve("desk chair price", k=5, filters={"department": "marketing"}, mode=mode)
        assert got and {p.department for p in got} == {"marketing"}
    got = k.retrieve("price", k=5, filters={"department": ["marketing", "engineering"]})
    assert {p.department for p in got} <= {"marketing", "engineering"}


def test_new_facts_are_retrievable_right_after_ingest(k, docs):
    (docs / "lumen.md").write_text("# Lumen lamp\n\nThe Lumen lamp launches on June 9, 2026 at $89.\n")
    assert not any("Lumen" in p.text for p in k.retrieve("Lumen lamp launch", k=3, mode="bm25"))
    k.ingest([docs])
    assert "June 9, 2026" in k.retrieve("Lumen lamp launch", k=3, mode="bm25")[0].text


def test_empty_store_says_to_ingest(make_knowledge):
    with pytest.raises(EmptyStoreError, match="hybrid ingest"):
        make_knowledge().retrieve("anything")


def test_blank_query_returns_nothing(k):
    assert k.retrieve("   ") == []


def test_bm25_index_is_reused_from_disk_by_a_new_process(k, make_knowledge):
    k.retrieve("Atlas", k=1)
    fresh = make_knowledge()
    assert fresh.retriever.bm25().revision == k.store.revision(refresh=True)
    assert (fresh.state_dir / "bm25-hybrid" / "docs.json").is_file()
