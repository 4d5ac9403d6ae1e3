"""Structure-aware chunking: split on Markdown headings first, then on sentences to fit
the embedder's window. Every chunk keeps exact character offsets into the source text,
so a citation can quote the source verbatim."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    text: str
    start_char: int
    end_char: int
    heading: str

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class _TokenCounter:
    """Adapts `count_tokens` to the `tokenizer` callable SentenceSplitter expects: it only
    ever takes len() of the result."""

    def __init__(self, count_tokens: Callable[[str], int]) -> None:
        self._count = count_tokens

    def __call__(self, text: str) -> range:
        return range(self._count(text))


class Chunker:
    """Splits text into heading-aware chunks of at most `chunk_size` tokens."""

    def __init__(self, count_tokens: Callable[[str], int], chunk_size: int, chunk_overlap: int) -> None:
        # Imported here: llama-index takes ~1.6 s to import, and `hybrid search` never chunks.
        from llama_index.core.node_parser import MarkdownNodeParser, SentenceSplitter

        self._sections = MarkdownNodeParser(include_metadata=True, include_prev_next_rel=False)
        self._splitter = SentenceSplitter(
            chunk_size=chunk_size,
            chunk_overlap=chunk_overlap,
            tokenizer=_TokenCounter(count_tokens),
            include_metadata=False,
            include_prev_next_rel=False,
        )

    def split(self, text: str, offset: int = 0) -> list[Chunk]:
        """Chunk `text`; offsets are relative to `text` plus `offset`."""
        if not text.strip():
            return []
        from llama_index.core import Document

        chunks: list[Chunk] = []
        section_cursor = 0
        for section in self._sections.get_nodes_from_documents([Document(text=text)]):
            body = section.get_content()
            lines = body.strip().split("\n", 1)
            if not body.strip() or (lines[0].startswith("#") and (len(lines) == 1 or not lines[1].strip())):
                # A heading with no text of its own (e.g. an H1 straight before an H2) is
                # not worth a chunk; it lives on in the next section's heading path.
                continue
            heading = str(section.metadata.get("header_path", "")).strip("/")
            title_line = body.lstrip().split("\n", 1)[0]
            if title_line.startswith("#"):
                heading = "/".join(p for p in (heading, title_line.lstrip("#").strip()) if p)
            sec_start = _locate(text, body, section_cursor)
            if sec_start is not None:
                section_cursor = sec_start
            cursor = sec_start or 0
            for piece in self._splitter.split_text(body):
                start = _locate(text, piece, cursor)
                if start is None:
                    # The splitter normalised whitespace; fall back to the first line
                    # so the offset still points at the right place in the source.
                    first = piece.strip().split("\n", 1)[0]
                    start = _locate(text, first, cursor)
                    if start is None:
                        continue
                    piece_text = text[start : start + len(piece)]
                else:
                    piece_text = piece
                end = start + len(piece_text)
                chunks.append(Chunk(piece_text, start + offset, end + offset, heading))
                cursor = start + 1
        return chunks


def _locate(haystack: str, needle: str, start: int) -> int | None:
    idx = haystack.find(needle, start)
    if idx < 0:
        idx = haystack.find(needle)
    return idx if idx >= 0 else None
