"""Turn files into text with metadata. Markdown and plain text are decoded here (with a
stated encoding fallback and front-matter); HTML goes through BeautifulSoup and PDF
through pypdf. Large text files are yielded block by block, never loaded whole."""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".rst"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
# UTF-8 first; cp1252 covers most legacy Windows text; latin-1 decodes any byte, so
# the chain always ends with a stated result rather than an error.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
BLOCK_CHARS = 1 << 20


class SkipFile(Exception):
    """The file cannot be indexed; the message is the reason shown to the user."""


@dataclass
class FileProbe:
    """One streamed pass over a file: its hash, its encoding, and whether it is text."""

    sha256: str
    size: int
    encoding: str | None  # None for binary formats read by their own reader


def probe(path: Path) -> FileProbe:
    """Hash `path` in one streamed read and check it is indexable text (or PDF/HTML)."""
    suffix = path.suffix.lower()
    h = hashlib.sha256()
    size = 0
    utf8 = codecs.getincrementaldecoder("utf-8-sig")()
    utf8_ok = True
    first = True
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                if first:
                    first = False
                    if suffix not in PDF_SUFFIXES and b"\x00" in block[:8192]:
                        raise SkipFile("binary content (NUL bytes) in a text file")
                h.update(block)
                size += len(block)
                if utf8_ok and suffix not in PDF_SUFFIXES:
                    try:
                        utf8.decode(block)
                    except UnicodeDecodeError:
                        utf8_ok = False
            if utf8_ok and suffix not in PDF_SUFFIXES:
                try:
                    utf8.decode(b"", final=True)
                except UnicodeDecodeError:
                    utf8_ok = False
    except PermissionError:
        raise SkipFile("unreadable: permission denied") from None
    except OSError as exc:
        raise SkipFile(f"unreadable: {exc.strerror or exc}") from None
    if size == 0:
        raise SkipFile("empty file")
    if suffix in PDF_SUFFIXES:
        return FileProbe(h.hexdigest(), size, None)
    return FileProbe(h.hexdigest(), size, "utf-8-sig" if utf8_ok else _fallback(path))


def _fallback(path: Path) -> str:
    with path.open("rb") as fh:
        sample = fh.read(1 << 20)
    for enc in FALLBACK_ENCODINGS:
        try:
            sample.decode(enc)
            return enc
        except UnicodeDecodeError:
            continue
    return FALLBACK_ENCODINGS[-1]


@dataclass
class TextBlock:
    """A piece of a document's text and where it starts in the whole text."""

    text: str
    offset: int


@dataclass
class LoadedDocument:
    """A document's text, as blocks, and its metadata."""

    blocks: Iterator[TextBlock]
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def load(path: Path, info: FileProbe, stream_threshold_bytes: int) -> LoadedDocument:
    """Read `path` into text blocks. Raises SkipFile with a reason if it cannot."""
    suffix = path.suffix.lower()
    notes = []
    if info.encoding and info.encoding != "utf-8-sig":
        notes.append(f"{path}: not valid UTF-8; decoded as {info.encoding}")
    if suffix in PDF_SUFFIXES:
        return _load_pdf(path)
    if suffix in HTML_SUFFIXES:
        doc = _load_html(path, info.encoding or "utf-8")
        doc.notes[:0] = notes
        return doc
    if info.size > stream_threshold_bytes:
        notes.append(f"{path}: {info.size / 2**20:.1f} MiB, streamed in blocks")
        return LoadedDocument(_stream_blocks(path, info.encoding or "utf-8"), {}, notes)
    text = path.read_text(encoding=info.encoding or "utf-8", errors="strict")
    meta: dict[str, Any] = {}
    body_offset = 0
    if suffix in {".md", ".markdown"}:
        meta, body_offset, fm_note = _front_matter(text)
        if fm_note:
            notes.append(f"{path}: {fm_note}")
        if "title" not in meta:
            heading = next((ln for ln in text[body_offset:].splitlines() if ln.startswith("# ")), "")
            if heading:
                meta["title"] = heading[2:].strip()
    if not text[body_offset:].strip():
        raise SkipFile("empty file (no text after front-matter)")
    return LoadedDocument(iter([TextBlock(text[body_offset:], body_offset)]), meta, notes)


def _front_matter(text: str) -> tuple[dict[str, Any], int, str | None]:
    if not text.startswith("---"):
        return {}, 0, None
    end = text.find("\n---", 3)
    if end < 0:
        return {}, 0, "front-matter has no closing '---'; indexed as plain text"
    close = text.find("\n", end + 4)
    body_offset = len(text) if close < 0 else close + 1
    try:
        data = yaml.safe_load(text[3:end])
    except yaml.YAMLError as exc:
        return {}, 0, f"front-matter is not valid YAML ({exc.__class__.__name__}); indexed as plain text"
    if not isinstance(data, dict):
        return {}, 0, "front-matter is not a mapping; indexed as plain text"
    meta = {str(k): str(v) for k, v in data.items() if isinstance(v, (str, int, float)) or hasattr(v, "isoformat")}
    return meta, body_offset, None


def _stream_blocks(path: Path, encoding: str) -> Iterator[TextBlock]:
    """Yield ~1 MiB text blocks cut at paragraph (or line) boundaries."""
    offset = 0
    carry = ""
    with path.open("r", encoding=encoding, errors="strict", newline="") as fh:
        while True:
            data = fh.read(BLOCK_CHARS)
            buf = carry + data
            if not data:
                if buf.strip():
                    yield TextBlock(buf, offset)
                return
            cut = buf.rfind("\n\n", 0, len(buf))
            if cut < len(buf) // 2:
                cut = buf.rfind("\n", 0, len(buf))
            if cut < len(buf) // 2:
                cut = len(buf)
            block, carry = buf[:cut], buf[cut:]
            if block.strip():
                yield TextBlock(block, offset)
            offset += len(block)


def _load_html(path: Path, encoding: str) -> LoadedDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_text(encoding=encoding, errors="replace"), "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    meta: dict[str, Any] = {}
    if soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    # Keep headings as Markdown so the structure-aware splitter sees the sections.
    parts: list[str] = []
    body = soup.body or soup
    for el in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "td", "blockquote"]):
        if el.find_parent(["p", "li", "td", "blockquote"]) is not None and el.name in ("p", "li"):
            continue
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        if el.name.startswith("h"):
            parts.append("#" * int(el.name[1]) + " " + text)
        elif el.name == "li":
            parts.append("- " + text)
        else:
            parts.append(text)
    text = "\n\n".join(parts)
    if not text.strip():
        raise SkipFile("HTML has no visible text")
    if "title" not in meta:
        h1 = soup.find("h1")
        if h1:
            meta["title"] = h1.get_text(" ", strip=True)
    return LoadedDocument(iter([TextBlock(text, 0)]), meta, [])


def _load_pdf(path: Path) -> LoadedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [(page.extract_text() or "") for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise SkipFile(f"unreadable PDF: {exc}") from None
    if not any(p.strip() for p in pages):
        raise SkipFile("PDF has no extractable text (scanned images need OCR first)")
    meta: dict[str, Any] = {}
    try:
        if reader.metadata and reader.metadata.title:
            meta["title"] = str(reader.metadata.title)
    except Exception:
        pass

    def blocks() -> Iterator[TextBlock]:
        offset = 0
        for page in pages:
            yield TextBlock(page, offset)
            offset += len(page) + 2  # pages are separated by a blank line

    return LoadedDocument(blocks(), meta, [])
