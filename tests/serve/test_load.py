"""A bounded load test on 127.0.0.1: concurrent clients against the tiny model, more
than the server's slots and queue hold. Every answer is a 200 or a 429, never anything
else; throughput and p95 latency are printed and kept in test-artifacts/."""

from __future__ import annotations

import json
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from hybrid.serve import create_app_from_settings
from tests.serve.servers import DOCS, running, tiny_settings

pytestmark = pytest.mark.integration

CLIENTS = 8
REQUESTS_EACH = 4
TIME_LIMIT_S = 60.0
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def test_concurrent_clients_get_answers_or_429_and_nothing_else(
    tmp_path, tiny_causal_lm_path, tiny_embedder_path, trained_registry
):
    settings = tiny_settings(
        tmp_path, tiny_causal_lm_path, tiny_embedder_path, trained_registry.root, max_concurrency=2, max_queue=2
    )
    app = create_app_from_settings(settings)
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text)
    app.state.pipeline.knowledge.ingest([docs])
    bodies = [
        ("/v1/chat/completions", {"model": "loud", "messages": [{"role": "user", "content": "desk"}], "max_tokens": 8}),
        ("/v1/chat/completions", {"model": "terse", "messages": [{"role": "user", "content": "fix"}], "max_tokens": 8}),
        ("/v1/drafts", {"request": "Atlas Pro price", "department": "sales", "options": {"max_new_tokens": 8}}),
        ("/v1/completions", {"model": settings.models.generator, "prompt": "the desk", "max_tokens": 8}),
    ]
    outcomes: list[tuple[int, float]] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + TIME_LIMIT_S
    with running(app) as url:

        def client(n: int) -> None:
            with httpx.Client(base_url=url, timeout=30) as http:
                for i in range(REQUESTS_EACH):
                    if time.monotonic() > stop_at:
                        return
                    path, body = bodies[(n + i) % len(bodies)]
                    t0 = time.perf_counter()
                    status = http.post(path, json=body).status_code
                    with lock:
                        outcomes.append((status, time.perf_counter() - t0))

        t0 = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            list(pool.map(client, range(CLIENTS)))
        wall = time.perf_counter() - t0
        healthy = httpx.get(url + "/healthz").json()
        metrics = httpx.get(url + "/metrics").text
    statuses = sorted({s for s, _ in outcomes})
    ok = [t for s, t in outcomes if s == 200]
    report = {
        "clients": CLIENTS,
        "requests": len(outcomes),
        "ok": len(ok),
        "rejected_429": sum(s == 429 for s, _ in outcomes),
        "throughput_rps": round(len(ok) / wall, 2),
        "p95_s": round(p95(ok), 3),
        "wall_s": round(wall, 2),
        "batches": app.state.batcher.stats.batches,
        "rows": app.state.batcher.stats.rows,
    }
    print("\nload:", json.dumps(report))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "serve-load.json").write_text(json.dumps(report, indent=1))
    assert set(statuses) <= {200, 429}, statuses
    assert len(outcomes) == CLIENTS * REQUESTS_EACH and ok
    assert healthy == {"status": "ok", "running": 0, "waiting": 0}
    assert 'status="500"' not in metrics
