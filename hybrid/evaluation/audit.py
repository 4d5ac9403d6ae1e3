"""The failure-mode audit: each failing case gets one cause, and the causes become ranked
recommendations, in the order of the default loop:

1. facts: retrieval misses first (a draft cannot use a passage it never saw), then
   grounding (the passage was there, the draft omitted or contradicted it);
2. format: try few-shot, then an adapter or constrained decoding;
3. voice: try the style prompt, then an adapter;
4. latency: profile retrieval before dropping it.

It reads only the report dict `hybrid eval` writes, so an old `report.json` can be
audited again, with another budget, without running a model. The latency budget and the
voice target come from the report (the settings it ran with); a report too old to hold
them is judged by the settings' defaults.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from hybrid.evaluation.constants import FULL
from hybrid.settings import EvaluationSettings

CAUSES = ("retrieval", "grounding", "format", "voice", "latency")
EXAMPLES = 3


def _setting(report: dict[str, Any], key: str) -> float:
    """`report[key]`, or the `EvaluationSettings` default of that name for an older report."""
    if key in report:
        return float(report[key])
    return float(EvaluationSettings.model_fields[key].default)


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _causes_of_draft(record: dict[str, Any], voice_trusted: bool) -> list[tuple[str, str]]:
    """Every failing stage of one full-pipeline draft, in loop order, with what shows it."""
    if "error" in record:
        return [("grounding", record["error"])]
    causes = []
    if not record["source_retrieved"]:
        causes.append(
            ("retrieval", f"none of {', '.join(record.get('expected_sources', [])) or 'its sources'} retrieved")
        )
    problems = []
    if record["facts_missing"]:
        problems.append(f"omits {', '.join(record['facts_missing'])}")
    if record["uncited"]:
        problems.append(f"states {', '.join(record['uncited'][:3])} without a cited source")
    if problems and record["source_retrieved"]:  # without its source, omissions are retrieval's
        causes.append(("grounding", "; ".join(problems)))
    if voice_trusted and record.get("voice") and record["voice"] != record["department"]:
        causes.append(("voice", f"reads as {record['voice']}, not {record['department']}"))
    return causes


def classify(report: dict[str, Any], budget_s: float | None = None) -> list[dict[str, Any]]:
    """Every failing case, each with one cause (the earliest in the loop), its evidence,
    and under `also` the later stages that failed too (a draft can miss facts and voice)."""
    budget = _setting(report, "latency_budget_s") if budget_s is None else budget_s
    trusted = bool(report.get("voice", {}).get("trusted"))
    k = report.get("retrieval", {}).get("k", 5)
    mode = report.get("retrieval", {}).get("configured_mode", "hybrid")
    failures: list[dict[str, Any]] = []
    cases = report.get("cases", {})
    for r in cases.get("retrieval", []):
        rank = r["rank"].get(mode)
        if rank is None or rank > k:
            where = "not in the top 10" if rank is None else f"first at rank {rank}"
            failures.append(
                {
                    "set": "retrieval",
                    "id": r["id"],
                    "cause": "retrieval",
                    "paraphrase": r.get("paraphrase", False),
                    "detail": f"{r['question']!r}: source {where} (k={k})",
                }
            )
    for r in cases.get("drafting", []):
        causes = _causes_of_draft(r, trusted)
        if causes:
            (cause, detail), rest = causes[0], causes[1:]
            failures.append(
                {"set": "drafting", "id": r["id"], "cause": cause, "detail": detail, "also": [c for c, _ in rest]}
            )
    for r in cases.get("format", []):
        if not r["valid"]:
            errors = "; ".join(r.get("errors", [])[:2]) or "invalid"
            failures.append({"set": "format", "id": f"PR #{r['pr']}", "cause": "format", "detail": errors})
    for r in cases.get("latency", []):
        if r["total"] > budget:
            failures.append(
                {
                    "set": "latency",
                    "id": f"{r['id']} ({r['config']})",
                    "cause": "latency",
                    "detail": f"{r['total']:.1f} s end to end, over the {budget:g} s budget "
                    f"(retrieve {r['retrieve']:.2f} s, generate {r['generate']:.1f} s)",
                }
            )
    return failures


def _examples(failures: Sequence[dict[str, Any]], cause: str) -> list[str]:
    return [f"{f['id']}: {f['detail']}" for f in failures if f["cause"] == cause][:EXAMPLES]


def _retrieval(report: dict[str, Any], failures: list[dict[str, Any]]) -> dict[str, Any] | None:
    section = report.get("retrieval")
    if not section or not section.get("n"):
        return None
    k, mode = section["k"], section["configured_mode"]
    misses = [f for f in failures if f["cause"] == "retrieval" and f["set"] == "retrieval"]
    draft_misses = [f for f in failures if f["cause"] == "retrieval" and f["set"] == "drafting"]
    n = section["n"]
    modes = section["modes"]
    key = f"hit@{k}"
    if not misses and not draft_misses:
        return _ok("retrieval", f"every question's source is in the top {k} ({mode})")
    paraphrased = sum(f["paraphrase"] for f in misses)
    steps = []
    best = max(modes, key=lambda m: modes[m].get(key, 0.0))
    if best != mode and modes[best].get(key, 0.0) > modes[mode].get(key, 0.0):
        steps.append(f"switch knowledge.mode to {best} (hit@{k} {modes[best][key]:.3f} vs {modes[mode][key]:.3f})")
    if modes[mode].get("hit@10", 0.0) > modes[mode].get(key, 0.0) and k < 10:
        steps.append(f"raise k to 10 (hit@10 {modes[mode]['hit@10']:.3f} vs hit@{k} {modes[mode][key]:.3f})")
    if paraphrased:
        steps.append("enable a cross-encoder reranker for paraphrased questions (none is bundled: see the report)")
    if not steps:
        steps.append("the sources are not in the top 10 either: check chunking, or add the missing facts")
    message = f"{len(misses)}/{n} retrieval misses at k={k}"
    if paraphrased:
        message += f", {paraphrased} of them on questions that paraphrase the source"
    if draft_misses:
        message += f"; {len(draft_misses)} drafts never saw their source"
    return {
        "area": "retrieval",
        "status": "fail",
        "message": f"{message}: {'; '.join(steps)}",
        "counts": {"misses": len(misses), "questions": n, "paraphrased": paraphrased, "drafts": len(draft_misses)},
        "examples": _examples(failures, "retrieval"),
        "next_step": steps[0],
    }


def _grounding(report: dict[str, Any], failures: list[dict[str, Any]]) -> dict[str, Any] | None:
    section = report.get("grounding")
    if not section or not section.get("n"):
        return None
    mine = [f for f in failures if f["cause"] == "grounding"]
    drafts = [r for r in report.get("cases", {}).get("drafting", []) if "error" not in r]
    retrieved = [r for r in drafts if r["source_retrieved"]]
    omitted = sum(bool(r["facts_missing"]) for r in retrieved)
    uncited = sum(bool(r["uncited"]) for r in retrieved)
    if not mine:
        return _ok("grounding", f"{section['n']} drafts state their facts and cite them")
    step = (
        "the sources were retrieved but not used: retrain the adapters on examples that copy figures from "
        "passages, or try a larger base model (models.generator)"
        if omitted >= uncited
        else "drafts state facts no cited passage holds: keep pipeline.attribute_citations on, review "
        "Draft.unsupported before publishing, or lower max_new_tokens so drafts stop before inventing"
    )
    return {
        "area": "grounding",
        "status": "fail",
        "message": f"{len(mine)} of the {len(retrieved)} drafts whose source was retrieved fail grounding: "
        f"{omitted} omit an expected fact, {uncited} state facts without a cited source "
        f"(citation validity {section.get('citation_validity', 0):.2f}): {step}",
        "counts": {
            "failing": len(mine),
            "retrieved": len(retrieved),
            "drafts": len(drafts),
            "omitted": omitted,
            "uncited": uncited,
        },
        "examples": _examples(failures, "grounding"),
        "next_step": step,
    }


def _format(report: dict[str, Any], failures: list[dict[str, Any]]) -> dict[str, Any] | None:
    section = report.get("format")
    if not section:
        return None
    if "skipped" in section:
        return {
            "area": "format",
            "status": "skipped",
            "message": section["skipped"],
            "counts": {},
            "examples": [],
            "next_step": "",
        }
    mine = [f for f in failures if f["cause"] == "format"]
    n = section["n"]
    weakest = min(("type", "breaking", "pr"), key=lambda f: section[f"{f}_accuracy"])
    if not mine:
        return _ok(
            "format",
            f"{n}/{n} entries valid under {section['mechanism']}; weakest field {weakest} "
            f"({section[f'{weakest}_accuracy']:.2f})",
        )
    if section["schema_valid_rate"] < 1.0 and section["mechanism"] != "constrained":
        step = "use mechanism='constrained': a grammar makes every reply schema-valid"
    elif section["schema_valid_rate"] < 1.0:
        step = "raise max_new_tokens to the schema's bound, or lower the schema's max_length"
    else:
        step = (
            "replies are well-formed but break the model's rules: allow retries (repair turns), and add "
            "training examples of the failing rule to the adapter's corpus"
        )
    return {
        "area": "format",
        "status": "fail",
        "message": f"{len(mine)}/{n} changelog entries fail validation under {section['mechanism']} "
        f"(schema-valid {section['schema_valid_rate']:.3f}, field accuracy {section['field_accuracy']:.3f}, "
        f"weakest {weakest} {section[f'{weakest}_accuracy']:.2f}): {step}",
        "counts": {"failing": len(mine), "entries": n},
        "examples": _examples(failures, "format"),
        "next_step": step,
    }


def _voice(report: dict[str, Any], failures: list[dict[str, Any]]) -> dict[str, Any] | None:
    section = report.get("voice")
    if not section:
        return None
    if not section.get("trusted"):
        step = "add held-out and training examples to corpora/style, then re-run: the classifier is not trusted"
        return {
            "area": "voice",
            "status": "untrusted",
            "message": section.get("note", "voice classifier under the threshold"),
            "counts": {"classifier_heldout_accuracy": section["classifier_heldout_accuracy"]},
            "examples": [],
            "next_step": step,
        }
    configs = section["configs"]
    share = {name: c["share"] for name, c in configs.items() if c.get("share") is not None}
    prompt, adapter = share.get("base_style_prompt"), share.get("adapter")
    full = share.get(FULL)
    pieces = []
    if prompt is not None and adapter is not None:
        verdict = "keep the adapter" if adapter > prompt else "the style prompt is enough: the adapter adds nothing"
        pieces.append(f"voice {_pct(prompt)} with the style prompt vs {_pct(adapter)} with the adapter: {verdict}")
    if full is not None and adapter is not None and full < adapter:
        pieces.append(f"retrieval lowers it to {_pct(full)}: passages pull drafts toward their own wording")
    target = _setting(report, "voice_target")
    by_department = configs.get(FULL, {}).get("by_department", {})
    weak = sorted((s, d) for d, s in by_department.items() if s < target)
    if full is not None and full < target:
        pieces.append(
            f"the full pipeline is at {_pct(full)}, under the {_pct(target)} target: retrain the weakest "
            "adapter(s) with more examples or epochs: " + ", ".join(f"{d} {_pct(s)}" for s, d in weak[:3])
        )
    wrong = [f for f in failures if f["cause"] == "voice" or "voice" in f.get("also", [])]
    status = "fail" if full is not None and full < target else "ok"
    step = pieces[-1] if status == "fail" else (pieces[0] if pieces else "")
    return {
        "area": "voice",
        "status": status,
        "message": "; ".join(pieces) or "no voice configurations ran",
        "counts": {"wrong_voice": len(wrong), **{f"share_{k}": v for k, v in share.items()}},
        "examples": [
            f"{r['id']}: reads as {r['voice']}, not {r['department']}"
            for r in report.get("cases", {}).get("drafting", [])
            if r.get("voice") and r["voice"] != r["department"]
        ][:EXAMPLES],
        "next_step": step,
    }


def _latency(report: dict[str, Any], failures: list[dict[str, Any]], budget: float) -> dict[str, Any] | None:
    section = report.get("latency")
    if not section:
        return None
    single = section.get("single", {}).get(FULL)
    timings = single or section.get("batched", {}).get(FULL)
    if not timings or not timings.get("n"):
        return None
    mine = [f for f in failures if f["cause"] == "latency"]
    total = timings["total"]["p95"] or 1e-9
    retrieve_share = timings["retrieve"]["p95"] / total
    generate_share = timings["generate"]["p95"] / total
    profile = (
        f"p95 {timings['total']['p95']:.1f} s end to end: generate {_pct(generate_share)}, "
        f"retrieve {_pct(retrieve_share)} ({timings['retrieve']['p95']:.2f} s)"
    )
    if not single:
        return {
            **_ok("latency", f"{profile}, amortised over batches: no draft ran alone, so none was held to the budget"),
            "status": "unmeasured",
        }
    if not mine:
        return _ok("latency", f"{profile}, within the {budget:g} s budget")
    if retrieve_share >= 0.3:
        step = "retrieval is a large share: profile it (embedder batch, candidates, BM25 index) before dropping it"
    else:
        step = (
            "generation dominates and retrieval is cheap, so keep retrieval: lower max_new_tokens, or move "
            "generation to a GPU server (generation backend 'openai', e.g. vLLM with the adapters as models)"
        )
    return {
        "area": "latency",
        "status": "fail",
        "message": f"{len(mine)} of the single-draft samples over the {budget:g} s budget; {profile}: {step}",
        "counts": {"failing": len(mine), "samples": len(report.get("cases", {}).get("latency", []))},
        "examples": _examples(failures, "latency"),
        "next_step": step,
    }


def _ok(area: str, message: str) -> dict[str, Any]:
    return {"area": area, "status": "ok", "message": message, "counts": {}, "examples": [], "next_step": ""}


def audit(report: dict[str, Any], budget_s: float | None = None) -> dict[str, Any]:
    """Failures by cause and the recommendations, failing areas first in loop order."""
    budget = _setting(report, "latency_budget_s") if budget_s is None else budget_s
    failures = classify(report, budget)
    sections = [
        _retrieval(report, failures),
        _grounding(report, failures),
        _format(report, failures),
        _voice(report, failures),
        _latency(report, failures, budget),
    ]
    found = [s for s in sections if s is not None]
    # Failing areas first, in loop order; then what passed, was skipped or not measured.
    urgent = ("fail", "untrusted")
    ranked = [s for s in found if s["status"] in urgent] + [s for s in found if s["status"] not in urgent]
    for rank, s in enumerate(ranked, 1):
        s["rank"] = rank
    counts = Counter(f["cause"] for f in failures)
    later = Counter(c for f in failures for c in f.get("also", []))
    return {
        "budget_s": budget,
        "failures_by_cause": {c: counts.get(c, 0) for c in CAUSES},
        # Cases that also fail this stage, behind an earlier cause.
        "also_by_cause": {c: later.get(c, 0) for c in CAUSES},
        "failures": failures,
        "recommendations": ranked,
    }
