"""The drafts an eval run makes: which cases, in which configuration, batched how.

Every draft is its case's base `DraftSpec` updated by `CONFIGS[name]`, so the batched
drafts, the single (latency) drafts and a user's own `draft(spec)` ask for the same thing.
"""

from __future__ import annotations

import contextlib
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hybrid.errors import HybridError
from hybrid.evaluation.cases import DraftingCase
from hybrid.evaluation.constants import BY_MODE, CONFIGS
from hybrid.evaluation.grounding import Grounding
from hybrid.evaluation.inputs import sample
from hybrid.pipeline.draft import Draft
from hybrid.pipeline.spec import DraftSpec
from hybrid.protocols import Progress
from hybrid.settings import EvalSizes

if TYPE_CHECKING:
    from hybrid.pipeline import HybridPipeline

# A configuration's drafts by case id; a string is the error a batch raised instead.
Drafts = dict[str, Draft | str]


def config_spec(case: DraftingCase, config: str, max_new_tokens: int | None) -> DraftSpec:
    """The draft request for `case` under eval configuration `config`."""
    base = DraftSpec(request=case.request, department=case.department, max_new_tokens=max_new_tokens)
    return base.updated(**CONFIGS[config])


@dataclass
class DraftPlan:
    """The full pipeline on the grounding sample; every configuration on the voice sample,
    the first `voice_per_department` of the same draw."""

    drafted: list[DraftingCase]
    voice_cases: list[DraftingCase]
    by_id: dict[str, DraftingCase]

    @property
    def voice_ids(self) -> set[str]:
        return {c.id for c in self.voice_cases}

    def cases_for(self, config: str) -> list[DraftingCase]:
        return self.drafted if config in BY_MODE.values() else self.voice_cases


def plan_drafts(cases: Sequence[DraftingCase], sizes: EvalSizes, seed: int) -> DraftPlan:
    by_department = operator.attrgetter("department")
    drafted = sample(cases, sizes.drafts_per_department, seed, by_department)
    voice_cases = sample(drafted, sizes.voice_per_department, seed, by_department)
    return DraftPlan(drafted, voice_cases, {c.id: c for c in cases})


def warm_up(pipeline: HybridPipeline, plan: DraftPlan, progress: Progress) -> None:
    """Load every adapter once before anything is timed: latency is the steady state."""
    departments = sorted({c.department for c in plan.drafted})
    progress.stage("warm up", len(departments))
    for name in departments:
        with contextlib.suppress(HybridError):  # a department that cannot draft is reported later
            pipeline.draft(DraftSpec(request="warm up", department=name, retrieval=False, max_new_tokens=1))
        progress.advance()


def draft_config(
    pipeline: HybridPipeline,
    cases: Sequence[DraftingCase],
    config: str,
    sizes: EvalSizes,
    batch_size: int,
    progress: Progress,
    use_adapter: bool | None = None,
) -> Drafts:
    """Drafts by case id; a batch that cannot draft (no adapter, ...) records the error.
    `use_adapter` overrides the configuration's (a base with no adapters of its own)."""
    out: Drafts = {}
    # Sorted by department, so a full batch is one adapter, which runs merged into the
    # base; only the rows where departments meet share a mixed-adapter batch, which beats
    # running them one by one.
    ordered = sorted(cases, key=lambda c: c.department)
    for i in range(0, len(ordered), batch_size):
        chunk = ordered[i : i + batch_size]
        specs = [config_spec(c, config, sizes.max_new_tokens) for c in chunk]
        if use_adapter is not None:
            specs = [s.updated(use_adapter=use_adapter) for s in specs]
        try:
            drafts: list[Draft | str] = list(pipeline.draft_many(specs))
        except HybridError as exc:
            drafts = [f"{type(exc).__name__}: {exc}"] * len(chunk)
        for case, d in zip(chunk, drafts, strict=True):
            out[case.id] = d
        progress.advance(len(chunk))
    return out


def draft_all(
    pipeline: HybridPipeline, plan: DraftPlan, sizes: EvalSizes, batch_size: int, progress: Progress
) -> dict[str, Drafts]:
    """Every configuration's drafts, by configuration name."""
    progress.stage("drafting", sum(len(plan.cases_for(name)) for name in CONFIGS))
    return {name: draft_config(pipeline, plan.cases_for(name), name, sizes, batch_size, progress) for name in CONFIGS}


def draft_record(
    case: DraftingCase, d: Draft | str, check: Grounding | None, predicted: str | None, config: str
) -> dict[str, Any]:
    """One draft as the report's `cases.drafting` lists it."""
    if isinstance(d, str):
        return {"id": case.id, "department": case.department, "config": config, "error": d}
    return {
        "id": case.id,
        "department": case.department,
        "config": config,
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
