"""Incremental ingest: only changed files are re-embedded, gone files are deleted, and an
interrupted run is repaired by the next one.

Why it cannot leave duplicates or orphans:
- chunk ids are deterministic (source + content hash + occurrence), and writes are
  upserts, so redoing a file rewrites the same ids;
- a file's stale chunks are deleted only after its new ones are written;
- the manifest is marked dirty before the store is touched; if a run dies, the next run
  reconciles every chunk in the store against the manifest before doing anything else.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hybrid.errors import InputPathError
from hybrid.knowledge import readers
from hybrid.knowledge.chunking import Chunk, Chunker
from hybrid.knowledge.manifest import FileEntry, Manifest
from hybrid.knowledge.store import ChromaStore
from hybrid.protocols import Embedder
from hybrid.types import IngestSummary, SkippedFile

SAVE_EVERY_S = 5.0


def display_path(path: Path) -> str:
    """The path users see and citations name: relative to the working directory when
    inside it, absolute otherwise. It is also the manifest key."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def chunk_id(source: str, content_hash: str, occurrence: int) -> str:
    """Stable while the chunk's text is unchanged, wherever it moves in the file."""
    return hashlib.sha256(f"{source}\0{content_hash}\0{occurrence}".encode()).hexdigest()[:24]


@dataclass
class _Pending:
    """A changed file whose chunks are (partly) waiting in the embedding pool."""

    source: str
    entry: FileEntry | None
    info: readers.FileProbe
    department: str
    ids: list[str] = field(default_factory=list)
    waiting: int = 0
    read_all: bool = False


@dataclass
class Scan:
    files: list[Path]
    roots: list[Path]
    skipped: list[SkippedFile]


