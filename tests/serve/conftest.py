"""Fixtures for the serve tests; the apps themselves are built in `servers.py`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hybrid.serve import create_app_from_settings
from hybrid.settings import ServeSettings
from tests.serve.servers import DOCS, TOKEN, fake_app, running, tiny_settings


@pytest.fixture
def fake_client(isolated: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(fake_app(isolated, ServeSettings(api_token="s3cret", max_tokens=64))) as client:
        client.headers["Authorization"] = "Bearer s3cret"
        yield client


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory,
    tiny_causal_lm_path: Path,
    tiny_embedder_path: Path,
    trained_registry: Any,
) -> Iterator[dict[str, Any]]:
    """A real uvicorn on 127.0.0.1 over the tiny models and adapters 'loud' and 'terse', one per test module."""
    root = tmp_path_factory.mktemp("serve")
    lm, embedder = tiny_causal_lm_path, tiny_embedder_path
    settings = tiny_settings(root, lm, embedder, trained_registry.root, api_token=TOKEN, max_tokens=200)
    app = create_app_from_settings(settings)
    docs = root / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text)
    app.state.pipeline.knowledge.ingest([docs])
    with running(app) as url:
        yield {"url": url, "app": app, "settings": settings, "docs": docs, "root": root}


@pytest.fixture
def client(server: dict[str, Any]) -> Any:
    import openai

    return openai.OpenAI(base_url=server["url"] + "/v1", api_key=TOKEN, max_retries=0)
