"""A running `hybrid serve` picks up `hybrid adapters activate`, `rollback` and a new
version on the next request, with no restart, while a request in flight finishes on the
version it started with. Driven with the official `openai` client on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest
from click.testing import CliRunner

from hybrid.cli import cli
from hybrid.serve import create_app_from_settings
from hybrid.style import AdapterRegistry
from tests.fixtures import copy_of
from tests.serve.servers import TOKEN, running, tiny_settings

pytestmark = pytest.mark.integration
MESSAGES = [{"role": "user", "content": "write about desk 4"}]


@pytest.fixture(scope="module")
def live(tmp_path_factory, tiny_causal_lm_path, tiny_embedder_path, trained_registry) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("live")
    registry = AdapterRegistry(root / "adapters")
    registry.save("loud", copy_of(trained_registry, "loud"))  # v1: the loud voice
    registry.save("loud", copy_of(trained_registry, "terse"), activate=False)  # v2: terse's weights
    registry.save("terse", copy_of(trained_registry, "terse"))
    settings = tiny_settings(root, tiny_causal_lm_path, tiny_embedder_path, registry.root, api_token=TOKEN)
    with running(create_app_from_settings(settings)) as url:
        yield {"registry": registry, "url": url, "client": openai.OpenAI(base_url=url + "/v1", api_key=TOKEN)}


def reply(live, model: str = "loud", n: int = 12) -> tuple[str, str]:
    r = live["client"].chat.completions.create(model=model, messages=MESSAGES, max_tokens=n, temperature=0)
    return r.choices[0].message.content, r.model_extra["adapter_version"]


def cli_adapters(live, *args: str) -> None:
    env = {"HYBRID_ADAPTERS_DIR": str(live["registry"].root), "HYBRID_SHIPPED_ADAPTERS": "false"}
    result = CliRunner().invoke(cli, ["adapters", *args], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output


def listed_version(live) -> str:
    models = live["client"].models.list()
    return next(m.model_extra["version"] for m in models.data if m.id == "loud")


def test_activate_and_rollback_are_served_on_the_next_request(live):
    v1_text, version = reply(live)
    terse_text, _ = reply(live, "terse")
    assert version == "v1" and v1_text != terse_text
    cli_adapters(live, "activate", "loud", "v2")
    # The new version's weights answer, not just its label: v2 holds terse's weights.
    assert reply(live) == (terse_text, "v2") and listed_version(live) == "v2"
    cli_adapters(live, "rollback", "loud")
    assert reply(live) == (v1_text, "v1") and listed_version(live) == "v1"


def test_a_newly_saved_version_is_served_at_once(live):
    v1_text, _ = reply(live)
    live["registry"].save("loud", copy_of(live["registry"], "terse"))  # what `hybrid adapters train` ends with
    terse_text, _ = reply(live, "terse")
    assert reply(live) == (terse_text, "v3")
    live["registry"].activate("loud", "v1")
    assert reply(live) == (v1_text, "v1")


def test_a_stream_in_flight_finishes_on_its_version_and_the_next_request_gets_the_new_one(live):
    # The tiny model may finish before the switch lands; tests/generation/test_live_versions.py
    # switches at a set decode step, so that case is pinned there.
    want, _ = reply(live, n=48)
    stream = live["client"].chat.completions.create(
        model="loud", messages=MESSAGES, max_tokens=48, temperature=0, stream=True
    )
    pieces, versions = [], set()
    for i, chunk in enumerate(stream):
        if i == 1:  # the decode has started: switch versions under it
            live["registry"].activate("loud", "v2")
        if chunk.choices:
            pieces.append(chunk.choices[0].delta.content or "")
            if chunk.choices[0].finish_reason:
                versions.add(chunk.model_extra["adapter_version"])
    try:
        assert "".join(pieces).strip() == want and versions == {"v1"}
        assert reply(live)[1] == "v2"
    finally:
        live["registry"].activate("loud", "v1")
