"""Concurrent generate calls merge into one forward, and each caller still gets its own
adapter's voice."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from hybrid.protocols import Generator, StreamingGenerator
from hybrid.serve import BatchingGenerator, create_app_from_settings
from hybrid.testing import FakeGenerator, GeneratorContract
from hybrid.types import GenerationRequest
from tests.serve.servers import running, tiny_settings

pytestmark = pytest.mark.unit


def row(adapter: str, text: str) -> GenerationRequest:
    return GenerationRequest([{"role": "user", "content": f"Request: {text}"}], adapter=adapter, max_new_tokens=8)


def call_together(gen: BatchingGenerator, rows: list[GenerationRequest]) -> list[object]:
    start = threading.Barrier(len(rows))

    def one(r: GenerationRequest) -> object:
        start.wait()
        try:
            return gen.generate([r])[0].text
        except Exception as exc:
            return exc

    with ThreadPoolExecutor(len(rows)) as pool:
        return list(pool.map(one, rows))


class TestBatchingGeneratorContract(GeneratorContract):
    @pytest.fixture
    def generator(self):
        gen = BatchingGenerator(FakeGenerator(["loud", "terse"]), window_s=0.001)
        yield gen
        gen.close()

    @pytest.fixture
    def adapter_names(self):
        return ["loud", "terse"]


def test_calls_arriving_together_run_as_one_mixed_forward():
    inner = FakeGenerator(["loud", "terse"])
    gen = BatchingGenerator(inner, window_s=0.5, max_batch=8)
    names = ["loud", "terse", "base", "loud", "terse", "base"]
    got = call_together(gen, [row(a, f"hello {i}") for i, a in enumerate(names)])
    gen.close()
    assert got == [f"[{a}] hello {i}" for i, a in enumerate(names)]
    assert len(inner.calls) == 1
    assert sorted(r.adapter for r in inner.calls[0]) == sorted(names)
    assert (gen.stats.batches, gen.stats.rows, gen.stats.mixed, gen.stats.largest) == (1, 6, 1, 6)


def test_max_batch_bounds_rows_and_one_turns_batching_off():
    inner = FakeGenerator(["loud"])
    gen = BatchingGenerator(inner, window_s=0.3, max_batch=4)
    call_together(gen, [row("loud", str(i)) for i in range(10)])
    gen.close()
    assert max(len(c) for c in inner.calls) <= 4 and sum(len(c) for c in inner.calls) == 10
    single = BatchingGenerator(FakeGenerator(["loud"]), window_s=0.3, max_batch=1)
    call_together(single, [row("loud", str(i)) for i in range(4)])
    single.close()
    assert single.stats.batches == 4 and single.stats.largest == 1


def test_one_callers_bad_row_fails_only_that_caller():
    gen = BatchingGenerator(FakeGenerator(["loud"]), window_s=0.3)
    got = call_together(gen, [row("loud", "a"), row("nope", "b"), row("base", "c")])
    gen.close()
    assert got[0] == "[loud] a" and got[2] == "[base] c"
    assert isinstance(got[1], ValueError) and "nope" in str(got[1])


def test_capabilities_of_the_inner_generator_show_through():
    plain = BatchingGenerator(FakeGenerator())
    assert isinstance(plain, Generator) and not isinstance(plain, StreamingGenerator)
    assert not hasattr(plain, "context_window")


def test_concurrent_http_requests_for_different_adapters_each_get_their_own_voice(
    tmp_path, tiny_causal_lm_path, tiny_embedder_path, trained_registry
):
    settings = tiny_settings(
        tmp_path, tiny_causal_lm_path, tiny_embedder_path, trained_registry.root, max_concurrency=12, batch_window_ms=50
    )
    app = create_app_from_settings(settings)
    batcher = app.state.batcher
    prompts = {"base": "what is the desk price", "loud": "write about desk 3", "terse": "release the fix"}
    alone = {a: batcher.inner.generate([row(a, p)])[0].text for a, p in prompts.items()}
    assert len(set(alone.values())) == 3, alone  # the voices are distinguishable
    names = ["base", "loud", "terse"] * 6
    with running(app) as url:
        start = threading.Barrier(len(names))

        def ask(adapter: str) -> tuple[str, str]:
            model = settings.models.generator if adapter == "base" else adapter
            body = {
                "model": model,
                "messages": [{"role": "user", "content": f"Request: {prompts[adapter]}"}],
                "max_tokens": 8,
                "temperature": 0,  # greedy, as `alone` is: OpenAI's default (1) samples
            }
            start.wait()
            resp = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60)
            assert resp.status_code == 200, resp.text
            return adapter, resp.json()["choices"][0]["message"]["content"]

        with ThreadPoolExecutor(len(names)) as pool:
            got = list(pool.map(ask, names))
    assert all(text == alone[adapter] for adapter, text in got), got
    stats = batcher.stats
    assert stats.calls == len(names) and stats.batches < len(names)  # rows really were merged
    assert stats.mixed >= 1 and stats.largest >= 3
