"""Latency: batched stage times per configuration (generate shared by the batch), then
drafts run alone, which is what one user waits."""

from __future__ import annotations

import contextlib
import itertools
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from hybrid.errors import HybridError
from hybrid.evaluation.cases import DraftingCase
from hybrid.evaluation.constants import CONFIGS, STAGES
from hybrid.evaluation.drafting import Drafts, config_spec
from hybrid.evaluation.stats import p50_p95
from hybrid.pipeline.draft import Draft
from hybrid.protocols import Progress
from hybrid.settings import EvalSizes

if TYPE_CHECKING:
    from hybrid.pipeline import HybridPipeline


def stage_seconds(d: Draft, amortise: bool) -> dict[str, float]:
    """Seconds per stage; `amortise` splits a batch's generate time over its rows."""
    t = d.timings
    generate = t.generate / t.batch if amortise else t.generate
    retrieve, prompt, validate = t.retrieve, t.prompt, t.validation
    return {
        "retrieve": retrieve,
        "prompt": prompt,
        "generate": generate,
        "validate": validate,
        "total": retrieve + prompt + generate + validate,
    }


def latency_stats(drafts: Sequence[Draft], amortise: bool) -> dict[str, Any]:
    per = [stage_seconds(d, amortise) for d in drafts]
    return {"n": len(per), **{s: p50_p95([p[s] for p in per]) for s in STAGES}}


def single_drafts(
    pipeline: HybridPipeline, cases: Sequence[DraftingCase], sizes: EvalSizes, progress: Progress
) -> dict[str, list[tuple[str, Draft]]]:
    """`latency_samples` drafts per configuration, each run alone."""
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
    for name in CONFIGS:
        runs = []
        for case in picked:
            # A configuration that cannot draft is already recorded by the batched section.
            with contextlib.suppress(HybridError):
                runs.append((case.id, pipeline.draft(config_spec(case, name, sizes.max_new_tokens))))
            progress.advance()
        out[name] = runs
    return out


def latency_section(
    pipeline: HybridPipeline,
    drafts: dict[str, Drafts],
    cases: Sequence[DraftingCase],
    sizes: EvalSizes,
    budget_s: float,
    progress: Progress,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The section and its per-draft records (single drafts only)."""
    section: dict[str, Any] = {"batched": {}, "single": {}, "budget_s": budget_s}
    for name, results in drafts.items():
        ok = [d for d in results.values() if isinstance(d, Draft)]
        if ok:
            section["batched"][name] = latency_stats(ok, amortise=True)
    singles = single_drafts(pipeline, cases, sizes, progress)
    for name, runs in singles.items():
        section["single"][name] = latency_stats([d for _, d in runs], amortise=False)
    records = [
        {"id": case_id, "config": name, **{k: round(v, 4) for k, v in stage_seconds(d, False).items()}}
        for name, runs in singles.items()
        for case_id, d in runs
    ]
    return section, records
