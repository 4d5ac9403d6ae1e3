"""The lease rules on a real (embedded) Chroma collection, with a clock the test moves:
one holder at a time, re-entrant, a stale lease taken over, and a holder that lost its
lease stopped before it writes again. The same records a Chroma server keeps; the server
itself is exercised in test_many_writers.py."""

from __future__ import annotations

import pytest

from hybrid.errors import LeaseLostError, LockBusyError
from hybrid.knowledge.lease import ServerLease

pytestmark = pytest.mark.unit


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def coordination(isolated):
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(isolated / "chroma"), settings=Settings(anonymized_telemetry=False))
    return client.get_or_create_collection("docs-ingest", embedding_function=None)


def lease(col, clock, name, ttl=600.0) -> ServerLease:
    # A long ttl keeps the renewal thread quiet: the test moves the clock instead.
    return ServerLease(col, ttl, "test collection", holder=name, clock=clock)


def test_one_holder_at_a_time_and_the_lock_is_reentrant(coordination):
    clock = Clock()
    a, b = lease(coordination, clock, "A"), lease(coordination, clock, "B")
    a.acquire(timeout=1)
    a.acquire(timeout=1)  # the server's ingest route holds it around Knowledge.ingest
    with pytest.raises(LockBusyError, match=r"another ingest, A \(lease expires"):
        b.acquire(timeout=0.2)
    a.release()
    assert a.read() is not None and a.read().holder == "A"  # still held once
    a.release()
    assert a.read() is None
    b.acquire(timeout=1)
    assert b.read().holder == "B"
    b.release()


def test_a_stale_lease_is_taken_over_and_its_old_holder_stops_before_writing(coordination):
    clock = Clock()
    dead, heir = lease(coordination, clock, "dead", ttl=10), lease(coordination, clock, "heir", ttl=10)
    dead.acquire(timeout=1)
    dead._stop.set()  # as if its process was frozen: no renewals
    clock.now += 11
    heir.acquire(timeout=1)
    assert heir.read().holder == "heir" and [s.holder for s in heir.took_over] == ["dead"]
    with pytest.raises(LeaseLostError, match="could not renew"):
        dead.check()
    dead._renew()  # wakes up and tries to renew: it reads the heir, and never renames it
    with pytest.raises(LeaseLostError, match="lost its lease on test collection to heir"):
        dead.check()
    assert heir.read().holder == "heir"
    heir.check()  # the heir's own lease is fine
    dead.release()  # releasing a lost lease leaves the heir's alone
    assert heir.read().holder == "heir"
    heir.release()


def test_a_renewing_holder_keeps_its_lease_past_the_first_expiry(coordination):
    clock = Clock()
    a, b = lease(coordination, clock, "A", ttl=10), lease(coordination, clock, "B", ttl=10)
    a.acquire(timeout=1)
    clock.now += 8
    a._renew()
    clock.now += 8  # past the first expiry, within the renewed one
    a.check()
    with pytest.raises(LockBusyError):
        b.acquire(timeout=0.2)
    a.release()
