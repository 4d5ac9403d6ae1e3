"""Dense + BM25 retrieval fused by reciprocal rank, with metadata filters.

Every returned passage carries a readable cosine similarity (also for passages only
BM25 found) beside the BM25 score and each list's rank.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from hybrid.errors import EmptyStoreError
from hybrid.knowledge.bm25 import BM25Index
from hybrid.knowledge.filters import normalise
from hybrid.knowledge.fusion import reciprocal_rank_fusion
from hybrid.knowledge.passages import passage_from_metadata
from hybrid.knowledge.store import ChromaStore
from hybrid.protocols import Embedder, Filters
from hybrid.types import Passage

Mode = Literal["hybrid", "dense", "bm25"]
# How often a long-lived process re-reads the store's revision to notice another
# process's ingest; a query within this window may miss a brand-new chunk in BM25.
REVISION_CHECK_S = 2.0


class HybridRetriever:
    """Implements `hybrid.protocols.Retriever` over a ChromaStore."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        bm25_dir: Path,
        mode: Mode = "hybrid",
        candidates: int = 40,
        rrf_k: int = 60,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.mode: Mode = mode
        self.candidates = candidates
        self.rrf_k = rrf_k
        self._bm25_dir = bm25_dir
        self._bm25: BM25Index | None = None
        self._checked = -1e9
        self._clock = clock
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        self._checked = -1e9

    def bm25(self) -> BM25Index:
        """The BM25 index for the store's current revision, loaded or rebuilt as needed."""
        with self._lock:
            now = self._clock()
            if self._bm25 is not None and now - self._checked < REVISION_CHECK_S:
                return self._bm25
            revision = self.store.revision(refresh=True)
            self._checked = now
            if self._bm25 is not None and self._bm25.revision == revision:
                return self._bm25
            saved = BM25Index.load(self._bm25_dir)
            if saved is not None and saved.revision == revision:
                self._bm25 = saved
                return saved
            ids: list[str] = []
            texts: list[str] = []
            metas: list[dict[str, Any]] = []
            for page in self.store.iter_all(include=("documents", "metadatas")):
                ids += page["ids"]
                texts += [d or "" for d in page["documents"]]
                metas += [_filterable(m) for m in page["metadatas"]]
            self._bm25 = BM25Index.build(ids, texts, metas, revision)
            self._bm25.save(self._bm25_dir)
            return self._bm25

    def retrieve(
        self,
        query: str,
        k: int = 5,
        filters: Filters | None = None,
        mode: Mode | None = None,
    ) -> list[Passage]:
        mode = mode or self.mode
        accepted = normalise(filters) or None  # refused here, whichever lists run
        if not query.strip():
            return []
        found = self._search(query, k, accepted, mode)
        ranked = _rank(found, k, mode, self.rrf_k)
        self._fill_in(found, query, [cid for cid, _ in ranked])
        if not ranked and self.store.count() == 0:
            # Checked only on an empty answer, so the common path costs no extra call.
            raise EmptyStoreError("the knowledge store is empty: run `hybrid ingest PATH` first")
        return _passages(found, ranked)

    def _search(self, query: str, k: int, filters: Filters | None, mode: Mode) -> _Found:
        """Run the dense and/or BM25 lists the mode asks for."""
        # Fusion needs a deeper candidate list than the k it returns; one list alone does not.
        n = max(k, self.candidates) if mode == "hybrid" else k
        found = _Found()
        loading = None
        if mode == "hybrid" and self._bm25 is None:
            # A cold start loads the BM25 index (bm25s and scipy imports, the arrays) while
            # the query is embedded: 0.57 s for both instead of 0.75 s one after the other
            # on the dev machine, a fifth of a first `hybrid search`'s own work.
            loading = threading.Thread(target=self.bm25, name="bm25-load", daemon=True)
            loading.start()
        if mode in ("hybrid", "dense"):
            found.query_vector = self.embedder.embed_query(query)
            for hit in self.store.query(found.query_vector, n, filters):
                found.dense_ids.append(hit.id)
                found.cosine[hit.id] = hit.cosine
                found.rows[hit.id] = (hit.text, hit.metadata)
        if loading is not None:
            loading.join()
        if mode in ("hybrid", "bm25"):
            found.bm25_hits = self.bm25().search(query, n, filters)
        return found

    def _fill_in(self, found: _Found, query: str, ids: list[str]) -> None:
        """Fetch text and metadata of chunks only BM25 found, and give them a cosine too,
        so every passage carries a readable similarity."""
        missing = [cid for cid in ids if cid not in found.rows]
        if not missing:
            return
        got = self.store.get(missing, with_embeddings=True)
        if found.query_vector is None:
            found.query_vector = self.embedder.embed_query(query)
        q = np.asarray(found.query_vector, dtype=np.float32)
        for cid, text, meta, emb in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True):
            found.rows[cid] = (text or "", dict(meta or {}))
            found.cosine[cid] = float(np.dot(q, np.asarray(emb, dtype=np.float32)))


@dataclass
class _Found:
    """What the dense and BM25 lists found for one query."""

    dense_ids: list[str] = field(default_factory=list)
    bm25_hits: list[tuple[str, float]] = field(default_factory=list)
    rows: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # id -> (text, metadata)
    cosine: dict[str, float] = field(default_factory=dict)
    query_vector: list[float] | None = None

    @property
    def bm25_ids(self) -> list[str]:
        return [cid for cid, _ in self.bm25_hits]


def _rank(found: _Found, k: int, mode: Mode, rrf_k: int) -> list[tuple[str, float]]:
    """The `k` best (id, score) pairs: one list's own scores, or RRF over both."""
    if mode == "dense":
        return [(cid, found.cosine[cid]) for cid in found.dense_ids[:k]]
    if mode == "bm25":
        return found.bm25_hits[:k]
    return reciprocal_rank_fusion([found.dense_ids, found.bm25_ids], rrf_k)[:k]


def _passages(found: _Found, ranked: list[tuple[str, float]]) -> list[Passage]:
    dense_rank = {cid: r for r, cid in enumerate(found.dense_ids, 1)}
    bm25_rank = {cid: r for r, cid in enumerate(found.bm25_ids, 1)}
    bm25_score = dict(found.bm25_hits)
    out = []
    for cid, score in ranked:
        if cid not in found.rows:
            continue  # deleted between the BM25 snapshot and now
        text, meta = found.rows[cid]
        cosine = found.cosine.get(cid)
        out.append(
            passage_from_metadata(
                cid,
                text,
                meta,
                score,
                cosine=None if cosine is None else round(cosine, 6),
                bm25=bm25_score.get(cid),
                dense_rank=dense_rank.get(cid),
                bm25_rank=bm25_rank.get(cid),
            )
        )
    return out


def _filterable(meta: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (meta or {}).items() if k not in ("content_hash", "doc_sha256", "start_char", "end_char")}
