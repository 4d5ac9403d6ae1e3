"""Grounding: does a draft state only what its cited passages say, and what it was asked to?

Per draft:
- `grounded`: every number, price, percent, date and product name in the draft appears in
  a passage it cites (or in the request itself). This is stricter than `Draft.unsupported`,
  which accepts any passage in the prompt: an uncited fact cannot be checked by a reader.
- `citations_valid` / `citations_total`: markers the model wrote that resolved to a
  passage, against all it wrote (markers validation attributed are not the model's).
- `facts_found`: the case's expected strings the draft states (case and spacing aside).
- `source_retrieved`: a passage of the case's answer source was in the prompt, which
  separates a retrieval miss from a grounding failure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from hybrid.evaluation.cases import from_source
from hybrid.pipeline.claims import Evidence, unsupported_claims
from hybrid.pipeline.draft import Draft

__all__ = ["Grounding", "check", "from_source", "normalise", "summarise"]


def normalise(text: str) -> str:
    """Lower case, one space, straight apostrophes: how expected strings are matched."""
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


@dataclass
class Grounding:
    grounded: bool
    fact_spans: int
    uncited: list[str] = field(default_factory=list)
    citations_valid: int = 0
    citations_total: int = 0
    facts_found: list[str] = field(default_factory=list)
    facts_missing: list[str] = field(default_factory=list)
    source_retrieved: bool = False
    source_cited: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "grounded": self.grounded,
            "fact_spans": self.fact_spans,
            "uncited": self.uncited,
            "citations_valid": self.citations_valid,
            "citations_total": self.citations_total,
            "facts_found": self.facts_found,
            "facts_missing": self.facts_missing,
            "source_retrieved": self.source_retrieved,
            "source_cited": self.source_cited,
        }


def check(draft: Draft, facts: Sequence[str], sources: Sequence[str]) -> Grounding:
    cited_ids = {c.passage_id for c in draft.citations}
    cited = [p.text for p in draft.passages if p.id in cited_ids]
    everything = unsupported_claims(draft.text, Evidence.of([draft.request]))
    uncited = unsupported_claims(draft.text, Evidence.of([*cited, draft.request]))
    model_marked = [c for c in draft.citations if c.origin == "model"]
    text = normalise(draft.text)
    found = [f for f in facts if normalise(f) in text]
    return Grounding(
        grounded=not uncited,
        fact_spans=len(everything),
        uncited=[c.text for c in uncited],
        citations_valid=len(model_marked),
        citations_total=len(model_marked) + len(draft.removed_citations),
        facts_found=found,
        facts_missing=[f for f in facts if f not in found],
        source_retrieved=any(from_source(p.source, sources) for p in draft.passages),
        source_cited=any(from_source(c.source, sources) for c in draft.citations),
    )


def summarise(checks: Sequence[Grounding]) -> dict[str, float | int]:
    n = len(checks)
    if not n:
        return {"n": 0}
    marked = sum(g.citations_total for g in checks)
    expected = sum(len(g.facts_found) + len(g.facts_missing) for g in checks)
    return {
        "n": n,
        "grounded_rate": sum(g.grounded for g in checks) / n,
        "drafts_with_facts": sum(g.fact_spans > 0 for g in checks),
        "citation_validity": sum(g.citations_valid for g in checks) / marked if marked else 1.0,
        "citations_per_draft": marked / n,
        "answer_match_rate": sum(not g.facts_missing for g in checks) / n,
        "fact_recall": sum(len(g.facts_found) for g in checks) / expected if expected else 0.0,
        "source_retrieved_rate": sum(g.source_retrieved for g in checks) / n,
        "source_cited_rate": sum(g.source_cited for g in checks) / n,
    }
