"""Parse the `[n]` markers of a draft and check each against the numbered passages.

A marker that names no passage is removed from the text and reported, never silently
renumbered: a reviewer should see that the model cited something that wasn't there.

Small models often state a source's figures without a marker. `attribute` adds one to
each such sentence, pointing at the passage that states the most of its numbers, dates
and prices, and labels the citation as added, so nothing the model did is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hybrid.figures import Evidence, fact_spans
from hybrid.pipeline.draft import Citation, RemovedCitation
from hybrid.text import MARKER, sentence_at, sentence_spans, strip_markers, words
from hybrid.types import Passage

__all__ = ["MARKER", "attribute", "best_quote", "check_citations", "cite"]


def _numbers(group: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"\s*,\s*", group):
        if re.search(r"[\-–]", part):
            lo, hi = (int(x) for x in re.split(r"\s*[\-–]\s*", part))
            out.extend(range(lo, hi + 1) if 0 < hi - lo < 20 else [lo, hi])
        else:
            out.append(int(part))
    return out


def best_quote(passage: Passage, sentence: str) -> tuple[str, int, int]:
    """The passage sentence sharing most words with `sentence`, and its source offsets."""
    want = words(sentence)
    best, best_score = None, -1.0
    for a, b in sentence_spans(passage.text, source=True):
        have = words(passage.text[a:b])
        if not have:
            continue
        score = len(want & have) / (len(have) ** 0.5)
        if score > best_score:
            best, best_score = (a, b), score
    if best is None:
        return passage.text.strip(), passage.start_char, passage.end_char
    start = passage.start_char + best[0]
    return passage.text[best[0] : best[1]], start, passage.start_char + best[1]


def cite(n: int, passage: Passage, sentence: str, origin: str) -> Citation:
    """Citation `[n]` of `passage` from the draft sentence `sentence`."""
    quote, start, end = best_quote(passage, sentence)
    return Citation(
        marker=n,
        passage_id=passage.id,
        source=passage.source,
        quote=quote,
        start_char=start,
        end_char=end,
        page=passage.page,
        sentence=strip_markers(sentence).strip(),
        origin=origin,
    )


def check_citations(text: str, passages: Sequence[Passage]) -> tuple[str, list[Citation], list[RemovedCitation]]:
    """Return the text with invalid markers removed, the valid citations, and what was removed."""
    citations: list[Citation] = []
    removed: list[RemovedCitation] = []
    pieces: list[str] = []
    last = 0
    for m in MARKER.finditer(text):
        try:
            numbers = _numbers(m.group(1))
        except ValueError:
            numbers = []
        valid = [n for n in numbers if 1 <= n <= len(passages)]
        bad = [n for n in numbers if n not in valid]
        for n in bad:
            reason = "no passages were retrieved" if not passages else f"only passages 1-{len(passages)} exist"
            removed.append(RemovedCitation(marker=f"[{n}]", reason=reason))
        pieces.append(text[last : m.start()])
        if valid:
            lead = m.group()[: len(m.group()) - len(m.group().lstrip())]
            pieces.append(lead + "".join(f"[{n}]" for n in dict.fromkeys(valid)))
        last = m.end()
        sentence = sentence_at(text, m.start())
        for n in dict.fromkeys(valid):
            citations.append(cite(n, passages[n - 1], sentence, "model"))
    pieces.append(text[last:])
    return "".join(pieces), citations, removed


def attribute(text: str, passages: Sequence[Passage]) -> tuple[str, list[Citation]]:
    """Add a marker to each unmarked sentence whose figures a passage states."""
    if not passages:
        return text, []
    evidence = [Evidence.of([p.text]) for p in passages]
    added: list[Citation] = []
    pieces: list[str] = []
    last = 0
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if MARKER.search(sentence):
            continue
        spans = fact_spans(sentence)
        figures = [s for s in spans if s.kind != "name"]
        if not figures:
            continue
        scores = [
            (sum(e.supports(s) for s in figures), sum(e.supports(s) for s in spans), -i) for i, e in enumerate(evidence)
        ]
        best = max(scores)
        if best[0] == 0:
            continue
        n = -best[2] + 1
        stem = sentence.rstrip(".!?:;")
        cut = start + len(stem)
        pieces.append(text[last:cut] + f" [{n}]")
        last = cut
        added.append(cite(n, passages[n - 1], sentence, "attributed"))
    pieces.append(text[last:])
    return "".join(pieces), added
