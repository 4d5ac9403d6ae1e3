"""Prometheus metrics: request counts and latency by route, adapter and status, plus the
batcher's and the slots' state. Each app has its own registry, so apps (and tests) never
share counters."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, Metric

from hybrid.serve.batching import BatchStats

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class _BatchCollector:
    def __init__(self, stats: BatchStats) -> None:
        self.stats = stats

    def collect(self) -> Iterator[Metric]:
        yield CounterMetricFamily("hybrid_batches", "Generator forwards run by the batcher.", value=self.stats.batches)
        yield CounterMetricFamily("hybrid_batch_rows", "Rows across those forwards.", value=self.stats.rows)
        yield CounterMetricFamily(
            "hybrid_batches_mixed", "Forwards whose rows named more than one adapter.", value=self.stats.mixed
        )


class Metrics:
    def __init__(self, stats: BatchStats, running: Callable[[], int], waiting: Callable[[], int]) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "hybrid_requests",
            "HTTP requests by route, adapter and status.",
            ["route", "adapter", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "hybrid_request_seconds",
            "Request latency, first byte in to last byte out.",
            ["route", "adapter"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        Gauge("hybrid_requests_running", "Requests holding a slot.", registry=self.registry).set_function(running)
        Gauge("hybrid_requests_queued", "Requests waiting for a slot.", registry=self.registry).set_function(waiting)
        self.registry.register(_BatchCollector(stats))

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class MetricsMiddleware:
    """ASGI middleware: count and time every request once its response is finished."""

    def __init__(self, app: Any, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = 500

        async def watch(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            # The matched route's template, never the raw path: a scanner's random URLs
            # must not become unbounded label values.
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            adapter = str((scope.get("state") or {}).get("adapter") or "")
            self.metrics.requests.labels(route, adapter, str(status)).inc()
            self.metrics.latency.labels(route, adapter).observe(time.perf_counter() - t0)
