"""Validate: resolve citations, attribute unmarked figures, flag unsupported claims."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from hybrid.pipeline.citations import attribute, check_citations
from hybrid.pipeline.claims import Evidence, misattributed_claims, unsupported_claims
from hybrid.pipeline.draft import Citation, Claim, RemovedCitation
from hybrid.pipeline.spec import DraftSpec
from hybrid.pipeline.stages.generate import Generated
from hybrid.pipeline.stages.prompt import Prompted
from hybrid.text import sentence_spans, strip_markers


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


def check_text(
    spec: DraftSpec,
    prompted: Prompted,
    generated: Generated,
    *,
    attribute_citations: bool,
    drop_unsupported_figures: bool = False,
) -> Checked:
    """A free-text reply: bad markers removed, unmarked figures attributed, claims checked.

    With `drop_unsupported_figures`, a sentence that states a figure no source holds (or
    holds of something else) is taken out and quoted in the notes: copy-locked decoding
    keeps invented digits out, but not a date assembled from allowed digits ("April 3")."""
    t = time.perf_counter()
    text, citations, removed = check_citations(generated.result.text, prompted.originals)
    if attribute_citations:
        text, added = attribute(text, prompted.originals)
        citations = sorted([*citations, *added], key=lambda c: text.find(c.sentence))
    claims = claims_of(text, spec, prompted)
    notes: list[str] = []
    if drop_unsupported_figures:
        text, dropped = _drop_sentences(text, {c.sentence for c in claims if c.kind != "name"})
        if dropped:
            notes += [f"removed a sentence stating a figure no source holds: {s!r}" for s in dropped]
            gone = {strip_markers(s).strip() for s in dropped}
            citations = [c for c in citations if c.sentence not in gone]
            claims = claims_of(text, spec, prompted)
    if generated.result.finish_reason == "length":
        notes.append(f"the draft hit max_new_tokens ({prompted.max_new}) and may end mid-sentence")
    return Checked(text, tuple(citations), tuple(removed), claims, tuple(notes), time.perf_counter() - t)


def _drop_sentences(text: str, bad: set[str]) -> tuple[str, list[str]]:
    """`text` without the sentences whose marker-free form is in `bad`, and those sentences."""
    if not bad:
        return text, []
    kept, dropped, last = [], [], 0
    for a, b in sentence_spans(text):
        sentence = text[a:b]
        if strip_markers(sentence).strip() in bad:
            kept.append(text[last:a])
            dropped.append(sentence)
            last = b
    kept.append(text[last:])
    cleaned = re.sub(r"[ \t]+\n", "\n", re.sub(r"[ \t]{2,}", " ", "".join(kept))).strip()
    return re.sub(r"\n{3,}", "\n\n", cleaned), dropped


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
