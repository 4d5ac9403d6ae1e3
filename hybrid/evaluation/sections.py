"""`hybrid eval`: every eval set against the configured pipeline, into one report.

The report is a plain dict (its JSON is the contract; `hybrid audit` and the charts read
it) with one section per failure mode, each made by one function here:
- `retrieval`: hit@k, MRR and nDCG@10 for dense, BM25 and hybrid fusion side by side;
- `voice`: a classifier's verdict on drafts from four configurations (base, base + style
  prompt, adapter, adapter + retrieval), trusted only if its held-out accuracy is 0.9+;
- `grounding`: full-pipeline drafts checked against the passages they cite;
- `format`: the changelog workload's schema-valid rate and field accuracy;
- `latency`: p50/p95 per stage and configuration.
Per-case records go under `cases`, so a failure can be traced to its request.
"""

from __future__ import annotations

import contextlib
import os
import platform
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from hybrid.evaluation.bases import PipelineFor, bases_section, drafted_latency, own_adapters
from hybrid.evaluation.cases import DraftingCase
from hybrid.evaluation.constants import BY_MODE, CONFIGS, FULL, MODES, REPORT_VERSION
from hybrid.evaluation.drafting import DraftPlan, Drafts, draft_all, draft_record, plan_drafts, warm_up
from hybrid.evaluation.format import run_format, summarise_format
from hybrid.evaluation.grounding import check, normalise, summarise
from hybrid.evaluation.inputs import EvalInputs, sample
from hybrid.evaluation.latency import latency_section
from hybrid.evaluation.retrieval import RetrievalCase, score_mode
from hybrid.evaluation.stats import p50_p95
from hybrid.evaluation.voice import TRUST_THRESHOLD, VoiceClassifier, load_or_fit
from hybrid.pipeline.draft import Draft
from hybrid.protocols import Embedder, NoProgress, Progress
from hybrid.settings import EvalSizes, EvaluationSettings
from hybrid.types import Passage

if TYPE_CHECKING:
    from hybrid.pipeline import HybridPipeline

NO_RERANKER = (
    "no cross-encoder reranker ships with hybrid's bundled models, and the usual ones "
    "(sentence-transformers' CrossEncoder, FlashRank) download theirs from the Hugging Face hub at run time, "
    "which this machine cannot reach; the rows above are without a reranker"
)


@runtime_checkable
class ModalRetriever(Protocol):
    """A knowledge layer that retrieves by a named mode (dense, bm25, hybrid), as `Knowledge` does."""

    def retrieve(self, query: str, k: int | None = None, filters: Any = None, mode: Any = None) -> list[Passage]:
        """The `k` best passages for `query` under `mode`."""
        ...


