"""schemathesis against the server's own OpenAPI schema: whatever it generates, valid or
not, the server answers below 500, with a JSON error for every refusal. Bounded: a
dozen examples per operation and mode."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from hybrid.settings import ServeSettings
from tests.serve.servers import fake_app

pytestmark = pytest.mark.unit
TOKEN = {"Authorization": "Bearer fuzz"}
EXAMPLES = 12


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    app = fake_app(
        tmp_path_factory.mktemp("fuzz"),
        ServeSettings(api_token="fuzz", max_tokens=16, max_body_bytes=16384, request_timeout_s=10),
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app, headers=TOKEN)


def test_the_schema_covers_every_api_route(api_schema):
    paths = {op.ok().path for op in api_schema.get_all_operations()}
    assert {"/v1/chat/completions", "/v1/completions", "/v1/drafts", "/v1/ingest", "/v1/models", "/metrics"} <= paths


@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
def test_no_request_makes_the_server_fail(api_schema, mode):
    seen: dict[str, set[int]] = {}
    for result in api_schema.get_all_operations():
        operation = result.ok()
        if mode is schemathesis.GenerationMode.NEGATIVE and operation.method.upper() != "POST":
            continue  # a GET without parameters has no invalid form

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:
            response = case.call(headers=TOKEN)
            where = f"{case.method} {case.path} {case.body!r:.200}"
            assert response.status_code < 500, f"{where} -> {response.status_code}: {response.text[:300]}"
            if response.status_code >= 400:
                assert "error" in response.json(), f"{where} -> {response.text[:300]}"
            seen.setdefault(case.path, set()).add(response.status_code)

        check()
    assert len(seen) >= (6 if mode is schemathesis.GenerationMode.POSITIVE else 4), seen
