"""The audit reads a report and names each failing case's cause, then what to fix first."""

from __future__ import annotations

import copy

import pytest

from hybrid.evaluation.audit import audit, classify

pytestmark = pytest.mark.unit


def draft(i, department="legal", retrieved=True, missing=(), uncited=(), voice=None):
    return {
        "id": f"d{i}",
        "department": department,
        "config": "adapter_retrieval",
        "expected_sources": ["a.md"],
        "source_retrieved": retrieved,
        "facts_missing": list(missing),
        "uncited": list(uncited),
        "voice": voice or department,
    }


def modes(hybrid5, hybrid10=None, dense5=0.5):
    def m(h5, h10):
        return {"hit@1": h5 / 2, "hit@3": h5, "hit@5": h5, "hit@10": h10 or h5, "mrr": 0.5, "ndcg@10": 0.5}

    return {"dense": m(dense5, dense5), "bm25": m(0.4, 0.4), "hybrid": m(hybrid5, hybrid10)}


@pytest.fixture
def report():
    questions = [
        {"id": f"r{i}", "question": f"q{i}", "paraphrase": i < 3, "rank": {"hybrid": None if i < 4 else 1}}
        for i in range(10)
    ]
    return {
        "latency_budget_s": 20.0,
        "retrieval": {"n": 10, "k": 5, "configured_mode": "hybrid", "modes": modes(0.6, 0.8)},
        "grounding": {"n": 6, "citation_validity": 0.9},
        "voice": {
            "trusted": True,
            "classifier_heldout_accuracy": 0.95,
            "configs": {
                "base": {"share": 0.3, "by_department": {"legal": 0.3}},
                "base_style_prompt": {"share": 0.71, "by_department": {"legal": 0.7}},
                "adapter": {"share": 0.96, "by_department": {"legal": 0.96}},
                "adapter_retrieval": {"share": 0.9, "by_department": {"legal": 0.9, "support": 0.5}},
            },
        },
        "format": {
            "n": 2,
            "mechanism": "constrained",
            "schema_valid_rate": 1.0,
            "valid_rate": 0.5,
            "field_accuracy": 0.6,
            "type_accuracy": 0.4,
            "breaking_accuracy": 0.9,
            "pr_accuracy": 1.0,
        },
        "latency": {
            "single": {
                "adapter_retrieval": {
                    "n": 2,
                    "total": {"p50": 10.0, "p95": 25.0},
                    "retrieve": {"p50": 0.05, "p95": 0.1},
                    "generate": {"p50": 9.0, "p95": 24.0},
                }
            }
        },
        "cases": {
            "retrieval": questions,
            "drafting": [
                draft(1, retrieved=False),
                draft(2, missing=["$1,149"]),
                draft(3, uncited=["Vega Arm"]),
                draft(4, department="support", voice="marketing"),
                draft(5),
                draft(6, retrieved=False, voice="marketing"),
            ],
            "format": [
                {"pr": 7, "valid": True, "errors": []},
                {"pr": 8, "valid": False, "errors": ["field 'summary': imperative"]},
            ],
            "latency": [
                {"id": "d5", "config": "adapter_retrieval", "total": 25.0, "retrieve": 0.1, "generate": 24.0},
                {"id": "d2", "config": "adapter_retrieval", "total": 9.0, "retrieve": 0.1, "generate": 8.5},
            ],
        },
    }


def test_each_failing_case_gets_the_earliest_cause_in_the_loop(report):
    got = {(f["set"], f["id"]): f["cause"] for f in classify(report)}
    assert got == {
        **{("retrieval", f"r{i}"): "retrieval" for i in range(4)},
        ("drafting", "d1"): "retrieval",
        ("drafting", "d2"): "grounding",
        ("drafting", "d3"): "grounding",
        ("drafting", "d4"): "voice",
        # voice is wrong too, but a draft that never saw its source fails at retrieval first
        ("drafting", "d6"): "retrieval",
        ("format", "PR #8"): "format",
        ("latency", "d5 (adapter_retrieval)"): "latency",
    }


