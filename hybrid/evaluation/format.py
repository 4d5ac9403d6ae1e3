"""Format: the changelog workload's held-out pull requests, drafted under a schema.

Each reply is validated against `ChangelogEntry` with the PR's own number as context.
The request is `entry_spec`'s, as in `draft_entry`, except that `pr` is not pinned here,
so the `pr` column measures the model.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from hybrid.errors import StructuredOutputError
from hybrid.evaluation.stats import percentile
from hybrid.structured.validation import validate
from hybrid.workloads.changelog.draft import entry_spec
from hybrid.workloads.changelog.schema import ChangelogEntry, Labelled

if TYPE_CHECKING:
    from hybrid.pipeline import HybridPipeline
    from hybrid.protocols import Embedder

__all__ = ["FIELDS", "percentile", "run_format", "summarise_format"]

FIELDS = ("type", "breaking", "pr")


def run_format(
    pipeline: HybridPipeline,
    cases: Sequence[Labelled],
    *,
    department: str = "changelog",
    adapter: bool = True,
    mechanism: str = "constrained",
    retries: int = 0,
    examples: Sequence[Labelled] = (),
    free_tokens: int = 160,
    progress: Callable[[], None] = lambda: None,
) -> list[dict[str, Any]]:
    """One row per case: the raw reply, whether it is schema-valid and fully valid, and
    which of `type`, `breaking` and `pr` match the reference."""
    rows = []
    for case in cases:
        pull = case.pull
        t = time.perf_counter()
        spec = entry_spec(
            pull,
            department,
            use_adapter=adapter,
            mechanism=mechanism,
            retries=retries,
            examples=examples,
            pin_pr=False,
            max_new_tokens=None if mechanism == "constrained" else free_tokens,
        )
        try:
            draft = pipeline.draft(spec)
            raw, used = draft.text, draft.structured.retries_used if draft.structured else 0
        except StructuredOutputError as exc:
            raw, used = exc.raw, max(len(exc.attempts) - 1, 0)
        seconds = time.perf_counter() - t
        outcome = validate(raw, ChangelogEntry, {"pr": pull.pr})
        fields = outcome.data or {}
        rows.append(
            {
                "pr": pull.pr,
                "raw": raw,
                "schema_valid": outcome.structurally_valid,
                "valid": outcome.ok,
                "errors": [*outcome.schema_errors, *outcome.rule_errors],
                "fields": {f: fields.get(f) == getattr(case.entry, f) for f in FIELDS},
                "summary": fields.get("summary") if isinstance(fields.get("summary"), str) else None,
                "reference": case.entry.summary,
                "retries": used,
                "seconds": seconds,
            }
        )
        progress()
    return rows


def summarise_format(rows: Sequence[dict[str, Any]], embedder: Embedder | None = None) -> dict[str, Any]:
    """Rates over `rows`; with an embedder, also the summaries' cosine to the references."""
    n = len(rows)
    if not n:
        return {"n": 0}
    cosines: list[float] = []
    pairs = [(r["summary"], r["reference"]) for r in rows if r["summary"]]
    if embedder is not None and pairs:
        a = embedder.embed_documents([p[0] for p in pairs])
        b = embedder.embed_documents([p[1] for p in pairs])
        cosines = [sum(x * y for x, y in zip(u, v, strict=True)) for u, v in zip(a, b, strict=True)]
    seconds = [r["seconds"] for r in rows]
    per_field = {f: sum(r["fields"][f] for r in rows) / n for f in FIELDS}
    return {
        "n": n,
        "schema_valid_rate": sum(r["schema_valid"] for r in rows) / n,
        "valid_rate": sum(r["valid"] for r in rows) / n,
        "field_accuracy": sum(per_field.values()) / len(FIELDS),
        "type_accuracy": per_field["type"],
        "breaking_accuracy": per_field["breaking"],
        "pr_accuracy": per_field["pr"],
        "summary_similarity": statistics.fmean(cosines) if cosines else None,
        "summaries_scored": len(cosines),
        "retries_per_entry": sum(r["retries"] for r in rows) / n,
        "seconds_per_entry": statistics.fmean(seconds),
        "seconds_p50": percentile(seconds, 0.5),
        "seconds_p95": percentile(seconds, 0.95),
    }
