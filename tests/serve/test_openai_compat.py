"""The server through the official `openai` client, and the remote generator backend
end to end against `hybrid serve` itself, on 127.0.0.1 with the tiny models."""

from __future__ import annotations

import openai
import pytest

from hybrid.build import build_generator
from hybrid.errors import RemoteGeneratorError
from hybrid.generation.openai import OpenAIGenerator
from hybrid.pipeline import HybridPipeline
from hybrid.testing import GeneratorContract
from hybrid.types import GenerationRequest
from tests.serve.servers import TOKEN

pytestmark = pytest.mark.integration


def alone(server, adapter: str, text: str, n: int = 12) -> str:
    row = GenerationRequest([{"role": "user", "content": text}], adapter=adapter, max_new_tokens=n)
    return server["app"].state.batcher.inner.generate([row])[0].text


def test_models_are_the_base_and_each_adapter(client, server):
    ids = [m.id for m in client.models.list()]
    assert ids == [server["settings"].models.generator, "loud", "terse"]


def test_chat_completion_non_streaming_and_streaming_agree(client, server):
    messages = [{"role": "user", "content": "write about desk 4"}]
    reply = client.chat.completions.create(model="loud", messages=messages, max_tokens=12, temperature=0)
    text = reply.choices[0].message.content
    assert text == alone(server, "loud", "write about desk 4") and text
    assert reply.model == "loud" and reply.model_extra["adapter_version"] == "v1"
    assert reply.usage.completion_tokens > 0
    pieces, finish, usage = [], None, None
    stream = client.chat.completions.create(
        model="loud",
        messages=messages,
        max_tokens=12,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        if chunk.choices:
            pieces.append(chunk.choices[0].delta.content or "")
            finish = chunk.choices[0].finish_reason or finish
    assert "".join(pieces).strip() == text
    assert finish == reply.choices[0].finish_reason and usage.completion_tokens == reply.usage.completion_tokens


def test_text_completion_streaming_and_not(client, server):
    reply = client.completions.create(model="terse", prompt="the desk costs", max_tokens=8, temperature=0)
    streamed = "".join(
        c.choices[0].text
        for c in client.completions.create(
            model="terse", prompt="the desk costs", max_tokens=8, temperature=0, stream=True
        )
        if c.choices
    )
    assert reply.choices[0].text and streamed.strip() == reply.choices[0].text


def test_client_errors_are_the_openai_ones(client, server):
    with pytest.raises(openai.NotFoundError, match="unknown model 'marketing'"):
        client.chat.completions.create(model="marketing", messages=[{"role": "user", "content": "x"}])
    anon = openai.OpenAI(base_url=server["url"] + "/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        anon.models.list()


def test_the_remote_backend_drafts_like_the_local_one(server, tmp_path):
    local = server["app"].state.pipeline
    remote_settings = server["settings"].model_copy(
        update={
            "state_dir": tmp_path / "client-state",
            "generation": server["settings"].generation.model_copy(
                update={"backend": "openai", "base_url": server["url"] + "/v1", "api_key": TOKEN}
            ),
        }
    )
    gen = build_generator(remote_settings)
    assert isinstance(gen, OpenAIGenerator) and gen.base_model == server["settings"].models.generator
    remote = HybridPipeline.from_settings(remote_settings)
    remote.knowledge.ingest([server["docs"]])
    mixed_before = server["app"].state.batcher.stats.mixed
    # An OpenAI-compatible server has no field for copy-locked figures, so the remote
    # backend drafts unlocked; compare like with like.
    local.lock_figures = remote.lock_figures = False
    for dept, retrieval in (("sales", True), ("ops", False)):
        want = local.draft("Atlas Pro price", dept, retrieval=retrieval, max_new_tokens=12)
        got = remote.draft("Atlas Pro price", dept, retrieval=retrieval, max_new_tokens=12)
        assert (got.text, got.adapter, got.adapter_version) == (want.text, want.adapter, want.adapter_version)
        assert [p.id for p in got.passages] == [p.id for p in want.passages]
        assert bool(want.passages) == retrieval
    items = list(remote.stream("Atlas Pro price", "sales", max_new_tokens=12))
    assert "".join(i for i in items if isinstance(i, str)).strip() == items[-1].text.strip()
    # Rows for two adapters in one generate call reach the server together and batch.
    rows = [
        GenerationRequest([{"role": "user", "content": f"desk {i}"}], adapter=a, max_new_tokens=6)
        for i, a in enumerate(["loud", "terse", "base", "loud"])
    ]
    results = gen.generate(rows)
    assert [r.text for r in results] == [alone(server, r.adapter, r.messages[0]["content"], 6) for r in rows]
    assert server["app"].state.batcher.stats.mixed > mixed_before


def test_remote_errors_name_the_url_and_the_model(server):
    row = GenerationRequest([{"role": "user", "content": "x"}], adapter="marketing", max_new_tokens=4)
    gen = OpenAIGenerator(server["url"] + "/v1", base_model="tiny", api_key=TOKEN, max_retries=0)
    with pytest.raises(RemoteGeneratorError, match=r"has no model 'marketing'.*--lora-modules marketing="):
        gen.generate([row])
    gone = OpenAIGenerator("http://127.0.0.1:9/v1", base_model="tiny", max_retries=0, timeout_s=2)
    with pytest.raises(RemoteGeneratorError, match=r"cannot reach the generator server at http://127.0.0.1:9/v1"):
        gone.generate([row])
    wrong = OpenAIGenerator(server["url"] + "/v1", base_model="tiny", api_key="nope", max_retries=0)
    with pytest.raises(RemoteGeneratorError, match="refused the API key"):
        list(wrong.stream(row))


class TestOpenAIGeneratorContract(GeneratorContract):
    """The remote backend keeps the same promises as every `Generator`."""

    @pytest.fixture
    def generator(self, server):
        base = server["settings"].models.generator
        return OpenAIGenerator(server["url"] + "/v1", base_model=base, api_key=TOKEN, max_retries=0)

    @pytest.fixture
    def adapter_names(self):
        return ["loud", "terse"]
