"""`hybrid eval`: every eval set against the configured pipeline, into one report.

The report is a plain dict (its JSON is the contract; `hybrid audit` and the charts read
it) with one section per failure mode:
- `retrieval`: hit@k, MRR and nDCG@10 for dense, BM25 and hybrid fusion side by side;
- `grounding`: full-pipeline drafts checked against the passages they cite;
- `voice`: a classifier's verdict on drafts from four configurations (base, base + style
  prompt, adapter, adapter + retrieval), trusted only if its held-out accuracy is 0.9+;
- `format`: the changelog workload's schema-valid rate and field accuracy;
- `latency`: p50/p95 per stage and configuration.
Per-case records go under `cases`, so a failure can be traced to its request.
"""

from __future__ import annotations

import contextlib
import itertools
import operator
import platform
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from hybrid.changelog import Labelled, is_empty, read_labelled
from hybrid.errors import HybridError
from hybrid.evaluation import grounding as grounding_checks
from hybrid.evaluation.cases import DraftingCase, EvalFileError, read_cases
from hybrid.evaluation.format import percentile, run_format, summarise_format
from hybrid.evaluation.retrieval import RetrievalCase, load_cases, score_mode
from hybrid.evaluation.voice import TRUST_THRESHOLD, VoiceClassifier, load_or_fit
from hybrid.pipeline.draft import Draft, DraftRequest
from hybrid.protocols import Embedder
from hybrid.settings import EvalSizes, EvaluationSettings
from hybrid.style.corpus import StyleCorpus, load_corpus

REPORT_VERSION = 1
# The four voice configurations, in the order the loop tries them: prompt, then adapter.
CONFIGS: dict[str, dict[str, bool]] = {
    "base": {"retrieval": False, "adapter": False, "style_prompt": False},
    "base_style_prompt": {"retrieval": False, "adapter": False, "style_prompt": True},
    "adapter": {"retrieval": False, "adapter": True, "style_prompt": False},
    "adapter_retrieval": {"retrieval": True, "adapter": True, "style_prompt": False},
}
FULL = "adapter_retrieval"
MODES = ("dense", "bm25", "hybrid")
STAGES = ("retrieve", "prompt", "generate", "validate", "total")
NO_RERANKER = (
    "no cross-encoder reranker ships with hybrid's bundled models, and the usual ones "
    "(sentence-transformers' CrossEncoder, FlashRank) download theirs from the Hugging Face hub at run time, "
    "which this machine cannot reach; the rows above are without a reranker"
)

C = TypeVar("C")


class Progress(Protocol):
    """Where a long run reports how far it is (the CLI draws a progress bar)."""

    def stage(self, name: str, total: int) -> None:
        """A new stage of `total` steps starts."""
        ...

    def advance(self, steps: int = 1) -> None:
        """`steps` more steps of the current stage are done."""
        ...


class Silent:
    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


@dataclass
class EvalInputs:
    """The eval sets and style corpora a run reads, checked before any model runs."""

    retrieval: list[RetrievalCase]
    drafting: list[DraftingCase]
    changelog: list[Labelled]
    corpora: dict[str, StyleCorpus]


def load_inputs(settings: EvaluationSettings, style_dir: Path) -> EvalInputs:
    """Read every eval set; a malformed line is an `EvalFileError` naming file and line."""
    retrieval = load_cases(settings.eval_dir / "retrieval.jsonl")
    drafting = read_cases(settings.eval_dir / "drafting.jsonl", DraftingCase)
    changelog: list[Labelled] = []
    if settings.changelog_heldout.is_file():
        try:
            changelog = [c for c in read_labelled(settings.changelog_heldout) if not is_empty(c.pull)]
        except HybridError as exc:
            raise EvalFileError(str(exc)) from None
    corpora = {}
    if Path(style_dir).is_dir():
        for folder in sorted(Path(style_dir).iterdir()):
            if (folder / "train.jsonl").is_file():
                corpora[folder.name] = load_corpus(folder)
    return EvalInputs(retrieval, drafting, changelog, corpora)