def test_recommendations_come_in_loop_order_with_counts_and_next_steps(report):
    result = audit(report)
    assert result["failures_by_cause"] == {"retrieval": 6, "grounding": 2, "format": 1, "voice": 1, "latency": 1}
    assert result["also_by_cause"]["voice"] == 1  # d6 missed its source and reads as marketing
    recs = result["recommendations"]
    assert [r["area"] for r in recs] == ["retrieval", "grounding", "format", "voice", "latency"]
    assert recs[0]["message"].startswith("4/10 retrieval misses at k=5, 3 of them on questions that paraphrase")
    assert "raise k to 10 (hit@10 0.800 vs hit@5 0.600)" in recs[0]["message"]
    assert "reranker" in recs[0]["message"]
    assert recs[1]["counts"] == {"failing": 2, "retrieved": 4, "drafts": 6, "omitted": 1, "uncited": 1}
    assert recs[1]["message"].startswith("2 of the 4 drafts whose source was retrieved fail grounding")
    assert "voice 71% with the style prompt vs 96% with the adapter: keep the adapter" in recs[3]["message"]
    assert "the full pipeline is at 90%, under the 95% target" in recs[3]["message"]
    assert "support 50%" in recs[3]["message"] and recs[3]["counts"]["wrong_voice"] == 2
    assert "generation dominates" in recs[4]["message"] and recs[4]["examples"]
    assert all(r["status"] == "fail" for r in recs)


def test_a_case_keeps_its_later_causes_so_voice_is_not_hidden_behind_retrieval(report):
    d6 = next(f for f in classify(report) if f["id"] == "d6")
    assert (d6["cause"], d6["also"]) == ("retrieval", ["voice"])


def test_voice_at_or_over_the_target_passes(report):
    report["voice"]["configs"]["adapter_retrieval"] = {"share": 0.97, "by_department": {"legal": 0.97}}
    voice = next(r for r in audit(report)["recommendations"] if r["area"] == "voice")
    assert voice["status"] == "ok" and "keep the adapter" in voice["message"]


def test_the_voice_target_and_latency_budget_are_the_ones_the_report_ran_with(report):
    report["voice_target"], report["latency_budget_s"] = 0.85, 30.0
    recs = {r["area"]: r for r in audit(report)["recommendations"]}
    assert recs["voice"]["status"] == "ok"  # 90% clears an 85% target
    assert recs["latency"]["status"] == "ok" and "within the 30 s budget" in recs["latency"]["message"]
    del report["voice_target"], report["latency_budget_s"]  # an older report: the settings' defaults
    recs = {r["area"]: r for r in audit(report)["recommendations"]}
    assert "under the 95% target" in recs["voice"]["message"] and "over the 20 s budget" in recs["latency"]["message"]


def test_a_better_mode_is_recommended_over_raising_k(report):
    report["retrieval"]["modes"] = modes(0.6, 0.6, dense5=0.9)
    rec = audit(report)["recommendations"][0]
    assert rec["next_step"] == "switch knowledge.mode to dense (hit@5 0.900 vs 0.600)"


def test_passing_areas_are_ranked_after_failing_ones(report):
    clean = copy.deepcopy(report)
    clean["cases"]["retrieval"] = [q | {"rank": {"hybrid": 1}} for q in clean["cases"]["retrieval"]]
    clean["cases"]["drafting"] = [draft(5)]
    recs = audit(clean)["recommendations"]
    assert [(r["area"], r["status"]) for r in recs][-2:] == [("retrieval", "ok"), ("grounding", "ok")]
    assert recs[0]["area"] == "format"


def test_an_untrusted_classifier_is_said_and_not_used(report):
    report["voice"] |= {"trusted": False, "classifier_heldout_accuracy": 0.8, "note": "under 0.9"}
    result = audit(report)
    assert ("drafting", "d4") not in {(f["set"], f["id"]) for f in result["failures"]}
    voice = next(r for r in result["recommendations"] if r["area"] == "voice")
    assert voice["status"] == "untrusted" and voice["counts"] == {"classifier_heldout_accuracy": 0.8}


def test_a_larger_budget_clears_latency_failures(report):
    assert audit(report, budget_s=30.0)["failures_by_cause"]["latency"] == 0


def test_without_single_drafts_latency_is_unmeasured_not_passed(report):
    report["latency"] = {"batched": report["latency"]["single"], "single": {}}
    report["cases"]["latency"] = []
    latency = next(r for r in audit(report)["recommendations"] if r["area"] == "latency")
    assert latency["status"] == "unmeasured" and "no draft ran alone" in latency["message"]
