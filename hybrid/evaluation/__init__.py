"""Evaluation: metrics over the eval sets in corpora/eval/, and the failure-mode audit.

`run_eval(settings)` is the whole `hybrid eval`: build the configured pipeline, make sure
the store holds the facts the eval sets cite, run every section
(`hybrid.evaluation.sections`), audit, and describe what ran.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hybrid.protocols import Progress
    from hybrid.settings import Settings

__all__ = ["run_eval"]


def run_eval(settings: Settings, quick: bool = False, progress: Progress | None = None) -> dict[str, Any]:
    """The report dict (see `hybrid.evaluation.sections`), with its `audit` section."""
    # Imported here: the submodules (cases, retrieval, ...) are used on their own, and
    # importing this package must not load the pipeline, torch and the classifier.
    import torch

    from hybrid.build import build_knowledge, build_pipeline
    from hybrid.evaluation.audit import audit
    from hybrid.evaluation.inputs import load_inputs
    from hybrid.evaluation.sections import evaluate
    from hybrid.protocols import NoProgress

    progress = progress or NoProgress()
    ev = settings.evaluation
    # Read every eval set first: a malformed line fails in a second, not after the models load.
    inputs = load_inputs(ev, settings.pipeline.style_dir)
    torch.manual_seed(ev.seed)
    # The knowledge layer is built here, not fetched back from the pipeline: the eval
    # ingests into it and compares its retrieval modes.
    knowledge = build_knowledge(settings)
    pipeline = build_pipeline(settings, retriever=knowledge)
    ingested = None
    if Path(ev.facts_dir).is_dir():
        progress.stage(f"ingest {ev.facts_dir}", 1)
        ingested = knowledge.ingest([ev.facts_dir]).counts()
        progress.advance()
    report = evaluate(
        pipeline,
        knowledge.embedder,
        inputs,
        ev,
        quick=quick,
        cache_dir=settings.cache_dir,
        k=settings.knowledge.k,
        mode=settings.knowledge.mode,
        progress=progress,
        knowledge=knowledge,
        pipeline_for=lambda base: build_pipeline(_with_base(settings, base), retriever=knowledge),
        configured_base=settings.models.generator,
    )
    report["pipeline"] = {
        "generator": settings.models.generator,
        "embedder": settings.models.embedder,
        "dtype": settings.generation.dtype,
        "backend": settings.generation.backend,
        "k": settings.knowledge.k,
        "mode": settings.knowledge.mode,
        "adapters": {d: pipeline.adapters.adapter_for(d) for d in pipeline.departments()},
        "base_fingerprint": getattr(pipeline.generator, "base_fingerprint", None),
        "facts_ingested": ingested,
    }
    report["audit"] = audit(report)
    return report


def _with_base(settings: Settings, base: str) -> Settings:
    """`settings` with another base generator; everything else, the adapters included, kept."""
    return settings.model_copy(update={"models": settings.models.model_copy(update={"generator": base})})