def sample(cases: Sequence[C], n: int, seed: int, key: Callable[[C], str] = lambda c: "") -> list[C]:
    """`n` cases per `key` group (0: all), drawn with `seed`, kept in file order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, case in enumerate(cases):
        groups[key(case)].append(i)
    keep: list[int] = []
    for name in sorted(groups):
        order = list(groups[name])
        random.Random(f"{seed}:{name}").shuffle(order)
        keep += order[:n] if n else order
    return [cases[i] for i in sorted(keep)]


def _stats(values: Sequence[float]) -> dict[str, float]:
    return {"p50": round(percentile(values, 0.5), 4), "p95": round(percentile(values, 0.95), 4)}


def _stage_seconds(d: Draft, amortise: bool) -> dict[str, float]:
    t = d.timings
    generate = t.generate / t.batch if amortise else t.generate
    retrieve, prompt, validate = t.retrieve, t.prompt, t.validate_
    return {
        "retrieve": retrieve,
        "prompt": prompt,
        "generate": generate,
        "validate": validate,
        "total": retrieve + prompt + generate + validate,
    }


def _latency(drafts: Sequence[Draft], amortise: bool) -> dict[str, Any]:
    per = [_stage_seconds(d, amortise) for d in drafts]
    return {"n": len(per), **{s: _stats([p[s] for p in per]) for s in STAGES}}


def _draft_config(
    pipeline: Any,
    cases: Sequence[DraftingCase],
    config: str,
    sizes: EvalSizes,
    batch_size: int,
    progress: Progress,
) -> dict[str, Draft | str]:
    """Drafts by case id; a batch that cannot draft (no adapter, ...) records the error."""
    out: dict[str, Draft | str] = {}
    options = CONFIGS[config]
    # Sorted by department, so a full batch is one adapter, which runs merged into the
    # base; only the rows where departments meet share a mixed-adapter batch, which beats
    # running them one by one.
    ordered = sorted(cases, key=lambda c: c.department)
    for i in range(0, len(ordered), batch_size):
        chunk = ordered[i : i + batch_size]
        rows = [
            DraftRequest(
                request=c.request,
                department=c.department,
                max_new_tokens=sizes.max_new_tokens,
                retrieval=options["retrieval"],
                adapter=options["adapter"],
                style_prompt=options["style_prompt"],
            )
            for c in chunk
        ]
        try:
            drafts: list[Draft | str] = list(pipeline.draft_many(rows))
        except HybridError as exc:
            drafts = [f"{type(exc).__name__}: {exc}"] * len(chunk)
        for case, d in zip(chunk, drafts, strict=True):
            out[case.id] = d
        progress.advance(len(chunk))
    return out


def evaluate_retrieval(
    knowledge: Any, cases: Sequence[RetrievalCase], k: int, mode: str, progress: Progress
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Every mode on every question; returns the section and per-question records."""
    section: dict[str, Any] = {"n": len(cases), "k": k, "configured_mode": mode, "modes": {}}
    ranks: dict[str, dict[str, int | None]] = {}
    answers: dict[str, dict[str, bool]] = {}
    for name in MODES:
        seconds: list[float] = []
        got: dict[str, int | None] = {}
        seen: dict[str, list[Any]] = {}

        def retrieve(question: str, name: str = name, seconds: list[float] = seconds, seen: dict = seen) -> list[Any]:
            t = time.perf_counter()
            passages = list(knowledge.retrieve(question, k=10, mode=name))
            seconds.append(time.perf_counter() - t)
            seen[question] = passages
            progress.advance()
            return passages

        score = score_mode(cases, retrieve, name, ks=tuple(range(1, 11)), ranks=got)
        # The right document can still be the wrong chunk: does the answer itself reach the prompt?
        norm = grounding_checks.normalise
        answers[name] = {
            c.id: norm(c.answer) in norm(" ".join(p.text for p in seen[c.question][:k])) for c in cases if c.answer
        }
        answered = answers[name]
        section["modes"][name] = {
            **score.as_dict(),
            f"answer_in_top{k}": round(sum(answered.values()) / len(answered), 4) if answered else None,
            "seconds": _stats(seconds),
        }
        ranks[name] = got
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


