"""Where `/v1/ingest` keeps the documents it is sent: a folder under the state dir that
no client-chosen path can leave."""

from __future__ import annotations

import unicodedata
from pathlib import Path, PurePosixPath

from hybrid.knowledge.readers import HTML_SUFFIXES, TEXT_SUFFIXES

SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
# A file system takes 255 bytes per name, and the atomic write's temp name adds to it.
MAX_PART_BYTES = 200
# Characters that could forge the prompt's <source file="..."> delimiter.
DELIMITERS = set('<>"|')
# Control, format (zero-width, bidi overrides) and line/paragraph separators: a name that
# looks like another, or reads differently than it sorts.
INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}


class UnsafePath(ValueError):
    """A document path that is absolute, climbs out, is hidden, or is not a text type."""


def inbox_path(inbox: Path, name: str) -> Path:
    """`inbox/name`, after checking `name` stays inside `inbox` and names a text file."""
    if "\\" in name or any(unicodedata.category(c) in INVISIBLE for c in name):
        raise UnsafePath(f"path {name!r} has a backslash or a control or invisible character; use '/' between folders")
    if DELIMITERS & set(name):
        raise UnsafePath(f"path {name!r} has one of {' '.join(sorted(DELIMITERS))}; name documents without them")
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise UnsafePath(f"path {name!r} has a lone surrogate; send it as valid Unicode") from None
    name = unicodedata.normalize("NFC", name)
    pure = PurePosixPath(name)
    long = [part for part in pure.parts if len(part.encode("utf-8")) > MAX_PART_BYTES]
    if long:
        raise UnsafePath(f"path {name!r} has a part over {MAX_PART_BYTES} bytes of UTF-8; shorten it")
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
