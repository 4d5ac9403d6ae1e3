"""Past its bounds the server says 429 or 504 and keeps answering; a client that leaves
mid-stream gives its slot back."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence

import httpx
import pytest

from hybrid.settings import ServeSettings
from hybrid.testing import FakeGenerator
from hybrid.types import GenerationRequest, GenerationResult
from tests.serve.servers import fake_app, running

pytestmark = pytest.mark.unit

CHAT = {"model": "marketing", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 8}


class HeldGenerator(FakeGenerator):
    """Generates only once `release` is set; streams a piece every 20 ms until closed."""

    def __init__(self) -> None:
        super().__init__(["marketing", "legal"])
        self.release = threading.Event()
        self.entered = threading.Event()
        self.stream_closed = threading.Event()

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        self.entered.set()
        self.release.wait(30)
        return super().generate(requests)

    def stream(self, request: GenerationRequest) -> Iterator[str | GenerationResult]:
        try:
            for i in range(3000):  # a minute of tokens, if nobody stops it
                yield f"tok{i} "
                time.sleep(0.02)
        finally:
            self.stream_closed.set()


def wait_until(check, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return False


def test_past_the_slots_and_queue_the_answer_is_429_with_retry_after(isolated):
    gen = HeldGenerator()
    app = fake_app(isolated, ServeSettings(max_concurrency=1, max_queue=1), generator=gen)
    with running(app) as url:
        results: list[int] = []
        first = threading.Thread(
            target=lambda: results.append(httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30).status_code)
        )
        first.start()
        assert gen.entered.wait(10)
        queued = threading.Thread(
            target=lambda: results.append(httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30).status_code)
        )
        queued.start()
        assert wait_until(lambda: app.state.slots.waiting == 1)
        busy = httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30)
        assert busy.status_code == 429 and busy.headers["retry-after"] == "1"
        assert (
            busy.json()["error"]["type"] == "rate_limit_error" and "serve.max_queue" in busy.json()["error"]["message"]
        )
        assert httpx.get(f"{url}/healthz").json() == {"status": "ok", "running": 1, "waiting": 1}
        gen.release.set()
        first.join(30)
        queued.join(30)
        assert results == [200, 200]
        assert httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30).status_code == 200


def test_a_request_past_its_deadline_is_504_and_its_slot_frees_when_the_work_ends(isolated):
    gen = HeldGenerator()
    app = fake_app(isolated, ServeSettings(max_concurrency=1, max_queue=0, request_timeout_s=0.5), generator=gen)
    with running(app) as url:
        t0 = time.monotonic()
        resp = httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30)
        assert resp.status_code == 504 and time.monotonic() - t0 < 5
        assert "serve.request_timeout_s" in resp.json()["error"]["message"]
        assert app.state.slots.running == 1  # the model is still busy with it: no new work piles on
        gen.release.set()
        assert wait_until(lambda: app.state.slots.running == 0)
        assert httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30).status_code == 200


def test_a_client_leaving_mid_stream_stops_the_decode_and_frees_its_slot(isolated):
    gen = HeldGenerator()
    app = fake_app(isolated, ServeSettings(max_concurrency=1, max_queue=0), generator=gen)
    with running(app) as url, httpx.Client(timeout=30) as client:
        with client.stream("POST", f"{url}/v1/chat/completions", json={**CHAT, "stream": True}) as resp:
            assert resp.status_code == 200
            lines = resp.iter_lines()
            got = [next(lines) for _ in range(6)]
            assert any("tok1" in line for line in got)
            assert app.state.slots.running == 1
            # The one slot is taken: a second client is turned away, not queued.
            assert httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30).status_code == 429
        # Leaving the block closed the connection mid-stream.
        assert gen.stream_closed.wait(5)
        assert wait_until(lambda: app.state.slots.running == 0, 5)
        gen.release.set()
        assert httpx.post(f"{url}/v1/chat/completions", json=CHAT, timeout=30).status_code == 200
