"""`evaluate` end to end with deterministic parts: a real store over a fake embedder, a
scripted generator whose adapters write in two unmistakable voices."""

from __future__ import annotations

import json

import pytest

from hybrid.evaluation.cases import DraftingCase
from hybrid.evaluation.constants import CONFIGS
from hybrid.evaluation.drafting import config_spec
from hybrid.evaluation.inputs import EvalInputs, sample
from hybrid.evaluation.report import tables as report_tables
from hybrid.evaluation.report import write_report
from hybrid.evaluation.retrieval import RetrievalCase
from hybrid.evaluation.sections import evaluate
from hybrid.pipeline import Departments, HybridPipeline
from hybrid.pipeline.spec import DraftSpec
from hybrid.prompts import REWRITE
from hybrid.settings import EvalSizes, EvaluationSettings
from hybrid.style.corpus import load_corpus
from hybrid.testing import FakeAdapterStore, FakeEmbedder, FakeGenerator, fake_knowledge
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit

DOCS = {
    "desk.md": "# Desk\n\nThe Atlas desk costs $1,149 from April 1, 2026.\n",
    "chair.md": "# Chair\n\nThe Orion chair has a 12-year warranty.\n",
}


def reply(request):
    """loud shouts and cites; terse lists; the base model is flat and cites nothing."""
    asked = request.messages[-1]["content"].rsplit("Request:", 1)[-1]
    fact = "$1,149 from April 1, 2026" if "desk" in asked else "12-year warranty"
    if request.adapter == "loud":
        return f"BUY NOW! The price is {fact} [1]! ORDER TODAY!"
    if request.adapter == "terse":
        return f"- fix: {fact} [1]\n- add: quieter lift motor [1]"
    return "The desk is a desk. The Vega Arm costs $49."


@pytest.fixture
def setup(isolated):
    knowledge = fake_knowledge(DOCS, isolated)
    generator = FakeGenerator(["loud", "terse"], reply=reply)
    voices = Departments(FakeAdapterStore(["loud", "terse"]), {}, None)
    pipeline = HybridPipeline(knowledge, generator, voices, k=2)
    corpora = {v: load_corpus(write_corpus(isolated / "style" / v, v, n=12, heldout=6)) for v in ("loud", "terse")}
    drafting = [
        DraftingCase(
            id=f"{dept}-{i}",
            department=dept,
            request=f"Write about the {'desk price' if i % 2 else 'chair warranty'} ({i})",
            facts=["$1,149"] if i % 2 else ["12-year"],
            sources=["desk.md"] if i % 2 else ["chair.md"],
        )
        for dept in ("loud", "terse")
        for i in range(5)
    ]
    retrieval = [
        RetrievalCase(id="r1", question="What does the Atlas desk cost?", sources=["desk.md"], answer="$1,149"),
        RetrievalCase(id="r2", question="Orion chair warranty years", sources=["chair.md"], answer="12-year"),
        RetrievalCase(id="r3", question="Orion chair warranty", sources=["desk.md"], paraphrase=True),
    ]
    inputs = EvalInputs(retrieval, drafting, [], corpora)
    settings = EvaluationSettings(
        batch_size=3,
        full=EvalSizes(drafts_per_department=4, voice_per_department=3, latency_samples=2, max_new_tokens=32),
    )
    return pipeline, generator, inputs, settings, isolated


def run(setup, seed=0):
    pipeline, _, inputs, settings, isolated = setup
    settings = settings.model_copy(update={"seed": seed})
    return evaluate(
        pipeline, FakeEmbedder(), inputs, settings, quick=False, cache_dir=isolated / "cache", k=2, mode="hybrid"
    )


def without_timings(report):
    report = json.loads(json.dumps(report))
    report.pop("seconds")
    report.pop("latency")
    report["cases"].pop("latency")
    for mode in report["retrieval"]["modes"].values():
        mode.pop("seconds")
    return report


