"""hit@k, MRR@10 and nDCG@10 agree with trec_eval (through pytrec_eval) on the same runs."""

from __future__ import annotations

import random

import pytest

from hybrid.evaluation.retrieval import RetrievalCase, score_mode
from hybrid.types import Passage

pytestmark = pytest.mark.unit
POOL = [f"doc{i}.md" for i in range(14)]


def passage(source: str, rank: int) -> Passage:
    return Passage(
        id=f"{source}-{rank}", text="t", source="facts/" + source, start_char=0, end_char=1, content_hash="h"
    )


def random_runs(seed: int) -> tuple[list[RetrievalCase], dict[str, list[Passage]]]:
    """Cases with 1-3 relevant documents, and 12 passages each, several per document."""
    rng = random.Random(seed)
    cases, runs = [], {}
    for i in range(40):
        sources = rng.sample(POOL, rng.randint(1, 3))
        cases.append(RetrievalCase(id=f"q{i}", question=f"q{i}", sources=sources))
        runs[f"q{i}"] = [passage(rng.choice(POOL), r) for r in range(12)]
    return cases, runs


def trec_eval(cases: list[RetrievalCase], runs: dict[str, list[Passage]]) -> dict[str, float]:
    pytrec_eval = pytest.importorskip("pytrec_eval")
    qrels = {c.id: dict.fromkeys(c.sources, 1) for c in cases}
    run: dict[str, dict[str, float]] = {}
    for qid, passages in runs.items():
        # A document scores as its best passage (MaxP), which is its first in rank order.
        docs: dict[str, float] = {}
        for rank, p in enumerate(passages[:10]):
            docs.setdefault(p.source.removeprefix("facts/"), 100.0 - rank)
        run[qid] = docs
    measures = {"ndcg_cut.10", "recip_rank", "success.1,3,5,10"}
    per_query = pytrec_eval.RelevanceEvaluator(qrels, measures).evaluate(run)
    keys = ["ndcg_cut_10", "recip_rank", "success_1", "success_3", "success_5", "success_10"]
    return {k: sum(q[k] for q in per_query.values()) / len(per_query) for k in keys}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_metric_matches_trec_eval(seed):
    cases, runs = random_runs(seed)
    ours = score_mode(cases, lambda q: runs[q], "hybrid")
    want = trec_eval(cases, runs)
    assert ours.ndcg10 == pytest.approx(want["ndcg_cut_10"], abs=1e-9)
    assert ours.mrr == pytest.approx(want["recip_rank"], abs=1e-9)
    for k in (1, 3, 5, 10):
        assert ours.hit_at[k] == pytest.approx(want[f"success_{k}"], abs=1e-9)


def test_ndcg_counts_relevant_documents_that_were_not_retrieved():
    # Two relevant documents, one found at rank 1: trec_eval's ideal holds both, so not 1.0.
    case = RetrievalCase(id="q", question="q", sources=["doc1.md", "doc2.md"])
    found = [passage("doc1.md", 0), passage("doc1.md", 1), passage("doc5.md", 2)]
    score = score_mode([case], lambda q: found, "dense")
    assert score.ndcg10 == pytest.approx(1 / (1 + 1 / 1.5849625007211562))
    assert score.hit_at[1] == 1.0 and score.mrr == 1.0
