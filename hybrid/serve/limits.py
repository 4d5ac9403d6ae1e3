"""Limits that keep the server answering under load: bounded slots with a bounded queue
(429 past them), a body-size cap (413), and a per-request deadline (504).

Work runs in a thread pool of `concurrency` threads; a request holds its slot until its
thread is done, even after a timeout or a client that went away, so the bound is on
the work the machine does, not on the responses in flight.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from hybrid.serve.schemas import error_body

T = TypeVar("T")


class Busy(Exception):
    """Every slot is taken and the queue is full."""


class Timeout(Exception):
    """The request ran past its deadline."""


class Lease:
    """One admitted request's slot; `release` is idempotent and loop-thread only."""

    def __init__(self, slots: Slots) -> None:
        self._slots = slots
        self.running = False
        self.started = False  # a worker thread took the work on, and will release when done
        self.released = False

    def release(self) -> None:
        if not self.released:
            self.released = True
            self._slots._release(self)


class Slots:
    """At most `concurrency` requests run, at most `queue` more wait; others get `Busy`."""

    def __init__(self, concurrency: int, queue: int) -> None:
        self.concurrency = concurrency
        self.queue = queue
        self.executor = ThreadPoolExecutor(concurrency, thread_name_prefix="hybrid-serve")
        self.running = 0
        self.waiting = 0
        self._free = concurrency
        self._waiters: list[asyncio.Future[None]] = []

    async def acquire(self, timeout: float) -> Lease:
        """A running slot, waiting up to `timeout` s in the queue; `Busy` if the queue is full."""
        lease = Lease(self)
        if self._free > 0 and not self._waiters:
            self._free -= 1
        else:
            if self.waiting >= self.queue:
                raise Busy
            fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(fut)
            self.waiting += 1
            try:
                await asyncio.wait_for(asyncio.shield(fut), timeout)
            except BaseException as exc:
                self.waiting -= 1
                if fut in self._waiters:
                    self._waiters.remove(fut)
                elif fut.done() and not fut.cancelled():
                    self._hand_on()  # the slot was handed to us as we gave up: pass it on
                if isinstance(exc, TimeoutError):
                    raise Timeout from None
                raise
            self.waiting -= 1
        lease.running = True
        self.running += 1
        return lease

    def _release(self, lease: Lease) -> None:
        if lease.running:
            self.running -= 1
            self._hand_on()

    def _hand_on(self) -> None:
        while self._waiters:
            fut = self._waiters.pop(0)
            if not fut.done():
                fut.set_result(None)
                return
        self._free += 1

    async def run(self, fn: Callable[[], T], deadline: float) -> T:
        """Run `fn` in a worker thread under a slot, by `deadline` (a `time.monotonic()`)."""
        lease = await self.acquire(max(deadline - time.monotonic(), 0.001))
        loop = asyncio.get_running_loop()
        try:
            fut = loop.run_in_executor(self.executor, fn)
        except BaseException:
            lease.release()
            raise
        fut.add_done_callback(lambda _f: lease.release())
        try:
            return await asyncio.wait_for(asyncio.shield(fut), max(deadline - time.monotonic(), 0.001))
        except TimeoutError:
            # The thread cannot be interrupted; its slot frees when it finishes.
            fut.add_done_callback(_consume)
            raise Timeout from None

    async def iterate(self, lease: Lease, make: Callable[[], Iterator[T]], deadline: float) -> AsyncIterator[T]:
        """Run the iterator `make()` in a worker thread under `lease`, yielding its items.

        When the consumer stops early (a client that went away, a timeout), the thread
        closes the iterator at its next item, so the generator stops decoding and the
        slot frees."""
        loop = asyncio.get_running_loop()
        items: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        stop = threading.Event()

        def put(kind: str, value: Any) -> None:
            try:
                loop.call_soon_threadsafe(items.put_nowait, (kind, value))
            except RuntimeError:  # the loop is gone (server shutting down)
                stop.set()

        def work() -> None:
            it = make()
            try:
                for item in it:
                    if stop.is_set():
                        break
                    put("item", item)
            except BaseException as exc:
                put("error", exc)
            finally:
                close = getattr(it, "close", None)
                if close is not None:
                    close()
                put("done", None)

        try:
            fut = loop.run_in_executor(self.executor, work)
        except BaseException:
            lease.release()
            raise
        lease.started = True
        fut.add_done_callback(lambda _f: lease.release())
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise Timeout
                try:
                    kind, value = await asyncio.wait_for(items.get(), remaining)
                except TimeoutError:
                    raise Timeout from None
                if kind == "item":
                    yield value
                elif kind == "error":
                    raise value
                else:
                    return
        finally:
            stop.set()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def _consume(fut: asyncio.Future[Any]) -> None:
    # A result nobody awaits any more: read it so asyncio doesn't log it as lost.
    if not fut.cancelled():
        fut.exception()


class BodyLimit:
    """ASGI middleware: refuse bodies over `max_bytes` with 413 before the app reads them.

    Bodies are small JSON, so the whole body is read here (up to the cap) and replayed."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send, int(declared))
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client left before sending its body
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._refuse(send, size)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return dict(await receive())  # after the body: only a disconnect can come

        await self.app(scope, replay, send)

    async def _refuse(self, send: Any, size: int) -> None:
        message = f"request body of {size} bytes is over the {self.max_bytes}-byte limit (serve.max_body_bytes)"
        body = json.dumps(error_body(message, "body", code="body_too_large")).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})
