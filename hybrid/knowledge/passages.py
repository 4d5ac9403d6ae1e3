"""A `Passage` from a chunk's stored metadata: one mapping for our store and for any
retriever bridged in (LlamaIndex nodes), so a citation reads the same fields everywhere."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from hybrid.types import Passage


def page_number(value: Any) -> int | None:
    """A page as metadata holds it (our int; LlamaIndex's PDF reader's `page_label` string),
    or None where it is absent or not a page number (a label such as 'iv')."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value if value >= 1 else None
    text = str(value).strip()
    return int(text) if text.isdigit() and int(text) >= 1 else None


# Passage field, how to read it from metadata, and its value when the metadata lacks it.
_FROM_METADATA: tuple[tuple[str, Callable[[Any], Any], Any], ...] = (
    ("source", str, ""),
    ("title", str, ""),
    ("heading", str, ""),
    ("department", str, ""),
    ("start_char", int, 0),
    ("end_char", int, 0),
    ("content_hash", str, ""),
    ("page", page_number, None),
)


def passage_from_metadata(cid: str, text: str, metadata: Mapping[str, Any], score: float, **fields: Any) -> Passage:
    """The passage chunk `cid` makes; `fields` (scores, ranks, or provenance the metadata
    lacks) take the place of what the metadata says."""
    read = {name: kind(metadata.get(name, default)) for name, kind, default in _FROM_METADATA if name not in fields}
    return Passage(id=cid, text=text, score=float(score), **read, **fields)