def scan(paths: Sequence[Path]) -> Scan:
    """Expand files and folders; refuse a missing path before anything is changed."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputPathError(f"path not found: {', '.join(missing)} (nothing was ingested)")
    files: list[Path] = []
    skipped: list[SkippedFile] = []
    for p in paths:
        if p.is_file():
            files.append(p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                f = Path(dirpath) / name
                if f.suffix.lower() in readers.SUPPORTED_SUFFIXES:
                    files.append(f)
                else:
                    skipped.append(
                        SkippedFile(path=display_path(f), reason=f"unsupported file type '{f.suffix or name}'")
                    )
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]  # type: ignore[func-returns-value]
    return Scan(unique, [p.resolve() for p in paths], skipped)


class Ingestor:
    """Runs one ingest against a store + manifest. The caller holds the write lock."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        chunker: Chunker,
        manifest: Manifest,
        manifest_path: Path,
        batch_size: int = 64,
        stream_threshold_bytes: int = 8 << 20,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.chunker = chunker
        self.manifest = manifest
        self.manifest_path = manifest_path
        self.batch_size = batch_size
        self.stream_threshold_bytes = stream_threshold_bytes
        # Chunks of several files are embedded together: fewer, fuller, length-sorted
        # batches. A file is recorded in the manifest only once all its chunks are written.
        self.pool_size = 4 * batch_size
        self._last_save = 0.0

    def run(
        self,
        paths: Sequence[Path],
        department: str | None = None,
        on_file: Callable[[str, int], None] | None = None,
        on_start: Callable[[int], None] | None = None,
    ) -> IngestSummary:
        t0 = time.perf_counter()
        found = scan(paths)
        summary = IngestSummary(skipped=list(found.skipped))
        if self.manifest.dirty:
            self.repair(summary)
        self.manifest.dirty = True
        self._save(force=True)
        if on_start:
            on_start(len(found.files))
        self._summary = summary
        self._on_file = on_file
        self._pool: list[tuple[_Pending, str, Chunk, dict[str, str]]] = []
        self._changed = False
        for f in found.files:
            self._ingest_file(f, display_path(f), department)
            self._save()
        self._flush_pool()
        self._changed |= self._delete_gone(found, summary)
        if self._changed:
            self.store.bump_revision()
        self.manifest.dirty = False
        self._save(force=True)
        summary.chunks_total = self.store.count()
        summary.seconds = round(time.perf_counter() - t0, 3)
        return summary

    def _save(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last_save > SAVE_EVERY_S:
            self.manifest.save(self.manifest_path)
            self._last_save = now

    def _skip(self, source: str, reason: str, entry: FileEntry | None) -> None:
        self._summary.skipped.append(SkippedFile(path=source, reason=_kept(reason, entry)))
        if self._on_file:
            self._on_file(source, self._summary.chunks_added)

    def _ingest_file(self, path: Path, source: str, department: str | None) -> None:
        entry = self.manifest.files.get(source)
        try:
            info = readers.probe(path)
        except readers.SkipFile as exc:
            return self._skip(source, str(exc), entry)
        if entry and entry.sha256 == info.sha256 and (department is None or entry.department == department):
            self._summary.unchanged.append(source)
            if self._on_file:
                self._on_file(source, self._summary.chunks_added)
            return None
        pending: _Pending | None = None
        try:
            doc = readers.load(path, info, self.stream_threshold_bytes)
            pending = _Pending(source, entry, info, str(department or doc.metadata.get("department", "")))
            base = {
                "source": source,
                "title": str(doc.metadata.get("title") or Path(source).stem.replace("-", " ").replace("_", " ")),
                "department": pending.department,
                "date": str(doc.metadata.get("date", "")),
                "doc_sha256": info.sha256,
            }
            occurrences: dict[str, int] = {}
            for block in doc.blocks:
                for chunk in self.chunker.split(block.text, block.offset):
                    occ = occurrences.get(chunk.content_hash, 0)
                    occurrences[chunk.content_hash] = occ + 1
                    cid = chunk_id(source, chunk.content_hash, occ)
                    pending.ids.append(cid)
                    pending.waiting += 1
                    self._pool.append((pending, cid, chunk, base))
                    if len(self._pool) >= self.pool_size:
                        self._flush_pool()
        except (readers.SkipFile, UnicodeDecodeError) as exc:
            reason = f"cannot decode text: {exc.reason}" if isinstance(exc, UnicodeDecodeError) else str(exc)
            if pending is not None:
                # A stream that fails mid-file may have written some new chunks already:
                # take them out again, so the file's previous chunks stand alone.
                self._pool = [p for p in self._pool if p[0] is not pending]
                written = set(pending.ids) - set(entry.chunks if entry else [])
                if written:
                    self.store.delete(sorted(written))
            return self._skip(source, reason, entry)
        self._summary.notes.extend(doc.notes)
        if not pending.ids:
            return self._skip(source, "no text to index", entry)
        pending.read_all = True
        if pending.waiting == 0:
            self._finish(pending)
        return None

    def _flush_pool(self) -> None:
        """Embed every pooled chunk in one call (the embedder sorts them by length, so
        batches across files pad far less than per-file batches), then write them."""
        if not self._pool:
            return
        pool, self._pool = self._pool, []
        texts = [c.text for _, _, c, _ in pool]
        vectors = self.embedder.embed_documents(texts)
        metas = [
            {
                **base,
                "heading": c.heading,
                "start_char": c.start_char,
                "end_char": c.end_char,
                "content_hash": c.content_hash,
            }
            for _, _, c, base in pool
        ]
        self.store.upsert([cid for _, cid, _, _ in pool], vectors, texts, metas)
        self._summary.chunks_added += len(pool)
        for pending, _, _, _ in pool:
            pending.waiting -= 1
        for pending in {id(p): p for p, _, _, _ in pool}.values():
            if pending.read_all and pending.waiting == 0:
                self._finish(pending)

    def _finish(self, pending: _Pending) -> None:
        """All of a file's chunks are written: drop its stale ones, then record it."""
        source, entry = pending.source, pending.entry
        stale = set(entry.chunks if entry else []) | set(self.store.ids_where({"source": source}))
        stale -= set(pending.ids)
        if stale:
            self.store.delete(sorted(stale))
            self._summary.chunks_deleted += len(stale)
        self.manifest.files[source] = FileEntry(
            sha256=pending.info.sha256,
            size=pending.info.size,
            department=pending.department,
            chunks=pending.ids,
        )
        (self._summary.updated if entry else self._summary.added).append(source)
        self._changed = True
        if self._on_file:
            self._on_file(source, self._summary.chunks_added)

    def _delete_gone(self, found: Scan, summary: IngestSummary) -> bool:
        """Drop files under the given roots that are in the manifest but not on disk."""
        changed = False
        for source in list(self.manifest.files):
            path = Path(source)
            resolved = path.resolve() if path.is_absolute() else (Path.cwd() / path).resolve()
            under = any(resolved == r or r in resolved.parents for r in found.roots)
            if under and not resolved.exists():
                entry = self.manifest.files.pop(source)
                ids = set(entry.chunks) | set(self.store.ids_where({"source": source}))
                self.store.delete(sorted(ids))
                summary.deleted.append(source)
                summary.chunks_deleted += len(ids)
                changed = True
        return changed

    def repair(self, summary: IngestSummary) -> None:
        """Reconcile the store with the manifest after an interrupted run: delete chunks
        the manifest does not list, and forget files whose chunks are incomplete so
        they are re-ingested."""
        expected = self.manifest.expected_ids()
        present: set[str] = set()
        orphans: list[str] = []
        for page in self.store.iter_all(include=()):
            for cid in page["ids"]:
                (present.add(cid) if cid in expected else orphans.append(cid))
        if orphans:
            self.store.delete(orphans)
            summary.chunks_deleted += len(orphans)
        for source, entry in list(self.manifest.files.items()):
            if not set(entry.chunks) <= present:
                gone = [c for c in entry.chunks if c in present]
                self.store.delete(gone)
                del self.manifest.files[source]
        self.store.bump_revision()
        summary.repaired = True
        summary.notes.append(f"repaired an interrupted ingest: removed {len(orphans)} orphan chunk(s)")


def _kept(reason: str, entry: FileEntry | None) -> str:
    if entry and entry.chunks:
        return f"{reason}; kept its {len(entry.chunks)} previously indexed chunk(s)"
    return reason
