"""Incremental ingest: only changed files are re-embedded, gone files are deleted, and an
interrupted run is repaired by the next one.

Files are keyed by `hybrid.knowledge.identity.DocumentKeys` (relative to the project root,
else absolute), never by the working directory; a file counts as gone only when it lies
under one of the paths this run was given and no longer exists.

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
from hybrid.knowledge.identity import DocumentKeys, needs_rekey, rekey
from hybrid.knowledge.journal import FileJournal, Journal
from hybrid.knowledge.manifest import FileEntry, Manifest
from hybrid.knowledge.store import ChromaStore
from hybrid.protocols import Embedder, NoProgress, Progress
from hybrid.types import IngestSummary, SkippedFile

SAVE_EVERY_S = 5.0


def display_path(path: Path) -> str:
    """Deprecated: the old working-directory-relative key (no longer the manifest key,
    which `DocumentKeys` makes). Kept for callers that imported it."""
    return DocumentKeys(Path.cwd()).key(path)


def source_path(source: str) -> Path:
    """Deprecated inverse of `display_path`, against the working directory."""
    return DocumentKeys(Path.cwd()).path(source).resolve()


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
    via: str = ""
    ids: list[str] = field(default_factory=list)
    waiting: int = 0
    read_all: bool = False


@dataclass
class PooledChunk:
    """One chunk waiting to be embedded, with the file it belongs to."""

    file: _Pending
    id: str
    chunk: Chunk
    base: dict[str, str]  # the file's metadata, shared by all its chunks
    page: int | None = None

    def metadata(self) -> dict[str, str | int]:
        c = self.chunk
        meta: dict[str, str | int] = {
            **self.base,
            "heading": c.heading,
            "start_char": c.start_char,
            "end_char": c.end_char,
            "content_hash": c.content_hash,
        }
        if self.page is not None:  # Chroma metadata cannot hold None
            meta["page"] = self.page
        return meta


@dataclass
class IngestRun:
    """What one `Ingestor.run` reads and changes as it goes; a fresh one per run, so an
    `Ingestor` can run again."""

    manifest: Manifest
    summary: IngestSummary
    progress: Progress
    # Deprecated `Knowledge.ingest(on_file=...)`: (source, chunks written so far) per file.
    on_file: Callable[[str, int], None] | None = None
    pool: list[PooledChunk] = field(default_factory=list)
    changed: bool = False
    saved_at: float = 0.0


@dataclass
class ForgetSummary:
    """What `hybrid forget` removed."""

    forgotten: list[str] = field(default_factory=list)  # document keys
    not_indexed: list[str] = field(default_factory=list)  # paths given that matched no document
    chunks_deleted: int = 0
    chunks_total: int = 0

    def to_report(self) -> dict[str, object]:
        return {
            "forgotten": self.forgotten,
            "not_indexed": self.not_indexed,
            "chunks_deleted": self.chunks_deleted,
            "chunks_total": self.chunks_total,
        }


@dataclass
class Scan:
    files: list[Path]
    roots: list[Path]
    skipped: list[SkippedFile]


def scan(paths: Sequence[Path], keys: DocumentKeys | None = None, *, follow_outside: bool = False) -> Scan:
    """Expand files and folders; refuse a missing path before anything is changed. Links to
    files outside `paths` are skipped unless `follow_outside`."""
    keys = keys or DocumentKeys(Path.cwd())
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
                # Loops, dangling links, links out of the folders given and FIFOs are named
                # and skipped before anything resolves or opens them (a loop used to crash
                # the whole run, a FIFO to hang it under the lock).
                why = readers.skip_reason(f, paths, follow_outside=follow_outside)
                if why is None and f.suffix.lower() not in readers.SUPPORTED_SUFFIXES:
                    why = f"unsupported file type '{f.suffix or name}'"
                if why is None:
                    files.append(f)
                else:
                    skipped.append(SkippedFile(path=_key_or_path(keys, f), reason=why))
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]  # type: ignore[func-returns-value]
    return Scan(unique, [p.resolve() for p in paths], skipped)


def _key_or_path(keys: DocumentKeys, f: Path) -> str:
    # A skipped link is named as found: its target is what was refused, and a loop has none.
    if f.is_symlink():
        return str(f)
    return keys.key(f)


class Ingestor:
    """Runs ingests against a store and its manifest (the journal: a file, or a record in a
    Chroma server), which it alone loads and saves. The caller holds the ingest lock and
    passes its `check`, which is called before each write and stops the run if the lock
    (a server lease) was lost."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        chunker: Chunker,
        manifest_path: Path | Journal,
        batch_size: int = 64,
        stream_threshold_bytes: int = 8 << 20,
        keys: DocumentKeys | None = None,
        follow_outside_links: bool = False,
        check: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.follow_outside_links = follow_outside_links
        self.journal: Journal = FileJournal(manifest_path) if isinstance(manifest_path, Path) else manifest_path
        self.check = check or (lambda: None)
        if keys is None:
            # Default: relative to the folder holding the state folder (a project's .hybrid).
            at = Path(self.journal.where).resolve().parent.parent if isinstance(manifest_path, Path) else None
            keys = DocumentKeys(at)
        self.keys = keys
        self.embedder = embedder
        self.chunker = chunker
        self.manifest_path = manifest_path
        self.batch_size = batch_size
        self.stream_threshold_bytes = stream_threshold_bytes
        # Chunks of several files are embedded together: fewer, fuller, length-sorted
        # batches. A file is recorded in the manifest only once all its chunks are written.
        self.pool_size = 4 * batch_size

    def run(
        self,
        paths: Sequence[Path],
        department: str | None = None,
        progress: Progress | None = None,
        on_file: Callable[[str, int], None] | None = None,
    ) -> IngestSummary:
        """Index `paths`; `progress` gets one "ingest" stage, advanced once per file in order."""
        t0 = time.perf_counter()
        found = scan(paths, self.keys, follow_outside=self.follow_outside_links)
        # Loaded under the caller's lock, so it is the journal the last run left.
        run = self._open(IngestSummary(skipped=list(found.skipped)), progress, on_file, hints=found.roots)
        run.manifest.dirty = True
        self._save(run, force=True)
        run.progress.stage("ingest", len(found.files))
        for f in found.files:
            source = self.keys.key(f)
            self._ingest_file(run, f, source, department, _via(f, found.roots))
            run.progress.advance()
            if run.on_file:
                run.on_file(source, run.summary.chunks_added)
            self._save(run)
        self._flush_pool(run)
        self._delete_gone(run, found)
        if run.changed:
            self.store.bump_revision()
        run.manifest.dirty = False
        self._save(run, force=True)
        run.summary.chunks_total = self.store.count()
        run.summary.seconds = round(time.perf_counter() - t0, 3)
        return run.summary

    def _open(
        self,
        summary: IngestSummary,
        progress: Progress | None = None,
        on_file: Callable[[str, int], None] | None = None,
        hints: Sequence[Path] = (),
    ) -> IngestRun:
        """The last run's journal: repaired if that run died, re-keyed if written under other keys."""
        run = IngestRun(self.journal.load(), summary, progress or NoProgress(), on_file)
        if run.manifest.dirty:
            self.check()
            self.repair(run)
        if needs_rekey(run.manifest, self.keys, shared=self.journal.shared):
            self.check()
            done = rekey(run.manifest, self.keys, self.store, hints)
            summary.chunks_deleted += done.chunks_deleted
            if done.renamed or done.merged:
                summary.notes.append(
                    f"re-keyed {done.renamed} document(s) to keys that do not depend on the working directory"
                    + (f"; merged {len(done.merged)} stored twice" if done.merged else "")
                )
            self._save(run, force=True)
        return run

    def forget(self, paths: Sequence[Path]) -> ForgetSummary:
        """Remove the documents at or under `paths` (which need not exist any more): their
        chunks, and their manifest entries; the BM25 index follows the store's revision."""
        run = self._open(IngestSummary(), hints=[p for p in paths if Path(p).exists()])
        targets = [(str(p), Path(p).resolve()) for p in paths]
        done = ForgetSummary(chunks_deleted=run.summary.chunks_deleted)
        hit: set[str] = set()
        for source in run.manifest.files:
            # A path as given (cwd-relative, like any CLI path), or a key as `search` printed it.
            matched = {given for given, real in targets if given == source or self.keys.under(source, [real])}
            if matched:
                hit |= matched
                done.forgotten.append(source)
        done.not_indexed = [given for given, _ in targets if given not in hit]
        if done.forgotten:
            run.manifest.dirty = True  # the journal bit: a crash here is repaired by the next run
            self._save(run, force=True)
            for source in done.forgotten:
                self.check()
                entry = run.manifest.files.pop(source)
                ids = set(entry.chunks) | set(self.store.ids_where({"source": source}))
                self.store.delete(sorted(ids))
                done.chunks_deleted += len(ids)
            self.store.bump_revision()
            run.manifest.dirty = False
            self._save(run, force=True)
        done.chunks_total = self.store.count()
        return done

    def _save(self, run: IngestRun, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - run.saved_at > SAVE_EVERY_S:
            self.check()
            self.journal.save(run.manifest)
            run.saved_at = now

    def _skip(self, run: IngestRun, source: str, reason: str, entry: FileEntry | None) -> None:
        run.summary.skipped.append(SkippedFile(path=source, reason=_kept(reason, entry)))

    def _ingest_file(self, run: IngestRun, path: Path, source: str, department: str | None, via: str = "") -> None:
        entry = run.manifest.files.get(source)
        try:
            info = readers.probe(path)
        except readers.SkipFile as exc:
            return self._skip(run, source, str(exc), entry)
        if entry and entry.sha256 == info.sha256 and (department is None or entry.department == department):
            if entry.via != via:
                entry.via, run.changed = via, True
            run.summary.unchanged.append(source)
            return None
        pending: _Pending | None = None
        try:
            doc = readers.load(path, info, self.stream_threshold_bytes)
            pending = _Pending(source, entry, info, str(department or doc.metadata.get("department", "")), via)
            self._pool_chunks(run, pending, doc)
        except (readers.SkipFile, UnicodeDecodeError) as exc:
            reason = f"cannot decode text: {exc.reason}" if isinstance(exc, UnicodeDecodeError) else str(exc)
            if pending is not None:
                # A stream that fails mid-file may have written some new chunks already:
                # take them out again, so the file's previous chunks stand alone.
                run.pool = [p for p in run.pool if p.file is not pending]
                written = set(pending.ids) - set(entry.chunks if entry else [])
                if written:
                    self.store.delete(sorted(written))
            return self._skip(run, source, reason, entry)
        run.summary.notes.extend(doc.notes)
        if not pending.ids:
            return self._skip(run, source, "no text to index", entry)
        pending.read_all = True
        if pending.waiting == 0:
            self._finish(run, pending)
        return None

    def _pool_chunks(self, run: IngestRun, pending: _Pending, doc: readers.LoadedDocument) -> None:
        """Chunk `doc` block by block into the pool, embedding whenever the pool fills."""
        source = pending.source
        base = {
            "source": source,
            "title": str(doc.metadata.get("title") or Path(source).stem.replace("-", " ").replace("_", " ")),
            "department": pending.department,
            "date": str(doc.metadata.get("date", "")),
            "doc_sha256": pending.info.sha256,
        }
        occurrences: dict[str, int] = {}
        for block in doc.blocks:
            for chunk in self.chunker.split(block.text, block.offset):
                occ = occurrences.get(chunk.content_hash, 0)
                occurrences[chunk.content_hash] = occ + 1
                cid = chunk_id(source, chunk.content_hash, occ)
                pending.ids.append(cid)
                pending.waiting += 1
                run.pool.append(PooledChunk(pending, cid, chunk, base, block.page))
                if len(run.pool) >= self.pool_size:
                    self._flush_pool(run)

    def _flush_pool(self, run: IngestRun) -> None:
        """Embed every pooled chunk in one call (the embedder sorts them by length, so
        batches across files pad far less than per-file batches), then write them."""
        if not run.pool:
            return
        pool, run.pool = run.pool, []
        texts = [p.chunk.text for p in pool]
        vectors = self.embedder.embed_documents(texts)
        self.check()  # embedding is the slow part: the lease may have lapsed meanwhile
        self.store.upsert([p.id for p in pool], vectors, texts, [p.metadata() for p in pool])
        run.summary.chunks_added += len(pool)
        for p in pool:
            p.file.waiting -= 1
        for pending in {id(p.file): p.file for p in pool}.values():
            if pending.read_all and pending.waiting == 0:
                self._finish(run, pending)

    def _finish(self, run: IngestRun, pending: _Pending) -> None:
        """All of a file's chunks are written: drop its stale ones, then record it."""
        source, entry = pending.source, pending.entry
        stale = set(entry.chunks if entry else []) | set(self.store.ids_where({"source": source}))
        stale -= set(pending.ids)
        if stale:
            self.check()
            self.store.delete(sorted(stale))
            run.summary.chunks_deleted += len(stale)
        run.manifest.files[source] = FileEntry(
            sha256=pending.info.sha256,
            size=pending.info.size,
            department=pending.department,
            chunks=pending.ids,
            via=pending.via,
        )
        (run.summary.updated if entry else run.summary.added).append(source)
        run.changed = True

    def _delete_gone(self, run: IngestRun, found: Scan) -> None:
        """Drop files under the given roots that are in the manifest but not on disk, and
        files outside them whose link under them is gone or points elsewhere now."""
        for source, entry in list(run.manifest.files.items()):
            path = self.keys.path(source)
            missing = self.keys.under(source, found.roots) and not path.exists()
            if missing or _link_gone(entry, path, found.roots):
                self.check()
                entry = run.manifest.files.pop(source)
                ids = set(entry.chunks) | set(self.store.ids_where({"source": source}))
                self.store.delete(sorted(ids))
                run.summary.deleted.append(source)
                run.summary.chunks_deleted += len(ids)
                run.changed = True

    def repair(self, run: IngestRun) -> None:
        """Reconcile the store with the manifest after an interrupted run: delete chunks
        the manifest does not list, and forget files whose chunks are incomplete so
        they are re-ingested."""
        manifest, summary = run.manifest, run.summary
        expected = manifest.expected_ids()
        present: set[str] = set()
        orphans: list[str] = []
        for page in self.store.iter_all(include=()):
            for cid in page["ids"]:
                (present.add(cid) if cid in expected else orphans.append(cid))
        if orphans:
            self.store.delete(orphans)
            summary.chunks_deleted += len(orphans)
        for source, entry in list(manifest.files.items()):
            if not set(entry.chunks) <= present:
                gone = [c for c in entry.chunks if c in present]
                self.store.delete(gone)
                del manifest.files[source]
        self.store.bump_revision()
        summary.repaired = True
        summary.notes.append(f"repaired an interrupted ingest: removed {len(orphans)} orphan chunk(s)")


def _via(path: Path, roots: Sequence[Path]) -> str:
    """The link a file outside `roots` was reached through (absolute, unresolved), else ''."""
    real = path.resolve()
    if any(real == r or r in real.parents for r in roots):
        return ""
    return os.path.abspath(path)


def _link_gone(entry: FileEntry, target: Path, roots: Sequence[Path]) -> bool:
    if not entry.via:
        return False
    link = Path(entry.via)
    if not any(link.parent.resolve() == r or r in link.parent.resolve().parents for r in roots):
        return False  # a link under folders this run was not given: not this run's to judge
    return not link.is_symlink() or link.resolve() != target.resolve()


def _kept(reason: str, entry: FileEntry | None) -> str:
    if entry and entry.chunks:
        return f"{reason}; kept its {len(entry.chunks)} previously indexed chunk(s)"
    return reason