def retrieval_section(
    knowledge: ModalRetriever, cases: Sequence[RetrievalCase], k: int, mode: str, progress: Progress
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every mode on every question; returns the section and per-question records."""
    section: dict[str, Any] = {"n": len(cases), "k": k, "configured_mode": mode, "modes": {}}
    ranks: dict[str, dict[str, int | None]] = {}
    answers: dict[str, dict[str, bool]] = {}
    norm = normalise
    for name in MODES:
        seconds: list[float] = []
        seen: dict[str, list[Passage]] = {}

        def retrieve(question: str, name: str = name, seconds: list[float] = seconds, seen: dict = seen) -> list[Any]:
            t = time.perf_counter()
            passages = list(knowledge.retrieve(question, k=10, mode=name))
            seconds.append(time.perf_counter() - t)
            seen[question] = passages
            progress.advance()
            return passages

        ranks[name] = {}
        score = score_mode(cases, retrieve, name, ks=tuple(range(1, 11)), ranks=ranks[name])
        # The right document can still be the wrong chunk: does the answer itself reach the prompt?
        answered = {
            c.id: norm(c.answer) in norm(" ".join(p.text for p in seen[c.question][:k])) for c in cases if c.answer
        }
        answers[name] = answered
        section["modes"][name] = {
            **score.as_dict(),
            f"answer_in_top{k}": round(sum(answered.values()) / len(answered), 4) if answered else None,
            "seconds": p50_p95(seconds),
        }
    section["reranker"] = {"available": False, "reason": NO_RERANKER}
    records = [
        {
            "id": c.id,
            "question": c.question,
            "paraphrase": c.paraphrase,
            "sources": c.sources,
            "rank": {name: ranks[name].get(c.id) for name in MODES},
            "answer_in_top_k": {name: answers[name].get(c.id) for name in MODES},
        }
        for c in cases
    ]
    return section, records


def classify_drafts(
    classifier: VoiceClassifier, embedder: Embedder, drafts: dict[str, Drafts], progress: Progress
) -> dict[str, dict[str, str]]:
    """The department each configuration's drafts read as, by case id."""
    predictions: dict[str, dict[str, str]] = {}
    progress.stage("voice", len(CONFIGS))
    for name, results in drafts.items():
        ok = {i: d for i, d in results.items() if isinstance(d, Draft)}
        labels = classifier.classify(embedder, [d.text for d in ok.values()])
        predictions[name] = dict(zip(ok, labels, strict=True))
        progress.advance()
    return predictions


def voice_section(
    classifier: VoiceClassifier,
    predictions: dict[str, dict[str, str]],
    cases: dict[str, DraftingCase],
    voice_ids: set[str],
) -> dict[str, Any]:
    section: dict[str, Any] = {
        "classifier_heldout_accuracy": round(classifier.heldout_accuracy, 4),
        "classifier_heldout_n": classifier.heldout_n,
        "classifier_heldout_by_department": {k: round(v, 4) for k, v in classifier.heldout_by_department.items()},
        "classifier_departments": classifier.departments,
        "threshold": TRUST_THRESHOLD,
        "trusted": classifier.trusted,
        "configs": {},
    }
    if not classifier.trusted:
        section["note"] = (
            f"the voice classifier's held-out accuracy is {classifier.heldout_accuracy:.3f}, under "
            f"{TRUST_THRESHOLD}: its verdicts below are not used (add style examples, or another embedder)"
        )
    for config, by_case in predictions.items():
        # Every configuration is compared on the same cases.
        ids = [i for i in by_case if i in voice_ids]
        departments = sorted({cases[i].department for i in ids})
        by_department = {}
        for d in departments:
            mine = [i for i in ids if cases[i].department == d]
            by_department[d] = round(sum(by_case[i] == d for i in mine) / len(mine), 4)
        section["configs"][config] = {
            "n": len(ids),
            "share": round(sum(by_case[i] == cases[i].department for i in ids) / len(ids), 4) if ids else None,
            "by_department": by_department,
        }
    return section


def grounding_section(
    drafts: dict[str, Drafts], predictions: dict[str, dict[str, str]], plan: DraftPlan
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """`grounding` on the full pipeline's drafts (with `by_mode`: each drafting mode's
    full-pipeline drafts of the same cases, side by side), and the `cases.drafting` records."""
    by_id = plan.by_id
    section: dict[str, Any] = {}
    records: list[dict[str, Any]] = []
    by_mode: dict[str, Any] = {}
    for mode, config in BY_MODE.items():
        if config not in drafts:
            continue
        checks = {
            i: check(d, by_id[i].facts, by_id[i].sources) for i, d in drafts[config].items() if isinstance(d, Draft)
        }
        said = predictions.get(config, {})
        voice = [said[i] == by_id[i].department for i in checks if i in said]
        by_mode[mode] = {
            "config": config,
            **summarise(list(checks.values())),
            "voice_share": sum(voice) / len(voice) if voice else None,
        }
        records += [draft_record(by_id[i], d, checks.get(i), said.get(i), config) for i, d in drafts[config].items()]
    section = {**by_mode.get("attributed", {"config": FULL}), "by_mode": by_mode}
    return section, records


def voice_records(predictions: dict[str, dict[str, str]], plan: DraftPlan) -> list[dict[str, Any]]:
    """`cases.voice`: every configuration's verdict on the voice sample."""
    return [
        {"id": i, "config": name, "department": plan.by_id[i].department, "predicted": p}
        for name, by_case in predictions.items()
        for i, p in by_case.items()
        if i in plan.voice_ids
    ]


def drafting_errors(drafts: dict[str, Drafts]) -> dict[str, str]:
    """`config:case` -> the error of every draft a batch could not make."""
    return {f"{name}:{i}": d for name, r in drafts.items() for i, d in r.items() if isinstance(d, str)}


def format_section(
    pipeline: HybridPipeline,
    inputs: EvalInputs,
    settings: EvaluationSettings,
    sizes: EvalSizes,
    embedder: Embedder,
    progress: Progress,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    cases = sample(inputs.changelog, sizes.changelog_cases, settings.seed)
    department = settings.changelog_department
    if not cases:
        return {"skipped": f"no held-out pull requests at {settings.changelog_heldout}"}, []
    if department not in pipeline.departments():
        return {"skipped": f"no {department!r} department or adapter: train one to measure format"}, []
    progress.stage("format", len(cases))
    retries = settings.retries
    rows = run_format(
        pipeline, cases, department=department, mechanism=settings.mechanism, retries=retries, progress=progress.advance
    )
    summary = summarise_format(rows, embedder)
    return {"mechanism": settings.mechanism, "department": department, "retries": retries, **summary}, rows


class _Clock:
    """Seconds per section, for the report's `seconds`."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        t = time.perf_counter()
        yield
        self.seconds[name] = time.perf_counter() - t

    def rounded(self) -> dict[str, float]:
        return {k: round(v, 2) for k, v in {**self.seconds, "total": time.perf_counter() - self.started}.items()}


def _header(settings: EvaluationSettings, sizes: EvalSizes, quick: bool) -> dict[str, Any]:
    return {
        "version": REPORT_VERSION,
        "quick": quick,
        "seed": settings.seed,
        "sizes": sizes.model_dump(),
        "batch_size": settings.batch_size,
        "latency_budget_s": settings.latency_budget_s,
        "voice_target": settings.voice_target,
        "machine": _machine(),
        "cases": {},
    }


def _machine() -> dict[str, Any]:
    """What the latency figures were measured on: a figure means little without its CPU."""
    from hybrid.cpuinfo import cpu_flags, cpu_model, cpuinfo

    info = cpuinfo()
    wanted = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16", "amx_int8")
    return {
        "python": platform.python_version(),
        "cpus": _cpus(),
        "cpu_model": cpu_model(info),
        "cpu_flags": sorted(f for f in wanted if f in cpu_flags(info)),
    }


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _modal(knowledge: object) -> ModalRetriever:
    if not isinstance(knowledge, ModalRetriever):
        raise TypeError(f"eval compares retrieval modes: the pipeline's knowledge must take mode=, not {knowledge!r}")
    return knowledge


def _by_base(
    pipeline: HybridPipeline,
    report: dict[str, Any],
    drafts: dict[str, Drafts],
    plan: DraftPlan,
    voice: tuple[VoiceClassifier, Embedder],
    settings: EvaluationSettings,
    sizes: EvalSizes,
    pipeline_for: PipelineFor,
    configured: str,
    progress: Progress,
) -> dict[str, Any]:
    """`grounding.by_base`: the configured base's modes beside each of `settings.bases`."""

    def judge(found: dict[str, Drafts]) -> dict[str, Any]:
        return grounding_section(found, classify_drafts(*voice, found, progress), plan)[0]

    main = {
        "adapters": own_adapters(pipeline, sorted({c.department for c in plan.drafted})),
        "by_mode": report["grounding"]["by_mode"],
        "drafted_latency": drafted_latency(drafts),
    }
    return bases_section(
        configured, main, settings.bases, pipeline_for, plan, judge, sizes, settings.batch_size, progress
    )


def evaluate(
    pipeline: HybridPipeline,
    embedder: Embedder,
    inputs: EvalInputs,
    settings: EvaluationSettings,
    *,
    quick: bool,
    cache_dir: Path,
    k: int,
    mode: str,
    progress: Progress | None = None,
    knowledge: ModalRetriever | None = None,
    pipeline_for: PipelineFor | None = None,
    configured_base: str = "configured",
) -> dict[str, Any]:
    """Run every section against `pipeline`; retrieval modes are compared on `knowledge`
    (default: the pipeline's own, which must then take `mode=`). With `settings.bases`,
    `pipeline_for(base)` builds each other base's pipeline for `grounding.by_base`."""
    progress = progress or NoProgress()
    sizes = settings.quick if quick else settings.full
    clock = _Clock()
    report = _header(settings, sizes, quick)
    cases = report["cases"]
    with clock("retrieval"):
        questions = sample(inputs.retrieval, sizes.retrieval_cases, settings.seed)
        progress.stage("retrieval", len(questions) * len(MODES))
        report["retrieval"], cases["retrieval"] = retrieval_section(
            knowledge if knowledge is not None else _modal(pipeline.knowledge), questions, k, mode, progress
        )
    with clock("voice_classifier"):
        progress.stage("voice classifier", 1)
        classifier = load_or_fit(embedder, inputs.corpora, cache_dir, settings.seed)
        progress.advance()
    with clock("warm_up"):
        plan = plan_drafts(inputs.drafting, sizes, settings.seed)
        warm_up(pipeline, plan, progress)
    with clock("drafting"):
        drafts = draft_all(pipeline, plan, sizes, settings.batch_size, progress)
    with clock("voice"):
        predictions = classify_drafts(classifier, embedder, drafts, progress)
        report["voice"] = voice_section(classifier, predictions, plan.by_id, plan.voice_ids)
    report["grounding"], cases["drafting"] = grounding_section(drafts, predictions, plan)
    cases["voice"] = voice_records(predictions, plan)
    if settings.bases and pipeline_for is not None:
        with clock("bases"):
            report["grounding"]["by_base"] = _by_base(
                pipeline,
                report,
                drafts,
                plan,
                (classifier, embedder),
                settings,
                sizes,
                pipeline_for,
                configured_base,
                progress,
            )
    errors = drafting_errors(drafts)
    if errors:
        report["drafting_errors"] = errors
    with clock("format"):
        report["format"], cases["format"] = format_section(pipeline, inputs, settings, sizes, embedder, progress)
    with clock("latency"):
        report["latency"], cases["latency"] = latency_section(
            pipeline, drafts, plan.voice_cases, sizes, settings.latency_budget_s, progress
        )
    report["seconds"] = clock.rounded()
    return report
