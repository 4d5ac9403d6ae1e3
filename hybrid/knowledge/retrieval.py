"""Dense + BM25 retrieval fused by reciprocal rank, with metadata filters.

Every returned passage carries a readable cosine similarity (also for passages only
BM25 found) beside the BM25 score and each list's rank.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np

from hybrid.errors import EmptyStoreError
from hybrid.knowledge.bm25 import BM25Index
from hybrid.knowledge.fusion import reciprocal_rank_fusion
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
        if not query.strip():
            return []
        # Fusion needs a deeper candidate list than the k it returns; one list alone does not.
        n = max(k, self.candidates) if mode == "hybrid" else k
        qvec: list[float] | None = None
        dense_ids: list[str] = []
        cosine: dict[str, float] = {}
        rows: dict[str, tuple[str, dict[str, Any]]] = {}
        if mode in ("hybrid", "dense"):
            qvec = self.embedder.embed_query(query)
            for hit in self.store.query(qvec, n, filters):
                dense_ids.append(hit.id)
                cosine[hit.id] = hit.cosine
                rows[hit.id] = (hit.text, hit.metadata)
        bm25_hits: list[tuple[str, float]] = []
        if mode in ("hybrid", "bm25"):
            bm25_hits = self.bm25().search(query, n, filters)
        bm25_score = dict(bm25_hits)
        bm25_ids = [i for i, _ in bm25_hits]
        if mode == "dense":
            ranked = [(i, cosine[i]) for i in dense_ids[:k]]
        elif mode == "bm25":
            ranked = bm25_hits[:k]
        else:
            ranked = reciprocal_rank_fusion([dense_ids, bm25_ids], self.rrf_k)[:k]
        missing = [i for i, _ in ranked if i not in rows]
        if missing:
            got = self.store.get(missing, with_embeddings=True)
            if qvec is None:
                qvec = self.embedder.embed_query(query)
            q = np.asarray(qvec, dtype=np.float32)
            for cid, text, meta, emb in zip(
                got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True
            ):
                rows[cid] = (text or "", dict(meta or {}))
                cosine[cid] = float(np.dot(q, np.asarray(emb, dtype=np.float32)))
        if not ranked and self.store.count() == 0:
            # Checked only on an empty answer, so the common path costs no extra call.
            raise EmptyStoreError("the knowledge store is empty: run `hybrid ingest PATH` first")
        dense_rank = {cid: r for r, cid in enumerate(dense_ids, 1)}
        bm25_rank = {cid: r for r, cid in enumerate(bm25_ids, 1)}
        out = []
        for cid, score in ranked:
            if cid not in rows:
                continue  # deleted between the BM25 snapshot and now
            text, meta = rows[cid]
            out.append(
                _passage(
                    cid,
                    text,
                    meta,
                    score,
                    cosine.get(cid),
                    bm25_score.get(cid),
                    dense_rank.get(cid),
                    bm25_rank.get(cid),
                )
            )
        return out


def _filterable(meta: dict[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (meta or {}).items() if k not in ("content_hash", "doc_sha256", "start_char", "end_char")}


def _passage(
    cid: str,
    text: str,
    meta: dict[str, Any],
    score: float,
    cosine: float | None,
    bm25: float | None,
    dense_rank: int | None,
    bm25_rank: int | None,
) -> Passage:
    return Passage(
        id=cid,
        text=text,
        source=str(meta.get("source", "")),
        title=str(meta.get("title", "")),
        heading=str(meta.get("heading", "")),
        department=str(meta.get("department", "")),
        start_char=int(meta.get("start_char", 0)),
        end_char=int(meta.get("end_char", 0)),
        content_hash=str(meta.get("content_hash", "")),
        score=float(score),
        cosine=None if cosine is None else round(cosine, 6),
        bm25=bm25,
        dense_rank=dense_rank,
        bm25_rank=bm25_rank,
    )
