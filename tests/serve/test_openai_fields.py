"""OpenAI's request fields, each driven with the official `openai` client against a real
uvicorn on 127.0.0.1 over the tiny models (the `server` fixture)."""

from __future__ import annotations

import json

import numpy as np
import openai
import pytest
from pydantic import BaseModel, ConfigDict, Field

from hybrid.generation.openai import OpenAIGenerator
from hybrid.types import GenerationRequest
from tests.serve.servers import TOKEN

pytestmark = pytest.mark.integration
MESSAGES = [{"role": "user", "content": "write about desk 4"}]


class Desk(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=8)
    legs: int = Field(ge=0, le=8)
    adjustable: bool


def chat(client, **fields):
    fields = {"model": "loud", "messages": MESSAGES, "max_tokens": 12, **fields}
    return client.chat.completions.create(**fields)


def greedy(server, adapter: str = "loud", n: int = 12, **row) -> str:
    request = GenerationRequest(MESSAGES, adapter=adapter, max_new_tokens=n, **row)
    return server["app"].state.batcher.inner.generate([request])[0].text


def test_json_schema_from_a_pydantic_model_parses(client):
    reply = client.chat.completions.parse(model="loud", messages=MESSAGES, response_format=Desk, temperature=0)
    desk = reply.choices[0].message.parsed
    assert isinstance(desk, Desk) and reply.choices[0].finish_reason == "stop"
    assert Desk.model_validate_json(reply.choices[0].message.content) == desk
    # Sampled, the grammar still holds every time.
    for seed in range(3):
        sampled = client.chat.completions.parse(model="terse", messages=MESSAGES, response_format=Desk, seed=seed)
        assert isinstance(sampled.choices[0].message.parsed, Desk)


def test_json_schema_streams_the_same_object(client):
    fmt = {"type": "json_schema", "json_schema": {"name": "desk", "schema": Desk.model_json_schema()}}
    whole = chat(client, response_format=fmt, temperature=0, max_tokens=None).choices[0].message.content
    pieces = chat(client, response_format=fmt, temperature=0, max_tokens=None, stream=True)
    streamed = "".join(c.choices[0].delta.content or "" for c in pieces if c.choices)
    assert Desk.model_validate_json(whole) and streamed.strip() == whole


def test_an_unbounded_schema_is_refused_by_field(client):
    schema = {"type": "object", "properties": {"notes": {"type": "string"}}, "required": ["notes"]}
    fmt = {"type": "json_schema", "json_schema": {"name": "free", "schema": schema}}
    unbounded = r"'free' is not bounded: \$\.notes: string without maxLength"
    with pytest.raises(openai.BadRequestError, match=unbounded) as e:
        chat(client, response_format=fmt)
    assert e.value.body["param"] == "response_format.json_schema.schema"
    # A bare object would admit any keys: it is what json_object is for.
    fmt["json_schema"]["schema"] = {"type": "object"}
    with pytest.raises(openai.BadRequestError, match="open-ended keys"):
        chat(client, response_format=fmt)


def test_json_object_is_any_json_object(client):
    reply = chat(client, response_format={"type": "json_object"}, temperature=0, max_tokens=64)
    choice = reply.choices[0]
    assert choice.finish_reason == "stop", choice.message.content
    assert isinstance(json.loads(choice.message.content), dict)


def test_stop_cuts_streams_and_replies_alike_without_eating_text(client, server):
    text = greedy(server)
    assert len(text) > 8
    stop = text[4:7]
    want = text[: text.index(stop)].strip()
    whole = chat(client, temperature=0, stop=[stop, "never written"])
    streamed = "".join(c.choices[0].delta.content or "" for c in chat(client, temperature=0, stop=stop, stream=True))
    assert whole.choices[0].message.content == want == streamed.strip()
    assert whole.choices[0].finish_reason == "stop"
    # A stop string the reply never writes takes nothing away, in a stream either.
    kept = "".join(c.choices[0].delta.content or "" for c in chat(client, temperature=0, stop="\u2603", stream=True))
    assert kept.strip() == text


def test_seed_repeats_a_sampled_reply_and_another_seed_changes_it(client):
    first = chat(client, temperature=1, seed=7).choices[0].message.content
    again = chat(client, temperature=1, seed=7).choices[0].message.content
    other = chat(client, temperature=1, seed=8).choices[0].message.content
    assert first == again and first != other


