"""Precision chosen by measurement on this CPU, once, and remembered.

Whether bfloat16 pays depends on the CPU, not on the model: on an AVX2 CPU without
AVX512-BF16 a many-row bf16 matmul ran 5-6x slower than float32 while one-row decode ran
about 2x faster; on a Zen 4 with AVX512-BF16 many-row bf16 ran 2.6-6x *faster* and small
one-row matmuls 2.5x slower (shared/reviews/performance.md). So at first use each phase
gets a sub-second matmul of its own shape in each candidate dtype, the fastest wins (a
lower precision only by a clear margin, since it costs accuracy), and the choice is
cached in the hybrid cache dir keyed by CPU model, flags and library versions.
`generation.dtype` other than "auto" overrides it.

Choosing (`choose`) is kept apart from timing (`measure_all`) so the logic is tested with
injected timings, never with a timed test.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from hybrid.atomic import write_json

CANDIDATES = ("float32", "bfloat16")
# (rows, in, out, matrices) per phase. Decode sweeps 16 SmolLM2-FFN-sized matrices (57 MB
# in float32, more than an L3), so it measures the memory-bound one-row case, not a
# cached matrix.
PHASES: dict[str, tuple[int, int, int, int]] = {
    "prefill": (512, 576, 1536, 1),
    "decode": (1, 576, 1536, 16),
    "embedding": (512, 384, 1536, 1),
    "training": (256, 576, 1536, 1),
}
# A dtype other than float32 must be this much faster to be chosen.
MARGIN = 1.15
# Bump when the probe's shapes or rules change, so old cached choices are re-measured.
PROBE_VERSION = 1

Timings = Mapping[str, Mapping[str, float]]  # phase -> dtype -> seconds per call


def choose(timings: Timings, margin: float = MARGIN) -> dict[str, str]:
    """The dtype per phase: float32 unless another is `margin` times faster (fastest wins)."""
    out: dict[str, str] = {}
    for phase, by_dtype in timings.items():
        best = "float32"
        reference = by_dtype.get("float32", float("inf"))
        for dtype, seconds in by_dtype.items():
            if dtype != "float32" and seconds * margin < reference and seconds < by_dtype.get(best, float("inf")):
                best = dtype
        out[phase] = best
    return out


def generation_dtype(choice: Mapping[str, str]) -> str:
    """The `generation.dtype` value that runs decode and prefill as `choice` says."""
    decode, prefill = choice.get("decode", "float32"), choice.get("prefill", "float32")
    if decode == "bfloat16":
        return "bfloat16" if prefill == "bfloat16" else "bf16-decode"
    # Decode is most of a draft's time: with float32 decode the weights stay float32.
    return "float32"


def host() -> dict[str, Any]:
    """What a cached choice is only valid for: the CPU, its flags, the libraries, threads."""
    import torch

    from hybrid.cpuinfo import cpu_flags, cpu_model, cpuinfo

    info = cpuinfo()
    return {
        "cpu_model": cpu_model(info),
        "cpu_family_model": f"{info.get('cpu family', '')}/{info.get('model', '')}",
        "cpu_flags": sorted(cpu_flags(info)),
        "torch": torch.__version__,
        "torch_cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "threads": torch.get_num_threads(),
        "probe_version": PROBE_VERSION,
    }


def cache_key(machine: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(machine, sort_keys=True).encode()).hexdigest()[:16]


def time_phase(phase: str, dtype: str, budget_s: float = 0.06) -> float:
    """Best seconds per call of `phase`'s matmul in `dtype`, repeated for about `budget_s`."""
    import torch
    import torch.nn.functional as F

    rows, n_in, n_out, count = PHASES[phase]
    dt = getattr(torch, dtype)
    x = torch.randn(rows, n_in, dtype=dt, requires_grad=phase == "training")
    weights = [torch.randn(n_out, n_in, dtype=dt) / n_in**0.5 for _ in range(count)]

    def once() -> None:
        if phase == "training":
            F.linear(x, weights[0]).float().sum().backward()
            return
        with torch.inference_mode():
            for w in weights:
                F.linear(x, w)

    t0 = time.perf_counter()
    once()  # the first call pays kernel selection and page faults
    first = time.perf_counter() - t0
    if first > budget_s:  # already far slower than a fast dtype: don't spend more on it
        return first
    best, spent = float("inf"), 0.0
    while spent < budget_s:
        t0 = time.perf_counter()
        once()
        took = time.perf_counter() - t0
        best, spent = min(best, took), spent + took
    return best


def measure_all(budget_s: float = 0.06) -> dict[str, dict[str, float]]:
    """`time_phase` for every phase and candidate, the dtypes interleaved per phase."""
    return {phase: {dtype: time_phase(phase, dtype, budget_s) for dtype in CANDIDATES} for phase in PHASES}


def chosen(
    cache_dir: Path,
    measure: Callable[[], Timings] | None = None,
    machine: Callable[[], Mapping[str, Any]] | None = None,
) -> dict[str, str]:
    """The cached choice for this machine, measured and written (atomically) if absent.

    A cache file that is unreadable or names another machine is measured again and
    replaced: it only ever holds a measurement, never a user's setting."""
    described = dict((machine or host)())
    path = Path(cache_dir) / "precision" / f"{cache_key(described)}.json"
    try:
        cached = json.loads(path.read_text())
        if cached.get("machine") == json.loads(json.dumps(described)):
            return dict(cached["choice"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    timings = {phase: dict(by) for phase, by in (measure or measure_all)().items()}
    choice = choose(timings)
    write_json(path, {"machine": described, "timings_s": timings, "choice": choice})
    return choice
