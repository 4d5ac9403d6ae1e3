"""Cut documents into sections of a trainable length at their headings.

A section is the text under one heading (with the headings above it as its path). Long
sections are cut at paragraph breaks into parts of at most `MAX_WORDS`; very short ones
and boilerplate (link lists, tables of contents, templating left in the source) are
skipped, and every skip is counted by reason so the report says what was left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from hybrid.style.fromdocs.documents import Document

# Under ~20 words a section is a label or a link, not a sample of how a team writes.
MIN_WORDS = 20
# ~200 words is ~300 tokens of response: with the context passages it stays under the
# training window (TrainConfig.max_length = 1024) and keeps a CPU step short.
MAX_WORDS = 200

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TEMPLATING = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BOILERPLATE_TITLES = re.compile(
    r"^(table of contents|contents|toc|see also|related( articles| links)?|further reading|references|"
    r"links|navigation|footnotes|changelog|revision history)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Section:
    """One trainable section: where it came from and its text (Markdown kept, links as text)."""

    document: str  # the document's path in the folder
    title: str  # the document's title
    headings: tuple[str, ...]  # the heading path down to this section; () for the text before any
    text: str
    part: int = 1  # which cut of a long section (1-based)

    @property
    def heading(self) -> str:
        return self.headings[-1] if self.headings else self.title

    @property
    def key(self) -> str:
        return f"{self.document}#{'/'.join(self.headings)}#{self.part}"


@dataclass
class Sections:
    kept: list[Section]
    skipped: Counter[str] = field(default_factory=Counter)


def clean(text: str) -> str:
    """Markdown as a reader sees it: links as their text, templating and HTML tags removed."""
    text = _TEMPLATING.sub("", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _HTML_TAG.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _raw_sections(text: str) -> list[tuple[tuple[str, ...], str]]:
    out: list[tuple[tuple[str, ...], str]] = []
    path: list[tuple[int, str]] = []
    body: list[str] = []
    in_code = False

    def flush() -> None:
        out.append((tuple(h for _, h in path), "\n".join(body).strip()))
        body.clear()

    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
        m = None if in_code else _HEADING.match(line)
        if m is None:
            body.append(line)
            continue
        flush()
        level = len(m.group(1))
        path = [(lv, h) for lv, h in path if lv < level] + [(level, clean(m.group(2)))]
    flush()
    return out


def boilerplate(heading: str, text: str) -> str | None:
    """Why a section is boilerplate rather than writing, or None."""
    if _BOILERPLATE_TITLES.match(heading.strip(" :")):
        return "boilerplate heading"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    prose = [ln for ln in lines if len(_WORD.findall(ln)) >= 8 and not ln.lstrip().startswith("|")]
    if lines and not prose:
        return "no prose (lists of links, tables or labels)"
    return None


def _parts(text: str) -> list[str]:
    """`text` cut at paragraph breaks into parts of at most MAX_WORDS; a longer paragraph is
    cut at sentence ends (a single longer sentence stays whole)."""
    parts: list[str] = []
    current: list[str] = []
    count = 0
    for para in _pieces(text):
        if not para:
            continue
        n = len(_WORD.findall(para))
        if current and count + n > MAX_WORDS:
            parts.append("\n\n".join(current))
            current, count = [], 0
        current.append(para)
        count += n
    if current:
        parts.append("\n\n".join(current))
    return parts


def _pieces(text: str) -> list[str]:
    from hybrid.text import sentences

    out: list[str] = []
    for para in (p.strip() for p in re.split(r"\n\s*\n", text)):
        if len(_WORD.findall(para)) <= MAX_WORDS:
            out.append(para)
            continue
        chunk: list[str] = []
        for sentence in sentences(para, source=True):
            if chunk and len(_WORD.findall(" ".join([*chunk, sentence]))) > MAX_WORDS:
                out.append(" ".join(chunk))
                chunk = []
            chunk.append(sentence)
        out.append(" ".join(chunk))
    return [p for p in out if p]


def split_sections(doc: Document) -> Sections:
    """The trainable sections of one document, and what was skipped, by reason."""
    result = Sections([])
    for headings, raw in _raw_sections(doc.text):
        text = clean(raw)
        if not text:
            continue  # a heading directly above another: nothing to learn or count
        if len(_WORD.findall(text)) < MIN_WORDS:
            result.skipped[f"shorter than {MIN_WORDS} words"] += 1
            continue
        why = boilerplate(headings[-1] if headings else doc.title, text)
        if why:
            result.skipped[why] += 1
            continue
        for n, part in enumerate(_parts(text), 1):
            if len(_WORD.findall(part)) < MIN_WORDS:
                result.skipped[f"shorter than {MIN_WORDS} words"] += 1
                continue
            result.kept.append(Section(doc.path, doc.title, headings, part, n))
    return result
