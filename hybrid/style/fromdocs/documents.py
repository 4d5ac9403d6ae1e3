"""Read a folder of a department's documents through the ingest readers.

Every supported file (Markdown, text, HTML, PDF, .docx) is read with
`hybrid.knowledge.readers`, the same code `hybrid ingest` uses, so a document reads the
same whether it is a fact source or a voice sample. Files that cannot be read are listed
with the reason, not fatal; a folder with nothing readable is.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from hybrid.knowledge import readers
from hybrid.style.corpus import CorpusError

# Larger than any document worth learning a voice from, so every file is read whole.
_NO_STREAMING = 1 << 40


class DocsError(CorpusError):
    """A documents folder cannot become a voice; the message names the folder or file."""


@dataclass(frozen=True)
class Document:
    """One readable document: its path relative to the folder, title, text and sha256."""

    path: str
    title: str
    text: str
    sha256: str


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class Folder:
    root: Path
    documents: list[Document]
    skipped: list[Skipped]
    fingerprints: dict[str, str]  # every file that could be hashed, read or not: what `changes` compares


def candidate_files(root: Path) -> tuple[list[Path], list[Skipped]]:
    """Every file under `root` in a fixed order; unsupported and unsafe ones as skipped."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            f = Path(dirpath) / name
            why = readers.skip_reason(f, [root])
            if why is None and f.suffix.lower() not in readers.SUPPORTED_SUFFIXES:
                why = f"unsupported file type '{f.suffix or name}'"
            if why is None:
                files.append(f)
            else:
                skipped.append(Skipped(f.relative_to(root).as_posix(), why))
    return files, skipped


def read_document(root: Path, path: Path, info: readers.FileProbe | None = None) -> Document:
    """One file as a `Document`; raises `readers.SkipFile` with the reason if it cannot be read."""
    info = info or readers.probe(path)
    try:
        loaded = readers.load(path, info, _NO_STREAMING)
        text = "".join(block.text for block in loaded.blocks)
    except UnicodeDecodeError as exc:
        raise readers.SkipFile(f"cannot be decoded: {exc}") from None
    rel = path.relative_to(root).as_posix()
    title = str(loaded.metadata.get("title") or _first_heading(text) or path.stem.replace("-", " ").replace("_", " "))
    return Document(rel, title.strip(), text, info.sha256)


def _first_heading(text: str) -> str | None:
    # The readers take a title only from a level-1 heading; an FAQ file often starts at ###.
    m = re.search(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.MULTILINE)
    return m.group(1) if m else None


def read_folder(root: Path) -> Folder:
    """Every readable document under `root`; refuses a folder with none."""
    root = Path(root)
    if not root.is_dir():
        raise DocsError(f"documents folder {root} does not exist (or is not a folder)")
    files, skipped = candidate_files(root)
    documents = []
    hashes: dict[str, str] = {}
    for f in files:
        rel = f.relative_to(root).as_posix()
        try:
            info = readers.probe(f)
            hashes[rel] = info.sha256
            documents.append(read_document(root, f, info))
        except readers.SkipFile as exc:
            skipped.append(Skipped(rel, str(exc)))
    if not documents:
        listed = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
        raise DocsError(
            f"{root} has no readable document (Markdown, text, HTML, PDF or .docx)"
            + (f"; skipped {len(skipped)}: {listed}" if skipped else "; the folder is empty")
        )
    return Folder(root, documents, skipped, hashes)


def fingerprints(root: Path) -> dict[str, str]:
    """sha256 of every supported file under `root` now, without parsing them: what
    `hybrid adapters check` compares with the manifest's record."""
    files, _ = candidate_files(Path(root))
    out = {}
    for f in files:
        try:
            out[f.relative_to(root).as_posix()] = readers.probe(f).sha256
        except readers.SkipFile:
            continue
    return out


def changes(recorded: dict[str, str], now: dict[str, str]) -> dict[str, list[str]]:
    """What differs between a manifest's fingerprints and the folder's: added, removed, changed."""
    return {
        "added": sorted(set(now) - set(recorded)),
        "removed": sorted(set(recorded) - set(now)),
        "changed": sorted(p for p in set(now) & set(recorded) if now[p] != recorded[p]),
    }
