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
- `unsupported_figures` / `unsupported_names`: figures (numbers, prices, percents, dates,
  times, quantities) and names no passage in the prompt nor the request states, plus
  figures a passage states of another thing (`Draft.unsupported`).
- `citations_correct`: citations whose passage holds every figure of the citing sentence.
- `repetition`: the share of the draft's word 3-grams that repeat an earlier one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from hybrid.evaluation.cases import from_source
from hybrid.figures import fact_spans
from hybrid.pipeline.claims import Evidence, unsupported_claims
from hybrid.pipeline.draft import Citation, Draft
from hybrid.text import normalise, repeated_ngram_share

__all__ = ["Grounding", "check", "from_source", "normalise", "summarise"]


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
    unsupported_figures: list[str] = field(default_factory=list)
    unsupported_names: list[str] = field(default_factory=list)
    citations_correct: int = 0
    citations: int = 0
    repetition: float = 0.0

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
            "unsupported_figures": self.unsupported_figures,
            "unsupported_names": self.unsupported_names,
            "citations_correct": self.citations_correct,
            "citations": self.citations,
            "repetition": round(self.repetition, 4),
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
        unsupported_figures=[c.text for c in draft.unsupported if c.kind != "name"],
        unsupported_names=[c.text for c in draft.unsupported if c.kind == "name"],
        citations_correct=sum(_holds_figures(draft, c) for c in draft.citations),
        citations=len(draft.citations),
        repetition=repeated_ngram_share(draft.text),
    )


def _holds_figures(draft: Draft, citation: Citation) -> bool:
    """Whether the cited passage states every figure of the sentence that cites it."""
    passage = next((p for p in draft.passages if p.id == citation.passage_id), None)
    if passage is None:
        return False
    evidence = Evidence.of([passage.text])
    return all(evidence.supports(s) for s in fact_spans(citation.sentence) if s.kind != "name")


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
        "unsupported_figure_share": sum(bool(g.unsupported_figures) for g in checks) / n,
        "unsupported_name_share": sum(bool(g.unsupported_names) for g in checks) / n,
        "citation_correctness": (
            sum(g.citations_correct for g in checks) / cited if (cited := sum(g.citations for g in checks)) else 1.0
        ),
        "repetition_3gram": sum(g.repetition for g in checks) / n,
    }
