"""`Knowledge`: the knowledge layer's front door: ingest folders, retrieve passages."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from importlib import import_module
from pathlib import Path
from typing import Any

from hybrid.knowledge.chunking import Chunker
from hybrid.knowledge.identity import DocumentKeys
from hybrid.knowledge.ingest import ForgetSummary, Ingestor
from hybrid.knowledge.journal import local_coordination, server_coordination
from hybrid.knowledge.retrieval import HybridRetriever, Mode
from hybrid.knowledge.store import ChromaStore, make_client, opening_lock
from hybrid.protocols import Embedder, Filters, PreparesQueries, Progress
from hybrid.types import IngestSummary, Passage

LOCK_TIMEOUT_S = 600.0
# `Knowledge(root=ABSOLUTE)`: key every document by its absolute real path (no project).
ABSOLUTE = Path("/")


@dataclass(frozen=True)
class KnowledgeConfig:
    """How the layer stores, chunks and retrieves: plain values, described where they are
    set (`knowledge.*` in `hybrid.settings`), whose defaults a test holds these equal to."""

    chroma_url: str | None = None
    collection: str = "hybrid"
    chunk_size: int = 200
    chunk_overlap: int = 30
    mode: Mode = "hybrid"
    k: int = 5
    candidates: int = 40
    rrf_k: int = 60
    embed_batch_size: int = 64
    stream_threshold_mb: float = 8.0
    follow_outside_links: bool = False
    lease_seconds: float = 30.0

    @classmethod
    def of(cls, values: Any) -> KnowledgeConfig:
        """The same values from any object with these attributes, e.g. a `KnowledgeSettings`
        as callers passed before `hybrid.build` existed."""
        if isinstance(values, cls):
            return values
        return cls(**{f.name: getattr(values, f.name) for f in fields(cls)})


class Knowledge:
    """A folder of company documents, indexed in Chroma, retrievable with citations.

    Construction opens the store; the embedding model loads on first use. Documents are
    keyed relative to `root` (default: the folder holding `state_dir`, as a project holds
    its `.hybrid`); files outside it, and every file with `root=ABSOLUTE`, by absolute path.
    The ingest journal and lock are files in `state_dir`, or, with `chroma_url`, records in
    the Chroma server (`hybrid.knowledge.journal`), so that machines can share a collection.
    """

    def __init__(
        self,
        embedder: Embedder,
        state_dir: Path,
        config: KnowledgeConfig | Any = None,
        client: Any = None,
        *,
        root: Path | None = None,
    ) -> None:
        self.config = KnowledgeConfig() if config is None else KnowledgeConfig.of(config)
        self.embedder = embedder
        self.state_dir = Path(state_dir)
        base = Path(root) if root is not None else self.state_dir.resolve().parent
        self.keys = DocumentKeys(None if base == ABSOLUTE else base)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        with opening_lock(self.state_dir, embedded=client is None and not self.config.chroma_url):
            self._client = client if client is not None else make_client(self.state_dir, self.config.chroma_url)
            self.store = ChromaStore(self._client, self.config.collection, embedder)
        tag = self.config.collection
        self.manifest_path = self.state_dir / f"manifest-{tag}.json"
        self.coordination = (
            server_coordination(self._client, self.config.chroma_url, tag, self.config.lease_seconds, self.state_dir)
            if self.config.chroma_url
            else local_coordination(self.state_dir, tag)
        )
        self.lock = self.coordination.lock
        self.retriever = HybridRetriever(
            self.store,
            embedder,
            self.state_dir / f"bm25-{tag}",
            mode=self.config.mode,
            candidates=self.config.candidates,
            rrf_k=self.config.rrf_k,
        )

    @classmethod
    def from_settings(cls, settings: Any) -> Knowledge:
        """Alias of `hybrid.build.build_knowledge`, kept for one release. Looked up by name
        so that the knowledge layer has no import of the composition root above it."""
        return import_module("hybrid.build").build_knowledge(settings)

    def ingest(
        self,
        paths: Sequence[str | Path],
        department: str | None = None,
        *,
        progress: Progress | None = None,
        on_start: Callable[[int], None] | None = None,
        on_file: Callable[[str, int], None] | None = None,
    ) -> IngestSummary:
        """Index `paths` (files or folders) incrementally; see `hybrid.knowledge.ingest`.

        `progress` gets one "ingest" stage of one step per file, in file order.
        `on_start(files)` / `on_file(source, chunks_written)` are deprecated: pass `progress`."""
        if on_start is not None or on_file is not None:
            warnings.warn(
                "Knowledge.ingest(on_start=, on_file=) is deprecated; pass progress=, a hybrid.protocols.Progress",
                DeprecationWarning,
                stacklevel=2,
            )
            if progress is not None:
                raise TypeError("pass progress= or the deprecated on_start=/on_file=, not both")
            progress = _OnStart(on_start)
        files = [Path(p) for p in paths]
        return self._locked(lambda ingestor: ingestor.run(files, department, progress=progress, on_file=on_file))

    def forget(self, paths: Sequence[str | Path]) -> ForgetSummary:
        """Remove the documents at or under `paths` from the store, BM25 and the manifest."""
        return self._locked(lambda ingestor: ingestor.forget([Path(p) for p in paths]))

    def _locked(self, work: Callable[[Ingestor], Any]) -> Any:
        """Run `work` on a fresh `Ingestor` under the ingest lock, then drop cached indexes."""
        self.lock.acquire(timeout=LOCK_TIMEOUT_S)
        try:
            ingestor = Ingestor(
                self.store,
                self.embedder,
                Chunker(self.embedder.count_tokens, self.config.chunk_size, self.config.chunk_overlap),
                self.coordination.journal,
                batch_size=self.config.embed_batch_size,
                stream_threshold_bytes=int(self.config.stream_threshold_mb * 2**20),
                keys=self.keys,
                follow_outside_links=self.config.follow_outside_links,
                check=self.lock.check,
            )
            result = work(ingestor)
        finally:
            self.lock.release()
        if isinstance(result, IngestSummary):
            result.notes.extend(f"took over the ingest lease of {stale.describe()}" for stale in self.lock.took_over)
        self.lock.took_over.clear()
        self.retriever.invalidate()
        return result

    def retrieve(
        self, query: str, k: int | None = None, filters: Filters | None = None, mode: Mode | None = None
    ) -> list[Passage]:
        """The `k` best passages for `query`, best first, matching every filter."""
        return self.retriever.retrieve(query, k or self.config.k, filters, mode)

    def count(self) -> int:
        return self.store.count()

    def prepare_search(self) -> str | None:
        """Build the embedder's fast query path ahead of the first search (`prepare_queries`)."""
        return prepare_queries(self.embedder)


def prepare_queries(embedder: Embedder) -> str | None:
    """Build `embedder`'s fast query path where it has one (`models.query_runtime`); return
    why there is none, or None once it is ready."""
    if not isinstance(embedder, PreparesQueries):
        return f"the embedder {embedder.model_id!r} has no separate query path"
    return embedder.prepare_query_encoder()


class _OnStart:
    """The deprecated `on_start(files)` callback as a `Progress`."""

    def __init__(self, on_start: Callable[[int], None] | None) -> None:
        self._on_start = on_start

    def stage(self, name: str, total: int) -> None:
        if self._on_start is not None:
            self._on_start(total)

    def advance(self, steps: int = 1) -> None:
        pass
