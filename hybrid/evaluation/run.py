"""`hybrid eval` from settings: build the configured pipeline, make sure the store holds
the facts the eval sets cite, run every section, audit, and describe what ran."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hybrid.evaluation.audit import audit
from hybrid.evaluation.runner import Progress, Silent, evaluate, load_inputs
from hybrid.settings import Settings


def run_eval(settings: Settings, quick: bool = False, progress: Progress | None = None) -> dict[str, Any]:
    """The report dict (see `hybrid.evaluation.runner`), with its `audit` section."""
    import torch

    from hybrid.pipeline import HybridPipeline

    progress = progress or Silent()
    ev = settings.evaluation
    # Read every eval set first: a malformed line fails in a second, not after the models load.
    inputs = load_inputs(ev, settings.pipeline.style_dir)
    torch.manual_seed(ev.seed)
    pipeline = HybridPipeline.from_settings(settings)
    knowledge = pipeline.knowledge
    ingested = None
    if Path(ev.facts_dir).is_dir():
        progress.stage(f"ingest {ev.facts_dir}", 1)
        ingested = knowledge.ingest([ev.facts_dir]).counts()  # type: ignore[union-attr]
        progress.advance()
    report = evaluate(
        pipeline,
        knowledge.embedder,  # type: ignore[union-attr]
        inputs,
        ev,
        quick=quick,
        cache_dir=settings.cache_dir,
        k=settings.knowledge.k,
        mode=settings.knowledge.mode,
        progress=progress,
    )
    generator = pipeline.generator
    report["pipeline"] = {
        "generator": settings.models.generator,
        "embedder": settings.models.embedder,
        "dtype": settings.generation.dtype,
        "k": settings.knowledge.k,
        "mode": settings.knowledge.mode,
        "adapters": {d: pipeline.adapters.adapter_for(d) for d in pipeline.departments()},
        "base_fingerprint": getattr(generator, "base_fingerprint", None),
        "facts_ingested": ingested,
    }
    report["audit"] = audit(report)
    return report
