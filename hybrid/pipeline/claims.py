"""Find the fact-like spans of a draft that no retrieved passage supports.

Small models invent prices, dates and product names fluently; those are the claims a
reviewer must see. A span is supported when the same value appears in a passage (or in
the request itself); `hybrid.figures` defines "the same value".
"""

from __future__ import annotations

from collections.abc import Sequence

from hybrid.figures import Evidence, SourceFigures, Span, fact_spans
from hybrid.pipeline.draft import Claim
from hybrid.text import sentences, strip_markers

__all__ = ["Evidence", "Span", "fact_spans", "misattributed_claims", "sentences", "unsupported_claims"]


def unsupported_claims(draft: str, evidence: Evidence) -> list[Claim]:
    """Every number, price, percent, date and name in `draft` that `evidence` lacks."""
    return [
        Claim(text=span.text, kind=span.kind, sentence=sentence)
        for sentence in sentences(strip_markers(draft))
        for span in fact_spans(sentence)
        if not evidence.supports(span)
    ]


def misattributed_claims(draft: str, sources: Sequence[str] | SourceFigures) -> list[Claim]:
    """Every figure of `draft` that a source states, but of something else. Sources read
    once (`SourceFigures.of`) can be passed to check many drafts against them."""
    known = sources if isinstance(sources, SourceFigures) else SourceFigures.of(sources)
    return [
        Claim(text=span.text, kind=span.kind, sentence=sentence, reason="misattributed")
        for sentence in sentences(strip_markers(draft))
        for span in known.misattributed(sentence)
    ]
