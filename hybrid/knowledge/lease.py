"""The ingest lock: which one writer may change a collection now.

With the embedded store it is a file lock beside the state (`LocalLock`): one machine.
With a Chroma server it is a lease kept as a record in the server (`ServerLease`), in the
collection's coordination collection (see `hybrid.knowledge.journal`), so writers on
several machines take turns on one collection.

Chroma has no compare-and-swap; the lease is safe without one because:
- acquiring is an `add` of the record id "lease": Chroma ignores an `add` whose id exists
  and applies writes in order, so of writers racing, one record stands and every racer
  reads the same holder back;
- the holder renews the expiry every `ttl_s / 3` from a background thread, updating only
  the `expires` field (an update merges metadata, so it can never rename the holder), and
  trusts a renewal only once it has read itself back as the holder;
- a lease past its expiry (its holder was killed or lost the server) is taken over by a
  delete *where holder and expiry are the ones read*, then an `add`: a holder that renewed
  meanwhile no longer matches, and of two takers the second's `add` is ignored;
- a holder that could not renew in time, or finds another holder, stops before its next
  write (`check`), and whoever takes over repairs the store from the journal.
Writers' clocks must agree to well within `ttl_s` (NTP does).
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from filelock import FileLock, Timeout

from hybrid.errors import LeaseLostError, LockBusyError

LEASE_ID = "lease"
POLL_S = 0.5
# Coordination records carry no meaning as vectors; Chroma still wants one per record.
PLACEHOLDER_EMBEDDING = [1.0]


class IngestLock(Protocol):
    """Held around every ingest and forget. Re-entrant, so a caller may take it before
    `Knowledge.ingest` takes it again (the server's ingest route does)."""

    where: str  # names the lock in messages
    took_over: list[Lease]  # stale leases taken over since last cleared (always empty for a file lock)

    def acquire(self, timeout: float) -> None:
        """Wait up to `timeout` seconds; `LockBusyError` naming the holder after that."""
        ...

    def release(self) -> None: ...

    def check(self) -> None:
        """`LeaseLostError` if this holder may no longer write; called before each write."""
        ...


class LocalLock:
    """A file lock (one machine): the operating system releases it when its process dies."""

    def __init__(self, path: Path) -> None:
        self.where = str(path)
        self.took_over: list[Lease] = []
        self._lock = FileLock(self.where)

    def acquire(self, timeout: float) -> None:
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            raise LockBusyError(
                f"another ingest holds {self.where} for over {timeout:.0f} s; wait for it to finish"
            ) from None

    def release(self) -> None:
        self._lock.release()

    def check(self) -> None:
        return None  # a file lock cannot be taken from a live holder


@dataclass(frozen=True)
class Lease:
    holder: str
    expires: float  # wall-clock seconds since the epoch

    def describe(self) -> str:
        when = datetime.fromtimestamp(self.expires, UTC).isoformat(timespec="seconds")
        return f"{self.holder} (lease expires {when})"


def new_holder() -> str:
    """Unique per lock object: host and pid say who, the random part tells runs apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class ServerLease:
    """A lease on the record `LEASE_ID` of `collection` (a Chroma collection object)."""

    def __init__(
        self,
        collection: Any,
        ttl_s: float,
        where: str,
        holder: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.where = where
        self.ttl_s = ttl_s
        self.holder = holder or new_holder()
        self.took_over: list[Lease] = []  # stale leases this holder took over, for the run's notes
        self._col = collection
        self._clock = clock
        self._mu = threading.Lock()
        self._depth = 0
        self._expires = 0.0
        self._lost: str | None = None
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def acquire(self, timeout: float) -> None:
        with self._mu:
            if self._depth:
                self._depth += 1
                return
            deadline = time.monotonic() + timeout
            while (standing := self._claim()) is not None:
                if standing.expires < self._clock():
                    self._take_over(standing)
                    continue
                if time.monotonic() >= deadline:
                    raise LockBusyError(
                        f"another ingest, {standing.describe()}, holds {self.where} for over {timeout:.0f} s; "
                        "wait for it to finish (a killed one's lease is taken over once it expires)"
                    )
                time.sleep(min(POLL_S, max(deadline - time.monotonic(), 0.0)))
            self._depth, self._lost = 1, None
            self._stop.clear()
            self._renewer = threading.Thread(target=self._renew_loop, name="hybrid-ingest-lease", daemon=True)
            self._renewer.start()

    def release(self) -> None:
        with self._mu:
            self._depth -= 1
            if self._depth > 0:
                return
            self._stop.set()
            if self._renewer is not None:
                self._renewer.join(timeout=self.ttl_s)
            self._col.delete(ids=[LEASE_ID], where={"holder": self.holder})

    def check(self) -> None:
        if self._lost is not None:
            raise LeaseLostError(
                f"this ingest lost its lease on {self.where} to {self._lost}; it stopped before writing "
                "again, and the next ingest repairs the store"
            )
        if self._clock() > self._expires:
            raise LeaseLostError(
                f"this ingest could not renew its lease on {self.where} before it expired (is the Chroma "
                "server reachable?); it stopped before writing again, and the next ingest repairs the store"
            )

    def read(self) -> Lease | None:
        got = self._col.get(ids=[LEASE_ID], include=["metadatas"])
        if not got["ids"]:
            return None
        meta = got["metadatas"][0] or {}
        return Lease(str(meta.get("holder", "")), float(meta.get("expires", 0.0)))

    def _claim(self) -> Lease | None:
        """One try: None if this holder holds the lease now, else the lease that stands."""
        expires = self._clock() + self.ttl_s
        self._col.add(
            ids=[LEASE_ID],
            embeddings=[PLACEHOLDER_EMBEDDING],
            metadatas=[{"holder": self.holder, "expires": expires}],
        )
        standing = self.read()
        if standing is None:  # released between our add and read: try again at once
            return Lease("(released just now)", self._clock() + POLL_S)
        if standing.holder == self.holder:
            self._expires = standing.expires
            return None
        return standing

    def _take_over(self, stale: Lease) -> None:
        self._col.delete(ids=[LEASE_ID], where={"$and": [{"holder": stale.holder}, {"expires": stale.expires}]})
        self.took_over.append(stale)

    def _renew_loop(self) -> None:
        while not self._stop.wait(self.ttl_s / 3):
            try:
                self._renew()
            except Exception:
                # The server may be out of reach for a moment: try again next tick. If it
                # stays away past the expiry, check() stops this run's writes.
                continue
            if self._lost is not None:
                return

    def _renew(self) -> None:
        expires = self._clock() + self.ttl_s
        standing = self.read()
        if standing is None or standing.holder != self.holder:
            self._lost = standing.describe() if standing else "nobody (the lease was deleted)"
            return
        self._col.update(ids=[LEASE_ID], metadatas=[{"expires": expires}])
        after = self.read()
        if after is None or after.holder != self.holder:
            self._lost = after.describe() if after else "nobody (the lease was deleted)"
            return
        self._expires = after.expires