def test_every_section_is_measured_on_the_sampled_cases(setup):
    _, generator, *_ = setup
    report = run(setup)
    r = report["retrieval"]
    assert set(r["modes"]) == {"dense", "bm25", "hybrid"} and r["n"] == 3
    assert r["modes"]["hybrid"]["hit@1"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["reranker"]["available"] is False and "Hugging Face hub" in r["reranker"]["reason"]
    v = report["voice"]
    assert v["classifier_heldout_accuracy"] == 1.0 and v["trusted"]
    assert v["configs"]["adapter"]["share"] == 1.0 and v["configs"]["free_retrieval"]["share"] == 1.0
    assert v["configs"]["base"]["n"] == 6  # 3 per department, the same cases for every configuration
    g = report["grounding"]
    assert g["n"] == 8 and g["source_retrieved_rate"] == 1.0
    assert g["grounded_rate"] == 1.0 and g["answer_match_rate"] == 1.0 and g["citation_validity"] == 1.0
    # The two drafting modes side by side, on the same cases.
    attributed, free = g["by_mode"]["attributed"], g["by_mode"]["free"]
    assert attributed["config"] == "adapter_retrieval" and free["config"] == "free_retrieval"
    assert attributed["n"] == free["n"] == 8 and attributed["fact_recall"] == 1.0
    assert attributed["unsupported_figure_share"] == 0.0 and attributed["citation_correctness"] == 1.0
    assert 0 <= free["repetition_3gram"] < 1 and free["voice_share"] == 1.0
    assert report["format"] == {"skipped": "no held-out pull requests at corpora/changelog/heldout.jsonl"}
    single = report["latency"]["single"]
    assert set(single) == set(CONFIGS) and all(s["n"] == 2 for s in single.values())
    # batches of 3 in department order: 6 drafts -> 2 calls for each of base, base + style
    # prompt and adapter; 8 free full-pipeline drafts -> 3 calls (the middle one mixes adapters)
    batched = [[r.adapter for r in call] for call in generator.calls if len(call) > 1]
    assert batched[:2] == [["base"] * 3] * 2
    free_calls = [c for c in generator.calls if len(c) > 1 and all(REWRITE not in r.messages[-1]["content"] for r in c)]
    assert [[r.adapter for r in c] for c in free_calls][-3:] == [
        ["loud"] * 3,
        ["loud", "terse", "terse"],
        ["terse"] * 2,
    ]
    # an attributed draft is one call of its own rows, all in the draft's voice (plus a retry call, if any)
    attributed_calls = [c for c in generator.calls if any(REWRITE in r.messages[-1]["content"] for r in c)]
    assert len(attributed_calls) >= 8 and all(len({r.adapter for r in c}) == 1 for c in attributed_calls)


def test_the_base_voice_is_judged_by_the_classifier_not_assumed(setup):
    report = run(setup)
    base = report["voice"]["configs"]["base"]
    assert base["share"] == 0.5  # the flat base voice lands in one class for every department
    drafts = [d for d in report["cases"]["drafting"] if d["config"] == "free_retrieval"]
    assert drafts and all(d["voice"] == d["department"] for d in drafts)


def test_same_seed_same_report_and_another_seed_another_sample(setup):
    first, second = run(setup, seed=0), run(setup, seed=0)
    assert without_timings(first) == without_timings(second)
    other = run(setup, seed=1)
    ids = lambda rep: sorted(d["id"] for d in rep["cases"]["drafting"])  # noqa: E731
    assert ids(first) != ids(other)


def test_sampling_is_per_group_and_keeps_file_order():
    cases = [("a", i) for i in range(6)] + [("b", i) for i in range(2)]
    got = sample(cases, 3, seed=0, key=lambda c: c[0])
    assert [c for c in got if c[0] == "a"] == sorted(c for c in got if c[0] == "a")
    assert sum(c[0] == "a" for c in got) == 3 and sum(c[0] == "b" for c in got) == 2
    assert sample(cases, 0, seed=0) == cases


def test_the_report_is_written_as_json_markdown_html_and_charts(setup, tmp_path):
    report = run(setup)
    paths = write_report(report, tmp_path / "out")
    assert json.loads(paths["json"].read_text())["voice"]["classifier_heldout_accuracy"] == 1.0
    md = paths["markdown"].read_text()
    assert "| voice | classifier held-out accuracy | 1.000 |" in md
    from hybrid.cpuinfo import cpu_model, cpuinfo

    assert f"- Measured on: {cpu_model(cpuinfo())} (" in md  # latency means little without its CPU
    html = paths["html"].read_text()
    for chart in ("voice", "latency", "retrieval"):
        assert paths[chart].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f'src="{chart}.png"' in html and f"({chart}.png)" in md
    assert not list((tmp_path / "out").glob("*.tmp"))


# What each configuration means, typed out: the eval's CONFIGS must mean exactly this.
BY_HAND = {
    "base": {"retrieval": False, "use_adapter": False, "style_prompt": False},
    "base_style_prompt": {"retrieval": False, "use_adapter": False, "style_prompt": True},
    "adapter": {"retrieval": False, "use_adapter": True, "style_prompt": False},
    "adapter_retrieval": {"retrieval": True, "use_adapter": True, "style_prompt": False, "mode": "attributed"},
    "free_retrieval": {"retrieval": True, "use_adapter": True, "style_prompt": False, "mode": "free"},
}


@pytest.mark.parametrize("config", list(BY_HAND))
def test_an_eval_configuration_drafts_what_the_same_spec_written_by_hand_drafts(setup, config):
    pipeline, generator, inputs, *_ = setup
    case = inputs.drafting[1]  # loud, about the desk price
    by_hand = DraftSpec(request=case.request, department=case.department, max_new_tokens=32, **BY_HAND[config])
    assert config_spec(case, config, 32) == by_hand
    generator.calls.clear()
    ours = pipeline.draft(config_spec(case, config, 32))
    calls = len(generator.calls)
    theirs = pipeline.draft(by_hand)
    # the same prompts, adapters, token caps and locks reached the model
    assert calls and generator.calls[:calls] == generator.calls[calls:]
    passages = lambda d: [p.source for p in d.passages]  # noqa: E731
    assert (ours.text, ours.adapter, passages(ours)) == (theirs.text, theirs.adapter, passages(theirs))
    assert ours.adapter == ("loud" if BY_HAND[config]["use_adapter"] else "base")
    assert bool(ours.passages) == BY_HAND[config]["retrieval"]


def test_other_bases_draft_the_grounding_sample_side_by_side(setup):
    """`evaluation.bases`: each other base drafts the same cases in both modes; one with no
    adapter trained on its weights drafts with the base alone, and one that cannot load
    is reported, not fatal."""
    from hybrid.errors import ModelNotFoundError

    pipeline, _, inputs, settings, isolated = setup
    other = FakeGenerator(["loud", "terse"], reply=lambda r: "The Atlas desk costs $1,149 from April 1, 2026 [1].")

    def pipeline_for(base):
        if base == "missing-base":
            raise ModelNotFoundError("generator 'missing-base' is not installed")
        return HybridPipeline(pipeline.knowledge, other, pipeline.adapters, k=2)

    settings = settings.model_copy(update={"bases": ["other-base", "missing-base"]})
    report = evaluate(
        pipeline,
        FakeEmbedder(),
        inputs,
        settings,
        quick=False,
        cache_dir=isolated / "cache",
        k=2,
        mode="hybrid",
        pipeline_for=pipeline_for,
        configured_base="fake-base",
    )
    by_base = report["grounding"]["by_base"]
    assert list(by_base) == ["fake-base", "other-base", "missing-base"]
    assert by_base["fake-base"]["by_mode"] == report["grounding"]["by_mode"]
    assert "not installed" in by_base["missing-base"]["error"]
    measured = by_base["other-base"]
    assert set(measured["by_mode"]) == {"attributed", "free"}
    assert all(m["n"] == 8 for m in measured["by_mode"].values())
    # No adapter of the fake store was trained on the other base's weights: base alone.
    assert set(measured["adapters"].values()) == {None}
    assert {r.adapter for call in other.calls for r in call} == {"base"}
    # It states the desk's price in every draft: the sampled desk cases' facts are found, no other.
    sampled = [c for c in report["cases"]["drafting"] if c["config"] == "free_retrieval"]
    desk = sum(c["facts"] == ["$1,149"] for c in sampled) / len(sampled)
    assert 0 < desk < 1 and measured["by_mode"]["free"]["fact_recall"] == pytest.approx(desk)
    assert set(measured["drafted_latency"]) == {"attributed", "free"}
    tables = [title for title, _, _ in report_tables(report)]
    assert any(t.startswith("Bases side by side") and "missing-base" in t for t in tables)
