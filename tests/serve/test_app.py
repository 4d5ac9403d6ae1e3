"""The routes, their error bodies and auth, over a FakeGenerator and a real store."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from hybrid.settings import ServeSettings
from tests.fixtures import minimal_pdf
from tests.serve.servers import fake_app

pytestmark = pytest.mark.unit

CHAT = {"model": "marketing", "messages": [{"role": "user", "content": "Say hi"}], "max_tokens": 8}


def events(text: str) -> list[object]:
    out: list[object] = []
    for block in text.split("\n\n"):
        if block.startswith("data: "):
            data = block[len("data: ") :]
            out.append(data if data == "[DONE]" else json.loads(data))
    return out


def test_models_lists_the_base_and_each_adapter(fake_client):
    data = fake_client.get("/v1/models").json()
    assert [m["id"] for m in data["data"]] == ["tiny-base", "marketing", "legal"]
    assert data["object"] == "list" and data["data"][1]["parent"] == "tiny-base"


def test_chat_completion_speaks_in_the_adapter_named_as_model(fake_client):
    body = fake_client.post("/v1/chat/completions", json={**CHAT, "user": "x", "stream_options": None}).json()
    assert body["object"] == "chat.completion" and body["model"] == "marketing"
    assert body["choices"][0]["message"] == {"role": "assistant", "content": "[marketing] Say hi"}
    assert body["usage"]["total_tokens"] == body["usage"]["prompt_tokens"] + body["usage"]["completion_tokens"]
    base = fake_client.post("/v1/chat/completions", json={**CHAT, "model": "tiny-base"}).json()
    assert base["choices"][0]["message"]["content"] == "[base] Say hi"


def test_chat_stream_is_openai_sse_ending_in_done(fake_client):
    resp = fake_client.post(
        "/v1/chat/completions", json={**CHAT, "stream": True, "stream_options": {"include_usage": True}}
    )
    assert resp.headers["content-type"].startswith("text/event-stream")
    got = events(resp.text)
    assert got[-1] == "[DONE]"
    chunks = [g for g in got[:-1] if isinstance(g, dict)]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "[marketing] Say hi"
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["usage"]["completion_tokens"] == 3


def test_text_completion_takes_the_raw_prompt(fake_client):
    body = fake_client.post(
        "/v1/completions", json={"model": "legal", "prompt": "Request: hello", "max_tokens": 8}
    ).json()
    assert body["object"] == "text_completion" and body["choices"][0]["text"] == "[legal] hello"


def test_draft_returns_citations_and_unsupported_claims(fake_client):
    resp = fake_client.post("/v1/drafts", json={"request": "Announce the Atlas Pro price", "department": "marketing"})
    assert resp.status_code == 200, resp.text
    d = resp.json()
    assert d["adapter"] == "marketing" and d["citations"][0]["marker"] == 1
    assert d["citations"][0]["quote"] == "The Atlas Pro costs $1,079 from April 1, 2026."
    assert ("price", "$49") in [(c["kind"], c["text"]) for c in d["unsupported"]]


def test_draft_options_switch_off_retrieval_and_adapter(fake_client):
    d = fake_client.post(
        "/v1/drafts",
        json={"request": "Atlas", "department": "marketing", "options": {"retrieval": False, "adapter": False}},
    ).json()
    assert d["adapter"] == "base" and d["retrieval"] is False and d["passages"] == []


def test_draft_stream_sends_deltas_then_the_draft(fake_client):
    resp = fake_client.post(
        "/v1/drafts", json={"request": "Atlas Pro price", "department": "marketing", "stream": True}
    )
    got = events(resp.text)
    assert got[-1] == "[DONE]" and "delta" in got[0]
    assert got[-2]["draft"]["citations"][0]["marker"] == 1


@pytest.mark.parametrize(
    ("path", "body", "status", "param"),
    [
        ("/v1/chat/completions", {**CHAT, "model": "sales"}, 404, "model"),
        ("/v1/completions", {"model": "nope", "prompt": "x"}, 404, "model"),
        ("/v1/drafts", {"request": "x", "department": "finance"}, 400, "department"),
        ("/v1/chat/completions", {**CHAT, "max_tokens": 65}, 400, "max_tokens"),
        ("/v1/chat/completions", {**CHAT, "n": 2}, 400, "n"),
        ("/v1/chat/completions", {**CHAT, "messages": [{"role": "robot", "content": "x"}]}, 400, "messages.0.role"),
        ("/v1/chat/completions", {"messages": CHAT["messages"]}, 400, "model"),
        ("/v1/drafts", {"request": "", "department": "legal"}, 400, "request"),
        ("/v1/drafts", {"request": "x", "department": "legal", "schema": "nope"}, 400, "schema"),
        (
            "/v1/drafts",
            {"request": "x", "department": "legal", "options": {"max_new_tokens": 999}},
            400,
            "options.max_new_tokens",
        ),
    ],
)
def test_bad_input_is_a_4xx_json_error_naming_the_field(fake_client, path, body, status, param):
    resp = fake_client.post(path, json=body)
    assert resp.status_code == status, resp.text
    error = resp.json()["error"]
    assert error["param"] == param and error["message"]


def test_malformed_json_names_the_body(fake_client):
    resp = fake_client.post(
        "/v1/chat/completions", content=b'{"model": "marketing", ', headers={"Content-Type": "application/json"}
    )
    assert resp.status_code == 400 and resp.json()["error"]["param"] == "body"
    garbage = fake_client.post("/v1/drafts", content=b"\x00\x01", headers={"Content-Type": "application/json"})
    assert garbage.status_code == 400 and garbage.json()["error"]["param"] == "body"
    assert fake_client.get("/v1/nothing-here").json()["error"]["message"] == "Not Found"


def test_oversize_body_is_413_naming_the_limit(isolated):
    with TestClient(fake_app(isolated, ServeSettings(max_body_bytes=2048)), base_url="http://127.0.0.1") as client:
        big = {**CHAT, "messages": [{"role": "user", "content": "x" * 4000}]}
        resp = client.post("/v1/chat/completions", json=big)
        assert resp.status_code == 413
        assert resp.json()["error"]["param"] == "body" and "serve.max_body_bytes" in resp.json()["error"]["message"]
        # Without a Content-Length (chunked), the cap still holds.
        resp = client.post("/v1/chat/completions", content=iter([json.dumps(big).encode()]))
        assert resp.status_code == 413


def test_token_guards_every_route_but_health_and_the_page(fake_client):
    anon = {"Authorization": ""}
    for method, path in [("get", "/v1/models"), ("get", "/metrics"), ("get", "/openapi.json"), ("post", "/v1/drafts")]:
        resp = getattr(fake_client, method)(path, headers=anon)
        assert resp.status_code == 401, path
        assert resp.headers["www-authenticate"] == "Bearer" and resp.json()["error"]["param"] == "Authorization"
    assert fake_client.get("/v1/models", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert fake_client.get("/healthz", headers=anon).json()["status"] == "ok"
    page = fake_client.get("/", headers=anon)
    assert page.status_code == 200 and "<form" in page.text
    assert fake_client.get("/static/app.js", headers=anon).status_code == 200


def test_metrics_count_requests_by_route_adapter_and_status(fake_client):
    fake_client.post("/v1/chat/completions", json=CHAT)
    fake_client.post("/v1/chat/completions", json={**CHAT, "model": "nope"})
    text = fake_client.get("/metrics").text
    assert 'hybrid_requests_total{adapter="marketing",route="/v1/chat/completions",status="200"} 1.0' in text
    assert 'route="/v1/chat/completions",status="404"' in text
    assert 'hybrid_request_seconds_bucket{adapter="marketing",le="0.01",route="/v1/chat/completions"}' in text
    assert "hybrid_batches_total" in text and "hybrid_requests_running" in text


def test_ingest_adds_documents_that_drafts_then_cite(fake_client, isolated):
    doc = {"path": "pricing/vega.md", "text": "# Vega Arm\n\nThe Vega Arm costs $49.\n", "department": "marketing"}
    resp = fake_client.post("/v1/ingest", json={"documents": [doc]})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["documents"] == ["pricing/vega.md"] and body["runs"][0]["added"] == 1
    assert (isolated / "inbox" / "pricing" / "vega.md").read_text() == doc["text"]
    d = fake_client.post("/v1/drafts", json={"request": "Vega Arm price", "department": "marketing"}).json()
    assert any(p["source"].endswith("vega.md") for p in d["passages"])
    again = fake_client.post("/v1/ingest", json={"documents": [{**doc, "text": doc["text"] + "Now $45.\n"}]}).json()
    assert again["runs"][0]["updated"] == 1


@pytest.mark.parametrize("path", ["../escape.md", "/etc/passwd.md", "a/../../b.md", ".hidden.md", "a\\b.md", "x.exe"])
def test_ingest_refuses_paths_that_leave_the_inbox(fake_client, isolated, path):
    resp = fake_client.post(
        "/v1/ingest", json={"documents": [{"path": "ok.md", "text": "x"}, {"path": path, "text": "x"}]}
    )
    assert resp.status_code == 400 and resp.json()["error"]["param"] == "documents.1.path"
    assert not (isolated / "escape.md").exists() and not (isolated / "inbox" / "ok.md").exists()


def test_ingest_needs_the_admin_token_and_is_off_without_any(isolated):
    doc = {"documents": [{"path": "a.md", "text": "x"}]}
    with TestClient(fake_app(isolated, ServeSettings(api_token="user", admin_token="admin"))) as client:
        assert client.post("/v1/ingest", json=doc, headers={"Authorization": "Bearer user"}).status_code == 401
        assert client.post("/v1/ingest", json=doc, headers={"Authorization": "Bearer admin"}).status_code == 200
    with TestClient(fake_app(isolated / "open", ServeSettings()), base_url="http://127.0.0.1") as client:
        resp = client.post("/v1/ingest", json=doc)
        assert resp.status_code == 403 and "admin_token" in resp.json()["error"]["message"]
        assert client.get("/v1/models").status_code == 200  # no token configured: the API is open


def test_schema_drafts_refuse_by_name_and_report_every_rejected_reply(fake_client):
    body = {"request": "Fix the lift speed", "department": "legal", "schema": "changelog"}
    constrained = fake_client.post("/v1/drafts", json=body)
    assert constrained.status_code == 400 and "mechanism='repair'" in constrained.json()["error"]["message"]
    repair = fake_client.post("/v1/drafts", json={**body, "options": {"mechanism": "repair", "retries": 0}})
    assert repair.status_code == 422
    error = repair.json()["error"]
    assert error["param"] == "schema" and len(error["attempts"]) == 1 and error["attempts"][0]["errors"]


def test_a_served_draft_citing_a_pdf_names_the_page(isolated):
    (isolated / "docs").mkdir()
    (isolated / "docs" / "vega.pdf").write_bytes(
        minimal_pdf([["Vega lamp user guide.", "Unpack the box first."], ["The Vega lamp costs 89 dollars."]])
    )
    with TestClient(fake_app(isolated, ServeSettings(api_token="s3cret"))) as client:
        d = client.post(
            "/v1/drafts",
            json={"request": "What does the Vega lamp cost?", "department": "marketing"},
            headers={"Authorization": "Bearer s3cret"},
        )
    assert d.status_code == 200, d.text
    price = next(c for c in d.json()["citations"] if "89" in c["quote"])
    assert price["source"] == "docs/vega.pdf" and price["page"] == 2
