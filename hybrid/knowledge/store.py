"""The Chroma side of the knowledge layer: embedded (`PersistentClient`) by default, or a
Chroma server (`chroma run`, then `HttpClient`) when a URL is configured.

Collections use cosine space, so a readable cosine similarity is `1 - distance`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from hybrid.errors import ConfigError, StoreError
from hybrid.knowledge.embedding import ChromaEmbeddingFunction
from hybrid.knowledge.filters import to_chroma_where
from hybrid.protocols import Embedder, Filters

PAGE = 5000


@dataclass
class Hit:
    id: str
    text: str
    metadata: dict[str, Any]
    cosine: float


# Longer than any schema creation or migration takes; past it, something holds the lock
# that will not let go, and saying so beats waiting for ever.
OPEN_LOCK_TIMEOUT_S = 120.0


@contextmanager
def opening_lock(state_dir: Path, *, embedded: bool) -> Iterator[None]:
    """Serialise opening an embedded store across processes.

    Chroma creates its SQLite schema and the collection on first open without a lock of
    its own, so two processes opening a fresh `state_dir` at once could both try, and one
    died with "table collections already exists" (seen in CI with two `ingest` runs). A
    server store does this on its side, so only the embedded one needs the lock."""
    if not embedded:
        yield
        return
    from filelock import FileLock
    from filelock import Timeout as LockTimeout

    lock_path = state_dir / "chroma-open.lock"
    try:
        with FileLock(str(lock_path), timeout=OPEN_LOCK_TIMEOUT_S):
            yield
    except LockTimeout:
        raise StoreError(
            f"{lock_path}: another process has held it for {OPEN_LOCK_TIMEOUT_S:.0f} s while opening the store "
            "(the lock is released when that process exits)"
        ) from None


def make_client(state_dir: Path, chroma_url: str | None) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if not chroma_url:
        # Absolute: Chroma caches clients by path string, and a relative one would alias
        # two working directories in the same process.
        path = (state_dir / "chroma").resolve()
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    url = urlparse(chroma_url)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ConfigError(f"knowledge.chroma_url {chroma_url!r} is not an http(s) URL such as http://127.0.0.1:8000")
    try:
        client = chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
        client.heartbeat()
    except Exception as exc:
        raise StoreError(
            f"Chroma server at {chroma_url} is not reachable ({exc.__class__.__name__}: {exc}); "
            "start one with `chroma run --path DIR --host 127.0.0.1 --port PORT` or unset knowledge.chroma_url"
        ) from None
    return client


# Old name, kept for callers that imported it from here.
to_where = to_chroma_where


class ChromaStore:
    """Chunks with their embeddings, text and metadata in one Chroma collection."""

    def __init__(self, client: Any, collection: str, embedder: Embedder) -> None:
        self._client = client
        self._name = collection
        self._embedder = embedder
        self._ef = ChromaEmbeddingFunction(embedder)
        try:
            self._col = client.get_or_create_collection(
                collection,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedder": embedder.model_id, "revision": 0},
                embedding_function=self._ef,
            )
        except ValueError as exc:
            raise StoreError(f"Chroma collection {collection!r}: {exc}") from None
        built_with = (self._col.metadata or {}).get("embedder")
        if built_with and built_with != embedder.model_id:
            raise StoreError(
                f"collection {collection!r} was built with embedder {built_with!r}, but "
                f"models.embedder is {embedder.model_id!r}: use another knowledge.collection "
                "or delete the store and re-ingest"
            )
        self._batch = max(1, min(int(client.get_max_batch_size()), PAGE))

    @property
    def collection(self) -> Any:
        return self._col

    def count(self) -> int:
        return int(self._col.count())

    def upsert(
        self,
        ids: Sequence[str],
        embeddings: Sequence[Sequence[float]],
        texts: Sequence[str],
        metadatas: Sequence[Mapping[str, Any]],
    ) -> None:
        for i in range(0, len(ids), self._batch):
            self._col.upsert(
                ids=list(ids[i : i + self._batch]),
                embeddings=[list(e) for e in embeddings[i : i + self._batch]],
                documents=list(texts[i : i + self._batch]),
                metadatas=[dict(m) for m in metadatas[i : i + self._batch]],
            )

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), self._batch):
            self._col.delete(ids=ids[i : i + self._batch])

    def set_source(self, ids: Sequence[str], source: str) -> None:
        """Rename the document chunks `ids` belong to, in place: no re-embedding."""
        ids = list(ids)
        for i in range(0, len(ids), self._batch):
            page = self._col.get(ids=ids[i : i + self._batch], include=["metadatas"])
            metas = [{**(m or {}), "source": source} for m in page["metadatas"]]
            if page["ids"]:
                self._col.update(ids=list(page["ids"]), metadatas=metas)

    def ids_where(self, where: Mapping[str, Any]) -> list[str]:
        return list(self._col.get(where=dict(where), include=[])["ids"])

    def iter_all(self, include: Sequence[str] = ("metadatas",)) -> Iterator[dict[str, Any]]:
        """Page through the whole collection (ids always included)."""
        offset = 0
        while True:
            page = self._col.get(limit=PAGE, offset=offset, include=list(include))
            if not page["ids"]:
                return
            yield page
            offset += len(page["ids"])

    def query(self, embedding: Sequence[float], n: int, filters: Filters | None = None) -> list[Hit]:
        if n <= 0:
            return []
        res = self._col.query(
            query_embeddings=[list(embedding)],
            n_results=n,
            where=to_chroma_where(filters),
            include=["documents", "metadatas", "distances"],
        )
        return [
            Hit(i, d or "", dict(m or {}), 1.0 - float(dist))
            for i, d, m, dist in zip(
                res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0], strict=True
            )
        ]

    def get(self, ids: Sequence[str], with_embeddings: bool = False) -> dict[str, Any]:
        include = ["documents", "metadatas"] + (["embeddings"] if with_embeddings else [])
        return dict(self._col.get(ids=list(ids), include=include))

    def revision(self, refresh: bool = False) -> int:
        """A counter bumped by every ingest that changes the store; caches key on it."""
        if refresh:
            self._col = self._client.get_collection(self._name, embedding_function=self._ef)
        return int((self._col.metadata or {}).get("revision", 0))

    def bump_revision(self) -> int:
        meta = dict(self.collection.metadata or {})
        # Wall-clock nanoseconds, not +1: two writers that read the same revision
        # (embedded and server users sharing a collection) still get distinct stamps.
        meta["revision"] = max(int(meta.get("revision", 0)) + 1, time.time_ns())
        meta.pop("hnsw:space", None)
        self._col.modify(metadata=meta)
        return int(meta["revision"])
