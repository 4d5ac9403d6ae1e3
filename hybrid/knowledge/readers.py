"""Turn files into text with metadata. Markdown and plain text are decoded here (with a
stated encoding fallback and front-matter); HTML goes through BeautifulSoup and PDF
through pypdf, Word .docx through python-docx. Large text files are yielded block by block, never loaded whole."""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".rst"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
# Formats read from their binary container by their own reader: not sniffed or decoded as text.
BINARY_SUFFIXES = PDF_SUFFIXES | DOCX_SUFFIXES
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | BINARY_SUFFIXES
# UTF-8 first; cp1252 covers most legacy Windows text; latin-1 decodes any byte, so
# the chain always ends with a stated result rather than an error.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
BLOCK_CHARS = 1 << 20
SNIFF_BYTES = 8192
# Bytes no text file holds (controls other than tab, newlines, form feed, escape); random or
# compressed data has about 13% of them, text in any encoding well under 1%.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b") + b"\x7f"
MAX_CONTROL_SHARE = 0.05
# Block-level HTML elements: text is kept from every one of them, so none is dropped for
# not being a <p>. Inline elements (span, a, b, ...) join the block around them.
_HTML_BLOCKS = {
    *(f"h{i}" for i in range(1, 7)),
    *("p", "li", "pre", "td", "th", "blockquote", "div", "section", "article", "main", "header", "footer"),
    *("aside", "nav", "figure", "figcaption", "caption", "dd", "dt", "address", "form", "fieldset"),
    *("table", "tr", "ul", "ol", "dl", "body", "html", "details", "summary"),
}


class SkipFile(Exception):
    """The file cannot be indexed; the message is the reason shown to the user."""


@dataclass
class FileProbe:
    """One streamed pass over a file: its hash, its encoding, and whether it is text."""

    sha256: str
    size: int
    encoding: str | None  # None for binary formats read by their own reader


def skip_reason(path: Path, roots: Sequence[Path], *, follow_outside: bool = False) -> str | None:
    """Why `path` (found under one of `roots`) must not be read, or None if it may be.

    Nothing is opened: a symlink loop or a dangling link is named, a link whose target lies
    outside every root is not followed unless `follow_outside`, and anything that is not a
    regular file (a FIFO would block the reader for ever, a device never end) is refused."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop; not followed"
        return f"unreadable: {exc.strerror or exc}" if not path.is_symlink() else "dangling symlink; not followed"
    if path.is_symlink() and not follow_outside:
        target = path.resolve()
        if not any(target == r or r in target.parents for r in (Path(r).resolve() for r in roots)):
            return f"symlink to {target}, outside the folders given; not followed"
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file ({_kind(info.st_mode)}); skipped without opening it"
    return None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a folder" if stat.S_ISDIR(mode) else "not a file"


def _open_regular(path: Path) -> int:
    """A read descriptor for `path`, refused unless it is a regular file. O_NONBLOCK makes
    opening a FIFO return at once instead of waiting for a writer."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SkipFile("symlink loop; not followed") from None
        raise
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise SkipFile(f"not a regular file ({_kind(mode)}); skipped without reading it")
    return fd


def _binary(sample: bytes) -> str | None:
    """Why the first bytes of a text file say it is binary, or None."""
    if b"\x00" in sample:
        return "binary content (NUL bytes) in a text file"
    share = sum(sample.count(b) for b in _CONTROL) / max(len(sample), 1)
    if share > MAX_CONTROL_SHARE:
        return f"binary content ({share:.0%} control bytes in the first {SNIFF_BYTES // 1024} KiB) in a text file"
    return None


def probe(path: Path) -> FileProbe:
    """Hash `path` in one streamed read and check it is indexable text (or PDF/HTML)."""
    suffix = path.suffix.lower()
    h = hashlib.sha256()
    size = 0
    utf8 = codecs.getincrementaldecoder("utf-8-sig")()
    utf8_ok = True
    first = True
    try:
        with os.fdopen(_open_regular(path), "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                if first:
                    first = False
                    why = None if suffix in BINARY_SUFFIXES else _binary(block[:SNIFF_BYTES])
                    if why:
                        raise SkipFile(why)
                h.update(block)
                size += len(block)
                if utf8_ok and suffix not in BINARY_SUFFIXES:
                    try:
                        utf8.decode(block)
                    except UnicodeDecodeError:
                        utf8_ok = False
            if utf8_ok and suffix not in BINARY_SUFFIXES:
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
    if suffix in BINARY_SUFFIXES:
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
    """A piece of a document's text and where it starts in the whole text; a PDF's blocks
    are its pages, so every chunk lies on one page and a citation can name it."""

    text: str
    offset: int
    page: int | None = None


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
    if suffix in DOCX_SUFFIXES:
        return _load_docx(path)
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
    text = "\n\n".join(_html_blocks(soup.body or soup))
    if not text.strip():
        raise SkipFile("HTML has no visible text")
    if "title" not in meta:
        h1 = soup.find("h1")
        if h1:
            meta["title"] = h1.get_text(" ", strip=True)
    return LoadedDocument(iter([TextBlock(text, 0)]), meta, [])


def _html_blocks(root: Any) -> list[str]:
    """The visible text under `root`, one part per run of text in the same block element,
    in document order; headings kept as Markdown so the structure-aware splitter sees the
    sections, list items as "- " lines."""
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    hidden = (Comment, Declaration, Doctype, ProcessingInstruction)
    parts: list[str] = []
    block: Any = None
    words: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(words).split())
        words.clear()
        if not text:
            return
        name = getattr(block, "name", "") or ""
        if len(name) == 2 and name[0] == "h" and name[1].isdigit():
            text = "#" * int(name[1]) + " " + text
        elif name == "li":
            text = "- " + text
        parts.append(text)

    for node in root.find_all(string=True):
        if isinstance(node, hidden) or node.find_parent(["head", "title"]) is not None:
            continue
        owner = next((p for p in node.parents if p.name in _HTML_BLOCKS), None)
        if owner is not block:
            flush()
            block = owner
        words.append(str(node))
    flush()
    return parts


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
        for number, page in enumerate(pages, 1):
            yield TextBlock(page, offset, number)
            offset += len(page) + 2  # pages are separated by a blank line

    return LoadedDocument(blocks(), meta, [])


_DOCX_HEADING = re.compile(r"^(?:heading|title)\s*(\d?)$", re.IGNORECASE)


def _load_docx(path: Path) -> LoadedDocument:
    """A Word document's paragraphs and table cells, in order; headings (the built-in
    "Heading N" and "Title" styles) kept as Markdown so sections split where Word's do."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SkipFile(f"unreadable .docx: {exc}") from None
    parts: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells]
                if any(cells):
                    parts.append(" | ".join(cells))
            continue
        text = " ".join(block.text.split())
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        heading = _DOCX_HEADING.match(style)
        if heading:
            text = "#" * int(heading.group(1) or 1) + " " + text
        elif style.lower().startswith("list"):
            text = "- " + text
        parts.append(text)
    if not parts:
        raise SkipFile(".docx has no text")
    meta: dict[str, Any] = {}
    title = (document.core_properties.title or "").strip()
    first_heading = next((p[2:] for p in parts if p.startswith("# ")), None)
    if title or first_heading:
        meta["title"] = title or first_heading
    return LoadedDocument(iter([TextBlock("\n\n".join(parts), 0)]), meta, [])
