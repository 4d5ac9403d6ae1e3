"""Fixtures for the serve tests; the apps themselves are built in `servers.py`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hybrid.settings import ServeSettings
from tests.serve.servers import fake_app


@pytest.fixture
def fake_client(isolated: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(fake_app(isolated, ServeSettings(api_token="s3cret", max_tokens=64))) as client:
        client.headers["Authorization"] = "Bearer s3cret"
        yield client
