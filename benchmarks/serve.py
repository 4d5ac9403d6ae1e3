"""Server benchmark: mixed-adapter batching against one request at a time, on the
bundled base model and the shipped adapters, under the same load.

    python benchmarks/serve.py [--quick] [--json]

`requests` chat completions, spread round-robin over the base model and every shipped
department adapter, are sent by `concurrency` clients at once to `hybrid serve`'s app on
127.0.0.1 (real uvicorn, real HTTP). The same generator serves two apps in turn: one
batching (rows that arrive within serve.batch_window_ms share a forward, up to
serve.max_batch), one with max_batch=1 (each request its own forward). Both decode
greedily to the same max_tokens.

With --json the last line is one JSON object: batched_rps, sequential_rps, speedup,
batched_p95_s, sequential_p95_s, requests, concurrency (plus a few more).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from report import report  # noqa: E402

REQUESTS = [
    "Announce that the Atlas desk now lifts faster.",
    "Tell customers how to return an Orion chair.",
    "Summarise the data retention policy for staff.",
    "Explain the firmware update for the Fleet app.",
    "Write a note about free shipping on orders over $500.",
    "Describe the warranty on the Helix lamp.",
    "Say who is on call for the support rotation this week.",
    "Introduce the new Nimbus monitor arm.",
]


def run_load(url: str, models: list[str], n: int, concurrency: int, max_tokens: int) -> tuple[float, list[float]]:
    import httpx

    def one(i: int) -> float:
        body = {
            "model": models[i % len(models)],
            "messages": [{"role": "user", "content": REQUESTS[i % len(REQUESTS)]}],
            "max_tokens": max_tokens,
        }
        t0 = time.perf_counter()
        resp = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=600)
        resp.raise_for_status()
        return time.perf_counter() - t0

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = list(pool.map(one, range(n)))
    return time.perf_counter() - t0, latencies


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="16 requests, 8 clients, 24 tokens each (~1-2 min)")
    parser.add_argument("--json", action="store_true", help="also print one JSON object as the last line")
    args = parser.parse_args()
    n, concurrency, max_tokens = (16, 8, 24) if args.quick else (48, 16, 64)

    from hybrid.pipeline import HybridPipeline
    from hybrid.registry import build_adapter_registry
    from hybrid.serve import Components, create_app
    from hybrid.settings import load_settings
    from tests.serve.servers import running

    state = Path(tempfile.mkdtemp(prefix="hybrid-bench-serve-"))
    settings = load_settings(state_dir=state, adapters_dir=REPO / "adapters")
    pipeline = HybridPipeline.from_settings(settings)
    adapters = build_adapter_registry(settings)
    departments = [d for d in ("marketing", "legal", "engineering", "support") if d in adapters.names()]
    models = [settings.models.generator, *departments]
    pipeline.generator.warm_up()  # type: ignore[attr-defined]
    for name in departments:
        pipeline.generator.ensure(name)  # type: ignore[attr-defined]

    results = {}
    for label, max_batch in (("batched", concurrency), ("sequential", 1)):
        config = settings.serve.model_copy(
            update={"max_concurrency": concurrency, "max_queue": n, "max_batch": max_batch, "request_timeout_s": 600}
        )
        parts = Components(pipeline=pipeline, adapters=adapters, base_model=settings.models.generator)
        app = create_app(parts, config)
        with running(app) as url:
            run_load(url, models, len(models), len(models), 4)  # warm: every adapter loaded and merged once
            wall, latencies = run_load(url, models, n, concurrency, max_tokens)
        stats = app.state.batcher.stats
        results[label] = {
            "rps": n / wall,
            "p95": p95(latencies),
            "p50": statistics.median(latencies),
            "wall": wall,
            "rows_per_forward": stats.rows / max(stats.batches, 1),
        }
    b, s = results["batched"], results["sequential"]
    speedup = b["rps"] / s["rps"]
    rows = [
        ("load", f"{n} chat completions, {concurrency} clients, {max_tokens} tokens, {len(models)} models", ""),
        ("batched throughput", f"{b['rps']:.2f} req/s ({b['rows_per_forward']:.1f} rows/forward)", f"{speedup:.2f}x"),
        ("one at a time throughput", f"{s['rps']:.2f} req/s", "1.00x"),
        ("batched latency p50 / p95", f"{b['p50']:.2f} / {b['p95']:.2f} s", f"{b['p95'] / s['p95']:.2f}x p95"),
        ("one at a time latency p50 / p95", f"{s['p50']:.2f} / {s['p95']:.2f} s", ""),
    ]
    report(
        rows,
        {
            "batched_rps": b["rps"],
            "sequential_rps": s["rps"],
            "speedup": speedup,
            "batched_p95_s": b["p95"],
            "sequential_p95_s": s["p95"],
            "requests": n,
            "concurrency": concurrency,
            "max_tokens": max_tokens,
            "rows_per_forward": b["rows_per_forward"],
        },
        args.json,
    )


if __name__ == "__main__":
    main()
