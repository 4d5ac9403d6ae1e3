"""Bases side by side: the grounding sample drafted in each mode on every base generator
the eval is asked to compare (`evaluation.bases`), next to the configured one.

Each base uses the adapters trained on its own weights; a department whose active
adapter was trained on another base drafts with that base alone, and the report says
so, since an adapter only fits the weights it was trained on. Latency here is each
batched draft's own time, the same way for every base, so the bases compare; the
single-draft latency section stays the configured base's.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from hybrid.errors import HybridError
from hybrid.evaluation.constants import BY_MODE
from hybrid.evaluation.drafting import DraftPlan, Drafts, draft_config
from hybrid.evaluation.stats import p50_p95
from hybrid.pipeline.draft import Draft
from hybrid.protocols import Progress
from hybrid.settings import EvalSizes

if TYPE_CHECKING:
    from hybrid.pipeline import HybridPipeline

# Builds the pipeline for another base generator, over the eval's knowledge.
PipelineFor = Callable[[str], "HybridPipeline"]
# The grounding section of a set of drafts (sections.grounding_section, bound to its
# classifier): kept a parameter so this module needs no classifier of its own.
Judge = Callable[[dict[str, Drafts]], dict[str, Any]]


def own_adapters(pipeline: HybridPipeline, departments: Sequence[str]) -> dict[str, str | None]:
    """Each department's adapter key, if its active version was trained on this base."""
    fingerprint = getattr(pipeline.generator, "base_fingerprint", None)  # loads the base
    # The VoiceMap protocol names adapters only; `Departments`, the one the build makes,
    # also holds the store whose manifests say which base each version was trained on.
    store = getattr(pipeline.adapters, "adapters", None)
    out: dict[str, str | None] = {}
    for dept in departments:
        try:
            ref = None if store is None else store.resolve(pipeline.adapters.adapter_for(dept))
        except HybridError:  # untrained, or a blend: no adapter of its own
            ref = None
        trained_on = getattr(getattr(ref, "manifest", None), "base_fingerprint", None)
        out[dept] = getattr(ref, "key", None) if trained_on is not None and trained_on == fingerprint else None
    return out


def drafted_latency(drafts: dict[str, Drafts]) -> dict[str, Any]:
    """p50/p95 of each mode's batched drafts' total seconds."""
    out = {}
    for mode, config in BY_MODE.items():
        ok = [d for d in drafts.get(config, {}).values() if isinstance(d, Draft)]
        if ok:
            out[mode] = p50_p95([d.timings.total for d in ok])
    return out


def base_drafts(
    pipeline: HybridPipeline,
    plan: DraftPlan,
    sizes: EvalSizes,
    batch_size: int,
    progress: Progress,
    adapters: dict[str, str | None],
) -> dict[str, Drafts]:
    """Each mode's drafts of the grounding sample; departments without an adapter of
    this base's draft with the base alone."""
    progress.stage("bases: drafting", len(plan.drafted) * len(BY_MODE))
    out: dict[str, Drafts] = {}
    for config in BY_MODE.values():
        out[config] = {}
        for with_adapter in (True, False):
            cases = [c for c in plan.drafted if (adapters.get(c.department) is not None) == with_adapter]
            if cases:
                out[config].update(
                    draft_config(pipeline, cases, config, sizes, batch_size, progress, use_adapter=with_adapter)
                )
    return out


def bases_section(
    configured: str,
    main: dict[str, Any],
    bases: Sequence[str],
    pipeline_for: PipelineFor,
    plan: DraftPlan,
    judge: Judge,
    sizes: EvalSizes,
    batch_size: int,
    progress: Progress,
) -> dict[str, Any]:
    """`grounding.by_base`: the configured base's figures (`main`: its `by_mode` and
    drafts) and each other base's, measured the same way."""
    section: dict[str, Any] = {configured: main}
    departments = sorted({c.department for c in plan.drafted})
    for base in bases:
        if base in section:
            continue
        try:
            pipeline = pipeline_for(base)
            adapters = own_adapters(pipeline, departments)
        except HybridError as exc:
            section[base] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        drafts = base_drafts(pipeline, plan, sizes, batch_size, progress, adapters)
        section[base] = {
            "adapters": adapters,
            "by_mode": judge(drafts)["by_mode"],
            "drafted_latency": drafted_latency(drafts),
        }
        del pipeline, drafts
        gc.collect()  # one base's weights out before the next one's load
    return section