def test_openai_defaults_sample_and_temperature_zero_is_greedy(client, server):
    # Unset temperature is OpenAI's 1 and unset seed a fresh one: "regenerate" differs.
    replies = {chat(client).choices[0].message.content for _ in range(3)}
    assert len(replies) > 1
    assert chat(client, temperature=0).choices[0].message.content == greedy(server)


def test_chat_logprobs_are_the_models_own(client):
    reply = chat(client, temperature=0, logprobs=True, top_logprobs=3, extra_body={"repetition_penalty": 1.0})
    content = reply.choices[0].logprobs.content
    assert len(content) == reply.usage.completion_tokens
    assert "".join(t.token for t in content).strip() == reply.choices[0].message.content
    for t in content:
        assert len(t.top_logprobs) == 3 and t.logprob <= 0 and bytes(t.bytes).decode() == t.token
        # Greedy with no penalty: each chosen token is the likeliest one.
        assert t.logprob == pytest.approx(t.top_logprobs[0].logprob)
    assert chat(client, temperature=0).choices[0].logprobs is None


def test_penalties_change_the_reply(client):
    plain = chat(client, temperature=0, max_tokens=24).choices[0].message.content
    repeat = chat(client, temperature=0, max_tokens=24, frequency_penalty=-2.0).choices[0].message.content
    assert plain != repeat


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]}, "tools"),
        ({"tool_choice": "required"}, "tool_choice"),
        ({"functions": [{"name": "f", "parameters": {}}]}, "functions"),
        ({"logit_bias": {"42": 5}}, "logit_bias"),
        ({"logprobs": True, "stream": True}, "logprobs"),
    ],
)
def test_unserved_fields_are_refused_by_name(client, fields, param):
    with pytest.raises(openai.BadRequestError, match="not served") as e:
        reply = chat(client, **fields)
        list(reply)  # a stream raises on its first read
    assert e.value.body["param"] == param


def test_text_completion_logprobs_are_refused(client):
    with pytest.raises(openai.BadRequestError, match="use /v1/chat/completions") as e:
        client.completions.create(model="loud", prompt="desk", max_tokens=4, logprobs=2)
    assert e.value.body["param"] == "logprobs"


def test_embeddings_are_the_retrieval_embedders(client, server):
    embedder = server["app"].state.pipeline.knowledge.embedder
    name = embedder.model_id
    texts = ["the desk costs $1,079", "a chair", "the desk costs $1,079"]
    want = np.asarray(embedder.embed_documents(texts))
    packed = client.embeddings.create(model=name, input=texts)  # the client asks for base64
    plain = client.embeddings.create(model=name, input=texts, encoding_format="float")
    for reply in (packed, plain):
        got = np.asarray([d.embedding for d in reply.data])
        assert got.shape == want.shape and np.allclose(got, want, atol=1e-6)
        assert [d.index for d in reply.data] == [0, 1, 2] and reply.usage.prompt_tokens > 0
    one = client.embeddings.create(model=name, input="a chair", encoding_format="float")
    assert np.allclose(one.data[0].embedding, want[1], atol=1e-6)
    with pytest.raises(openai.NotFoundError, match="this server embeds with"):
        client.embeddings.create(model="text-embedding-3-small", input="x")
    with pytest.raises(openai.BadRequestError, match="token arrays"):
        client.embeddings.create(model=name, input=[[1, 2, 3]])
    with pytest.raises(openai.BadRequestError, match="dimensions=3"):
        client.embeddings.create(model=name, input="x", dimensions=3)


def test_the_remote_backend_sends_the_schema(server):
    gen = OpenAIGenerator(server["url"] + "/v1", base_model="tiny", api_key=TOKEN, max_retries=0)
    assert gen.supports_json_schema
    row = GenerationRequest(MESSAGES, adapter="loud", max_new_tokens=80, json_schema=Desk.model_json_schema())
    (remote,) = gen.generate([row])
    local = greedy(server, n=80, json_schema=Desk.model_json_schema(), repetition_penalty=1.0)
    assert remote.text == local and Desk.model_validate_json(remote.text)
