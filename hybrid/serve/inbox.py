"""Where `/v1/ingest` keeps the documents it is sent: a folder under the state dir that
no client-chosen path can leave."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from hybrid.knowledge.readers import HTML_SUFFIXES, TEXT_SUFFIXES

SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


class UnsafePath(ValueError):
    """A document path that is absolute, climbs out, is hidden, or is not a text type."""


def inbox_path(inbox: Path, name: str) -> Path:
    """`inbox/name`, after checking `name` stays inside `inbox` and names a text file."""
    if "\\" in name or "\x00" in name or any(ord(c) < 32 for c in name):
        raise UnsafePath(f"path {name!r} has a backslash or control character; use '/' between folders")
    pure = PurePosixPath(name)
    if pure.is_absolute() or ":" in pure.parts[0]:
        raise UnsafePath(f"path {name!r} is absolute; give it relative to the inbox, e.g. 'pricing/atlas.md'")
    if any(part in ("..", ".") or part.startswith(".") for part in pure.parts):
        raise UnsafePath(f"path {name!r} has a '..', '.' or hidden part; it must stay inside the inbox")
    if pure.suffix.lower() not in SUFFIXES:
        raise UnsafePath(f"path {name!r} must end in one of {', '.join(sorted(SUFFIXES))}")
    root = inbox.resolve()
    target = (root / pure).resolve()
    if root not in target.parents:  # a symlink inside the inbox could still point out
        raise UnsafePath(f"path {name!r} resolves outside the inbox")
    return target
