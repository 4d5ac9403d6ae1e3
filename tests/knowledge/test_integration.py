"""The knowledge layer on the bundled MiniLM, real Chroma, and a real Chroma server."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from hybrid.cli import cli
from hybrid.evaluation.retrieval import load_cases, score_mode
from hybrid.knowledge import Knowledge
from hybrid.settings import load_settings

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[2]
FACTS = REPO / "corpora" / "facts"


@pytest.fixture(scope="module")
def facts_knowledge(facts_store) -> Knowledge:
    return Knowledge.from_settings(load_settings(state_dir=facts_store / ".hybrid"))


def test_bundled_embedder_matches_sentence_transformers(facts_knowledge):
    from sentence_transformers import SentenceTransformer

    from hybrid.models import resolve_embedder

    texts = ["The Atlas Pro lifts at 38 mm/s.", "Returns are accepted within 30 days. " * 40]
    ours = np.asarray(facts_knowledge.embedder.embed_documents(texts))
    ref = SentenceTransformer(resolve_embedder("all-MiniLM-L6-v2"), device="cpu").encode(
        texts, normalize_embeddings=True
    )
    assert np.allclose(ours, ref, atol=1e-4)


def test_every_chunk_fits_the_embedder_window(facts_knowledge):
    emb = facts_knowledge.embedder
    for page in facts_knowledge.store.iter_all(include=("documents",)):
        assert max(emb.count_tokens(d) for d in page["documents"]) <= emb.max_tokens


def test_long_documents_make_five_or_more_chunks(facts_knowledge):
    per_source: dict[str, int] = {}
    for page in facts_knowledge.store.iter_all(include=("metadatas",)):
        for m in page["metadatas"]:
            per_source[m["source"]] = per_source.get(m["source"], 0) + 1
    assert sum(n >= 5 for n in per_source.values()) >= 6


def test_retrieval_eval_hybrid_hit_at_5(facts_knowledge, record_property):
    cases = load_cases(REPO / "corpora" / "eval" / "retrieval.jsonl")
    assert len(cases) >= 60
    scores = {
        mode: score_mode(cases, lambda q, m=mode: facts_knowledge.retrieve(q, k=10, mode=m), mode)
        for mode in ("hybrid", "dense", "bm25")
    }
    report = {m: s.as_dict() for m, s in scores.items()}
    record_property("retrieval", json.dumps(report))
    print(
        "\nretrieval eval:",
        json.dumps({m: {k: v for k, v in d.items() if k != "misses@5"} for m, d in report.items()}, indent=1),
    )
    assert scores["hybrid"].hit_at[5] >= 0.9, report["hybrid"]


def test_ingest_and_search_through_a_real_chroma_server(chroma_server, isolated):
    shutil.copytree(FACTS / "pricing", isolated / "pricing")
    runner = CliRunner()
    first = runner.invoke(cli, ["--chroma-url", chroma_server, "ingest", "pricing", "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["added"] >= 5 and summary["chunks_total"] > 0
    found = runner.invoke(
        cli, ["--chroma-url", chroma_server, "search", "new price of the Atlas Pro 72 inch", "--json", "-k", "3"]
    )
    assert found.exit_code == 0, found.output
    passages = json.loads(found.stdout)["passages"]
    assert any("$1,149" in p["text"] for p in passages)
    # The data lives in the server, not in the local state folder.
    assert not (isolated / ".hybrid" / "chroma").exists()
    again = json.loads(runner.invoke(cli, ["--chroma-url", chroma_server, "ingest", "pricing", "--json"]).stdout)
    assert again["unchanged"] == summary["added"] and again["chunks_total"] == summary["chunks_total"]


def test_onnx_queries_rank_the_store_as_torch_queries_do(facts_store, tmp_path):
    """`hybrid search` embeds queries on onnxruntime once the export exists; over the whole
    retrieval eval, every query must rank the same passages in the same order as torch."""
    state = {"state_dir": facts_store / ".hybrid", "cache_dir": tmp_path}
    onnx_side = Knowledge.from_settings(load_settings(**state))
    assert onnx_side.prepare_search() is None
    torch_side = Knowledge.from_settings(load_settings(**state, models={"query_runtime": "torch"}))
    cases = load_cases(REPO / "corpora" / "eval" / "retrieval.jsonl")
    for case in cases:
        got = onnx_side.retrieve(case.question, k=10, mode="dense")
        want = torch_side.retrieve(case.question, k=10, mode="dense")
        assert [p.id for p in got] == [p.id for p in want], case.question
        np.testing.assert_allclose([p.cosine for p in got], [p.cosine for p in want], atol=1e-4)
    assert onnx_side.embedder._query_encoder is not None and torch_side.embedder._query_encoder is None
