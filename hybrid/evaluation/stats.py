"""The percentiles the report gives for latencies."""

from __future__ import annotations

from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of `values` (q in 0..1); 0.0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def p50_p95(values: Sequence[float]) -> dict[str, float]:
    """{"p50": ..., "p95": ...}, rounded to 0.1 ms."""
    return {"p50": round(percentile(values, 0.5), 4), "p95": round(percentile(values, 0.95), 4)}
