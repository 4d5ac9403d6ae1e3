"""Batching: concurrent `generate` calls that arrive together run as one forward.

Each server request calls `generate` from its own worker thread. A dispatcher thread
takes the first waiting call, lets others join it for a short window (or until
`max_batch` rows), runs them as ONE inner `generate` with every row naming its own
adapter, and hands each caller its rows. The inner generator is called from this one
thread only, so model access stays serialised however many requests are in flight.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hybrid.protocols import Generator
from hybrid.types import GenerationRequest, GenerationResult


@dataclass
class _Call:
    requests: list[GenerationRequest]
    done: threading.Event = field(default_factory=threading.Event)
    results: list[GenerationResult] | None = None
    error: BaseException | None = None


@dataclass
class BatchStats:
    """What the batcher has done, for /metrics and for tests that must see rows merge."""

    batches: int = 0  # inner generate calls
    rows: int = 0  # rows across them
    calls: int = 0  # outer generate calls served
    largest: int = 0  # most rows in one inner call
    mixed: int = 0  # inner calls whose rows named more than one adapter
    sizes: list[int] = field(default_factory=list)  # rows per inner call, most recent last (bounded)


class BatchingGenerator:
    """Implements `Generator` by wrapping one: see the module docstring.

    Everything else (stream, count_tokens, context_window, supports_json_schema,
    warm_up, ...) is the inner generator's, so the pipeline sees the same capabilities.
    `max_batch=1` turns batching off: calls then run one at a time, in arrival order."""

    def __init__(self, inner: Generator, window_s: float = 0.02, max_batch: int = 8) -> None:
        self.inner = inner
        self.window_s = window_s
        self.max_batch = max(1, max_batch)
        self.stats = BatchStats()
        self._queue: queue.Queue[_Call | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False

    def __getattr__(self, name: str) -> Any:
        # Only reached for names this class lacks; "inner" itself must not recurse.
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """One result per request, in order, computed together with whatever else is waiting."""
        if not requests:
            return []
        if self._closed:
            raise RuntimeError("this BatchingGenerator is closed")
        self._ensure_thread()
        call = _Call(list(requests))
        self._queue.put(call)
        call.done.wait()
        if call.error is not None:
            raise call.error
        assert call.results is not None
        return call.results

    def close(self) -> None:
        """Stop the dispatcher once the calls already waiting are served."""
        self._closed = True
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=60)

    # -- dispatcher ----------------------------------------------------------------
    def _ensure_thread(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="hybrid-batcher", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        carry: _Call | None = None  # a call that did not fit the last batch: it opens the next
        while True:
            first = carry if carry is not None else self._queue.get()
            carry = None
            if first is None:
                return
            batch, rows = [first], len(first.requests)
            deadline = time.monotonic() + self.window_s
            stop = False
            while rows < self.max_batch:
                remaining = deadline - time.monotonic()
                try:
                    nxt = self._queue.get(timeout=remaining) if remaining > 0 else self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stop = True
                    break
                if rows + len(nxt.requests) > self.max_batch:
                    carry = nxt
                    break
                batch.append(nxt)
                rows += len(nxt.requests)
            self._run(batch)
            if stop:
                if carry is not None:
                    self._run([carry])
                return

    def _run(self, batch: list[_Call]) -> None:
        if not batch:
            return
        rows = [r for call in batch for r in call.requests]
        try:
            results = self.inner.generate(rows)
        except BaseException as exc:
            if len(batch) == 1:
                batch[0].error = exc
                batch[0].done.set()
                return
            # One caller's bad row (an unknown adapter, a prompt over the window) must not
            # fail the others: rerun each call alone so each gets its own outcome.
            for call in batch:
                self._run([call])
            return
        self._count(len(batch), len(rows), len({r.adapter for r in rows}) > 1)
        at = 0
        for call in batch:
            call.results = results[at : at + len(call.requests)]
            at += len(call.requests)
            call.done.set()

    def _count(self, calls: int, rows: int, mixed: bool) -> None:
        s = self.stats
        s.batches += 1
        s.mixed += mixed
        s.rows += rows
        s.calls += calls
        s.largest = max(s.largest, rows)
        s.sizes.append(rows)
        del s.sizes[:-1000]
