"""Document identity: the key a file is stored, cited and deleted under.

A key is the file's real path relative to the project root when it lies under the root,
else its absolute real path; it never depends on the working directory, so a run from any
folder names each file the same way, and one file has one key. The manifest records the
root its keys are relative to; a manifest written under another root, or by the old
cwd-relative scheme (manifest version 1), is re-keyed in place: manifest keys and the
chunks' `source` metadata are rewritten, nothing is re-embedded, and two old keys for
one file collapse into one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hybrid.knowledge.manifest import MANIFEST_VERSION, FileEntry, Manifest
from hybrid.knowledge.store import ChromaStore


class DocumentKeys:
    """Keys relative to `root` (None: every key is an absolute real path)."""

    def __init__(self, root: Path | None) -> None:
        self.root = Path(root).resolve() if root is not None else None

    @property
    def tag(self) -> str:
        """What the manifest records as its root."""
        return self.root.as_posix() if self.root is not None else ""

    def key(self, path: Path) -> str:
        real = Path(path).resolve()
        if self.root is not None:
            try:
                return real.relative_to(self.root).as_posix()
            except ValueError:
                pass
        return real.as_posix()

    def path(self, key: str) -> Path:
        """The file a key names (the inverse of `key`, wherever the command runs)."""
        p = Path(key)
        if p.is_absolute():
            return p
        return (self.root / p) if self.root is not None else p.resolve()

    def under(self, key: str, roots: Sequence[Path]) -> bool:
        path = self.path(key)
        return any(path == r or r in path.parents for r in roots)


@dataclass
class Rekeyed:
    """What a migration changed."""

    renamed: int = 0
    merged: list[str] = field(default_factory=list)  # old keys dropped as duplicates of a file's other key
    chunks_deleted: int = 0


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _old_location(key: str, entry: FileEntry, manifest: Manifest, keys: DocumentKeys, hints: Sequence[Path]) -> Path:
    """Where an old key's file is. Version-1 keys were relative to a working directory no
    one recorded: among the project root, the current folder and the folders this run was
    given, the file with the indexed content, else the first that exists."""
    p = Path(key)
    if p.is_absolute():
        return p.resolve()
    if manifest.version >= MANIFEST_VERSION:
        return (Path(manifest.root) / p).resolve() if manifest.root else p.resolve()
    bases = [c for c in (keys.root, Path.cwd(), *hints) if c is not None]
    found = [c / p for c in dict.fromkeys(bases) if (c / p).is_file()]
    same = next((f for f in found if _sha256(f) == entry.sha256), None)
    return (same or (found[0] if found else bases[0] / p)).resolve()


def needs_rekey(manifest: Manifest, keys: DocumentKeys, shared: bool = False) -> bool:
    """A manifest in an old format, or (unless `shared`: a journal in a Chroma server, which
    writers with other project roots read too) recorded under another root."""
    return manifest.version < MANIFEST_VERSION or (not shared and manifest.root != keys.tag)


def rekey(manifest: Manifest, keys: DocumentKeys, store: ChromaStore, hints: Sequence[Path] = ()) -> Rekeyed:
    """Re-key `manifest` (and its chunks' `source`) for `keys`, in place; `hints` are folders
    old relative keys may be relative to. Run under the ingest lock."""
    folders = [h if h.is_dir() else h.parent for h in (Path(x).resolve() for x in hints)]
    done = Rekeyed()
    files: dict[str, FileEntry] = {}
    for old, entry in manifest.files.items():
        new = keys.key(_old_location(old, entry, manifest, keys, folders))
        if new in files:
            # The same file under two keys (the old cwd bug): keep one, drop the other's chunks.
            kept = set(files[new].chunks)
            extra = [c for c in entry.chunks if c not in kept]
            store.delete(extra)
            done.merged.append(old)
            done.chunks_deleted += len(extra)
            continue
        files[new] = entry
        if new != old:
            store.set_source(entry.chunks, new)
            done.renamed += 1
    manifest.files = files
    manifest.version = MANIFEST_VERSION
    manifest.root = keys.tag
    if done.renamed or done.merged:
        store.bump_revision()
    return done
