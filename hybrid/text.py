"""Text primitives every layer shares: sentences with offsets, and the `[n]` marker.

Sentence splitting uses NLTK's Punkt model, which ships inside llama-index-core, rather
than a regex: a regex ends a sentence at "Dr." or "Inc.", Punkt knows abbreviations. A
line break always ends a sentence in model output (list items, paragraphs); in a source
only a blank line, a heading, a list item or a table row does, since wrapped Markdown
breaks lines mid-sentence, and a fenced code block is one piece, fences included.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# [1], [1, 2], [1][2], [1-3]
MARKER = re.compile(r"\s?\[(\d+(?:\s*[,\-–]\s*\d+)*)\]")
WORD = re.compile(r"[a-z0-9$%]+")
# Abbreviations Punkt's English model does not know, common in business writing.
_ABBREVIATIONS = {"e.g", "i.e", "inc", "dr", "ltd", "co", "corp", "etc", "vs", "approx", "no", "mr", "mrs", "ms", "st"}
# A source line that starts a block of its own: blank, a heading, a list item, a table row.
_BLOCK_START = re.compile(r"\s*$|\s*#|\s*[|*\-+]\s|\s*\d+[.)]\s")


@functools.cache
def _punkt() -> Any:
    import importlib.util
    import os

    import nltk.data
    from nltk.tokenize.punkt import PunktTokenizer

    # Found without importing llama_index.core, which costs seconds.
    spec = importlib.util.find_spec("llama_index.core")
    if spec is not None and spec.submodule_search_locations:
        cache = os.path.join(spec.submodule_search_locations[0], "_static", "nltk_cache")
        if cache not in nltk.data.path:
            nltk.data.path.append(cache)
    tokenizer = PunktTokenizer("english")
    tokenizer._params.abbrev_types.update(_ABBREVIATIONS)
    return tokenizer


def is_fence(line: str) -> bool:
    """A line that opens or closes a fenced code block (three backticks or tildes)."""
    return line.lstrip().startswith(("```", "~~~"))


def is_code_block(text: str) -> bool:
    return is_fence(text.split("\n", 1)[0])


def has_fence(text: str) -> bool:
    return any(is_fence(line) for line in text.split("\n"))


def is_whole_code_block(text: str) -> bool:
    """A fenced code block with both its fences: not one a chunk boundary cut."""
    lines = text.strip("\n").split("\n")
    return len(lines) >= 2 and is_fence(lines[0]) and is_fence(lines[-1])


def _starts_inside_code(lines: list[str]) -> bool:
    """Whether a chunk begins inside a code block: its fences are odd in number and the
    first one closes a block. A closing fence is bare and follows a line of code; an opening
    one follows a blank line or a lead-in ("... use wget:"). Read on uv's docs, a chunk that
    began in a YAML block was read with every fence's meaning swapped."""
    fences = [i for i, line in enumerate(lines) if is_fence(line)]
    if len(fences) % 2 == 0:
        return False
    first = fences[0]
    above = lines[first - 1].strip() if first else ""
    return lines[first].strip() in ("```", "~~~") and bool(above) and not above.endswith(":")


def _blocks(text: str, source: bool) -> list[tuple[int, int]]:
    """Spans of the text that a sentence may not cross."""
    spans: list[tuple[int, int]] = []
    start = pos = 0
    lines = text.split("\n")
    # Inside a fenced code block, which is one block however it is punctuated.
    fenced = source and _starts_inside_code(lines)
    for i, line in enumerate(lines):
        end = pos + len(line)
        last = i == len(lines) - 1
        if source and is_fence(line):
            if not fenced and start < pos:
                spans.append((start, pos - 1))  # what ran up to the fence ends there
                start = pos
            fenced = not fenced
            if fenced and not last:
                pos = end + 1
                continue
            if not fenced:  # the closing fence ends the block
                spans.append((start, end))
                start = pos = end + 1
                continue
        elif source and fenced and not last:
            pos = end + 1
            continue
        # A heading is a block alone; otherwise a block runs until a line that starts one.
        ends = last or not source or line.lstrip().startswith("#")
        if ends or is_fence(lines[i + 1]) or _BLOCK_START.match(lines[i + 1]):
            spans.append((start, end))
            start = end + 1
        pos = end + 1
    return spans


def sentence_spans(text: str, *, source: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, stripped of surrounding white space.

    `source=True` reads `text` as a document (wrapped lines join up); otherwise every
    line break ends a sentence, as in model output."""
    punkt = _punkt()
    out: list[tuple[int, int]] = []
    for start, end in _blocks(text, source):
        block = text[start:end]
        if not block.strip():
            continue
        if block.lstrip().startswith("#") or (source and has_fence(block)):
            lead = len(block) - len(block.lstrip())
            out.append((start + lead, start + len(block.rstrip())))
            continue
        for a, b in punkt.span_tokenize(block):
            piece = block[a:b]
            if piece.strip():
                a += len(piece) - len(piece.lstrip())
                out.append((start + a, start + a + len(piece.strip())))
    return out


def sentences(text: str, *, source: bool = False) -> list[str]:
    """The sentences of `text`; see `sentence_spans`."""
    return [text[a:b] for a, b in sentence_spans(text, source=source)]


def sentence_at(text: str, pos: int) -> str:
    """The sentence of model output `text` that holds offset `pos` ("" if none)."""
    for a, b in sentence_spans(text):
        if a <= pos <= b:
            return text[a:b]
    return ""


def normalise(text: str) -> str:
    """Lower case, one space, straight apostrophes: how a fact is looked for in a text."""
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def strip_markers(text: str) -> str:
    """`text` without its `[n]` citation markers."""
    return MARKER.sub("", text)


def words(text: str) -> set[str]:
    """Lower-case word tokens, numbers and $/% kept, for overlap scores."""
    return set(WORD.findall(text.lower()))


# A Markdown table's rule line, "|---|:--:|", which makes the line above it the header.
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


# A word of the repetition figure: "4.2.0", "HC-2", "1,079" and "mm/s" are one each. Split
# at their dots and dashes, a draft about the HC-2 that named "Helix 4.2.0" twice counted
# four repeated 3-grams for it, and an engineering draft scored 0.146 for naming its subject.
_NGRAM_TOKEN = re.compile(r"\w+(?:[.,:/'’-]\w+)*|[^\w\s]")


def repeated_ngram_share(text: str, n: int = 3) -> float:
    """Share of the word n-grams of `text` that already occurred earlier in it: 0 for
    text that never repeats itself, near 1 for a loop. A Markdown table's bars and rule
    line are layout, not words: counted, a four-column rule alone repeats a dozen 3-grams.
    An n-gram stays inside one table cell, as a phrase does."""
    text = "\n".join(line for line in strip_markers(text).split("\n") if not TABLE_RULE.match(line))
    grams: list[tuple[str, ...]] = []
    for phrase in re.split(r"[|\n]", text.lower()):
        tokens = _NGRAM_TOKEN.findall(phrase)
        grams += [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    if not grams:
        return 0.0
    seen: set[tuple[str, ...]] = set()
    repeated = 0
    for g in grams:
        repeated += g in seen
        seen.add(g)
    return repeated / len(grams)
