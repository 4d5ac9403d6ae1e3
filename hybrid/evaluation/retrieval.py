"""Retrieval metrics on a JSONL eval set: hit@k, MRR@10 and nDCG@10 per retrieval mode.

Relevance is per document, as trec_eval scores it: the retrieved passages become the
ranking of their documents (each at its first passage's rank), a case's `sources` are its
relevant documents, and nDCG's ideal ranks all of them first, retrieved or not. A test
checks every metric against pytrec_eval (trec_eval's own code) on the same runs; they are
written out here because they are a few lines each and the eval must not need a C
extension at run time.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from hybrid.evaluation.cases import EvalFileError, from_source, read_cases
from hybrid.types import Passage

__all__ = ["EvalFileError", "ModeScore", "RetrievalCase", "load_cases", "score_mode"]


class RetrievalCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Case id.")
    question: str = Field(description="The question asked.")
    sources: list[str] = Field(min_length=1, description="Documents (relative to the facts root) that answer it.")
    answer: str = Field(default="", description="Short answer string found verbatim in a source.")
    paraphrase: bool = Field(default=False, description="Worded differently from the source.")


def load_cases(path: Path) -> list[RetrievalCase]:
    return read_cases(path, RetrievalCase)


@dataclass
class ModeScore:
    mode: str
    n: int
    hit_at: dict[int, float]
    mrr: float
    ndcg10: float
    paraphrase_hit5: float
    misses: list[str]

    def as_dict(self) -> dict[str, object]:
        return {
            "mode": self.mode,
            "n": self.n,
            **{f"hit@{k}": round(v, 4) for k, v in self.hit_at.items()},
            "mrr": round(self.mrr, 4),
            "ndcg@10": round(self.ndcg10, 4),
            "paraphrase_hit@5": round(self.paraphrase_hit5, 4),
            "misses@5": self.misses,
        }


def score_mode(
    cases: Sequence[RetrievalCase],
    retrieve: Callable[[str], list[Passage]],
    mode: str,
    ks: Sequence[int] = (1, 3, 5, 10),
    ranks: dict[str, int | None] | None = None,
) -> ModeScore:
    """`retrieve` returns at least max(ks, 10) passages for a question. `ranks`, if
    given, receives each case's 1-based rank of its first relevant passage (None: not
    in the top 10)."""
    hits = {k: 0 for k in ks}
    rr = ndcg = 0.0
    para = para_hits = 0
    misses = []
    for case in cases:
        docs = ranked_documents(retrieve(case.question)[:10], case.sources)
        rels = [d in case.sources for d in docs]
        first = next((i for i, r in enumerate(rels) if r), None)
        if ranks is not None:
            ranks[case.id] = None if first is None else first + 1
        for k in ks:
            hits[k] += first is not None and first < k
        rr += 0.0 if first is None else 1.0 / (first + 1)
        # Binary relevance per document; the ideal ranks every judged relevant document first.
        dcg = sum(1.0 / math.log2(i + 2) for i, r in enumerate(rels) if r)
        ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(set(case.sources)), 10)))
        ndcg += dcg / ideal
        if case.paraphrase:
            para += 1
            para_hits += first is not None and first < 5
        if first is None or first >= 5:
            misses.append(case.id)
    n = len(cases)
    return ModeScore(
        mode, n, {k: v / n for k, v in hits.items()}, rr / n, ndcg / n, para_hits / para if para else 0.0, misses
    )


def ranked_documents(passages: Sequence[Passage], sources: Sequence[str]) -> list[str]:
    """The documents of `passages`, best first, each once: a relevant one under the name
    `sources` gives it (the store may hold it under a longer path)."""
    seen: list[str] = []
    for p in passages:
        doc = next((s for s in sources if from_source(p.source, [s])), p.source)
        if doc not in seen:
            seen.append(doc)
    return seen
