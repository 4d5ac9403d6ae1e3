"""Validate: resolve citations, attribute unmarked figures, flag unsupported claims."""

from __future__ import annotations

import time
from dataclasses import dataclass

from hybrid.pipeline.citations import attribute, check_citations
from hybrid.pipeline.claims import Evidence, misattributed_claims, unsupported_claims
from hybrid.pipeline.draft import Citation, Claim, RemovedCitation
from hybrid.pipeline.spec import DraftSpec
from hybrid.pipeline.stages.generate import Generated
from hybrid.pipeline.stages.prompt import Prompted


@dataclass(frozen=True)
class Checked:
    text: str
    citations: tuple[Citation, ...] = ()
    removed: tuple[RemovedCitation, ...] = ()
    unsupported: tuple[Claim, ...] = ()
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


def claims_of(text: str, spec: DraftSpec, prompted: Prompted) -> tuple[Claim, ...]:
    """What a reviewer must check: spans no source states, and figures stated of another thing."""
    sources = [p.text for p in prompted.shown]
    unsupported = unsupported_claims(text, Evidence.of([*sources, spec.request]))
    return (*unsupported, *misattributed_claims(text, sources))


def check_text(spec: DraftSpec, prompted: Prompted, generated: Generated, *, attribute_citations: bool) -> Checked:
    """A free-text reply: bad markers removed, unmarked figures attributed, claims checked."""
    t = time.perf_counter()
    text, citations, removed = check_citations(generated.result.text, prompted.originals)
    if attribute_citations:
        text, added = attribute(text, prompted.originals)
        citations = sorted([*citations, *added], key=lambda c: text.find(c.sentence))
    claims = claims_of(text, spec, prompted)
    notes: tuple[str, ...] = ()
    if generated.result.finish_reason == "length":
        notes = (f"the draft hit max_new_tokens ({prompted.max_new}) and may end mid-sentence",)
    return Checked(text, tuple(citations), tuple(removed), claims, notes, time.perf_counter() - t)


def check_json(spec: DraftSpec, prompted: Prompted, generated: Generated) -> Checked:
    """A structured reply: markers resolved and bad ones reported, but the JSON is returned
    exactly as generated."""
    t = time.perf_counter()
    text = generated.result.text
    _, citations, removed = check_citations(text, prompted.originals)
    claims = unsupported_claims(text, Evidence.of([*(p.text for p in prompted.shown), spec.request]))
    attempts = generated.attempts
    notes = (attempts.stopped,) if attempts is not None and attempts.stopped else ()
    return Checked(text, tuple(citations), tuple(removed), tuple(claims), notes, time.perf_counter() - t)