def _voice_section(
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


def evaluate(
    pipeline: Any,
    embedder: Embedder,
    inputs: EvalInputs,
    settings: EvaluationSettings,
    *,
    quick: bool,
    cache_dir: Path,
    k: int,
    mode: str,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Run every section against `pipeline` (whose `knowledge` must take `mode=`)."""
    progress = progress or Silent()
    sizes = settings.quick if quick else settings.full
    seed = settings.seed
    started = time.perf_counter()
    seconds: dict[str, float] = {}
    report: dict[str, Any] = {
        "version": REPORT_VERSION,
        "quick": quick,
        "seed": seed,
        "sizes": sizes.model_dump(),
        "batch_size": settings.batch_size,
        "latency_budget_s": settings.latency_budget_s,
        "voice_target": settings.voice_target,
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
        "cases": {},
    }

    # retrieval
    t = time.perf_counter()
    questions = sample(inputs.retrieval, sizes.retrieval_cases, seed)
    progress.stage("retrieval", len(questions) * len(MODES))
    report["retrieval"], report["cases"]["retrieval"] = evaluate_retrieval(
        pipeline.knowledge, questions, k, mode, progress
    )
    seconds["retrieval"] = time.perf_counter() - t

    # voice classifier
    t = time.perf_counter()
    progress.stage("voice classifier", 1)
    classifier = load_or_fit(embedder, inputs.corpora, cache_dir, seed)
    progress.advance()
    seconds["voice_classifier"] = time.perf_counter() - t

    # drafting: the full pipeline on the grounding sample, the four configurations on
    # the voice sample (a subset of it: the first voice_per_department of the same draw)
    t = time.perf_counter()
    by_department = operator.attrgetter("department")
    drafted = sample(inputs.drafting, sizes.drafts_per_department, seed, by_department)
    voice_cases = sample(drafted, sizes.voice_per_department, seed, by_department)
    voice_ids = {c.id for c in voice_cases}
    by_id = {c.id: c for c in inputs.drafting}
    plan = {name: (drafted if name == FULL else voice_cases) for name in CONFIGS}
    # Load every adapter once before anything is timed: latency is the steady state.
    progress.stage("warm up", len({c.department for c in drafted}))
    for department_name in sorted({c.department for c in drafted}):
        with contextlib.suppress(HybridError):  # a department that cannot draft is reported below
            pipeline.draft("warm up", department_name, retrieval=False, max_new_tokens=1)
        progress.advance()
    seconds["warm_up"] = time.perf_counter() - t
    t = time.perf_counter()
    progress.stage("drafting", sum(len(v) for v in plan.values()))
    drafts = {
        name: _draft_config(pipeline, cases, name, sizes, settings.batch_size, progress) for name, cases in plan.items()
    }
    seconds["drafting"] = time.perf_counter() - t

    t = time.perf_counter()
    predictions: dict[str, dict[str, str]] = {}
    progress.stage("voice", len(CONFIGS))
    for name, results in drafts.items():
        ok = {i: d for i, d in results.items() if isinstance(d, Draft)}
        labels = classifier.classify(embedder, [d.text for d in ok.values()])
        predictions[name] = dict(zip(ok, labels, strict=True))
        progress.advance()
    report["voice"] = _voice_section(classifier, predictions, by_id, voice_ids)
    seconds["voice"] = time.perf_counter() - t

    # grounding, on the full pipeline's drafts
    checks: dict[str, grounding_checks.Grounding] = {}
    for case_id, d in drafts[FULL].items():
        if isinstance(d, Draft):
            case = by_id[case_id]
            checks[case_id] = grounding_checks.check(d, case.facts, case.sources)
    report["grounding"] = {"config": FULL, **grounding_checks.summarise(list(checks.values()))}
    report["cases"]["drafting"] = [
        _draft_record(by_id[i], d, checks.get(i), predictions[FULL].get(i), name=FULL) for i, d in drafts[FULL].items()
    ]
    report["cases"]["voice"] = [
        {"id": i, "config": name, "department": by_id[i].department, "predicted": p}
        for name, by_case in predictions.items()
        for i, p in by_case.items()
        if i in voice_ids
    ]
    errors = {f"{name}:{i}": d for name, r in drafts.items() for i, d in r.items() if isinstance(d, str)}
    if errors:
        report["drafting_errors"] = errors

    # format
    t = time.perf_counter()
    report["format"], report["cases"]["format"] = _format(pipeline, inputs, settings, sizes, embedder, progress)
    seconds["format"] = time.perf_counter() - t

    # latency: batched stage times per configuration (generate shared by the batch), then
    # drafts run alone, which is what one user waits
    t = time.perf_counter()
    latency: dict[str, Any] = {"batched": {}, "single": {}, "budget_s": settings.latency_budget_s}
    for name, results in drafts.items():
        ok_drafts = [d for d in results.values() if isinstance(d, Draft)]
        if ok_drafts:
            latency["batched"][name] = _latency(ok_drafts, amortise=True)
    singles = _single_drafts(pipeline, voice_cases, sizes, progress)
    for name, runs in singles.items():
        latency["single"][name] = _latency([d for _, d in runs], amortise=False)
    report["cases"]["latency"] = [
        {"id": case_id, "config": name, **{k_: round(v, 4) for k_, v in _stage_seconds(d, False).items()}}
        for name, runs in singles.items()
        for case_id, d in runs
    ]
    report["latency"] = latency
    seconds["latency"] = time.perf_counter() - t

    seconds["total"] = time.perf_counter() - started
    report["seconds"] = {k_: round(v, 2) for k_, v in seconds.items()}
    return report


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _draft_record(
    case: DraftingCase, d: Draft | str, check: grounding_checks.Grounding | None, predicted: str | None, name: str
) -> dict[str, Any]:
    if isinstance(d, str):
        return {"id": case.id, "department": case.department, "config": name, "error": d}
    return {
        "id": case.id,
        "department": case.department,
        "config": name,
        "request": case.request,
        "expected_sources": case.sources,
        "facts": case.facts,
        "text": d.text,
        "sources": [p.source for p in d.passages],
        "unsupported": [c.text for c in d.unsupported],
        "finish_reason": d.finish_reason,
        "voice": predicted,
        **(check.as_dict() if check else {}),
    }


def _format(
    pipeline: Any,
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
    rows = run_format(
        pipeline, cases, department=department, mechanism=settings.mechanism, retries=2, progress=progress.advance
    )
    summary = summarise_format(rows, embedder)
    return {"mechanism": settings.mechanism, "department": department, "retries": 2, **summary}, rows


def _single_drafts(
    pipeline: Any, cases: Sequence[DraftingCase], sizes: EvalSizes, progress: Progress
) -> dict[str, list[tuple[str, Draft]]]:
    if not sizes.latency_samples:
        return {}
    # Round-robin over departments, so samples cover more than one adapter.
    by_department: dict[str, list[DraftingCase]] = defaultdict(list)
    for case in cases:
        by_department[case.department].append(case)
    order = [c for group in itertools.zip_longest(*by_department.values()) for c in group if c is not None]
    picked = order[: sizes.latency_samples]
    progress.stage("latency", len(picked) * len(CONFIGS))
    out: dict[str, list[tuple[str, Draft]]] = {}
    for name, options in CONFIGS.items():
        runs = []
        for case in picked:
            try:
                d = pipeline.draft(case.request, case.department, max_new_tokens=sizes.max_new_tokens, **options)
            except HybridError:
                progress.advance()
                continue
            runs.append((case.id, d))
            progress.advance()
        out[name] = runs
    return out
