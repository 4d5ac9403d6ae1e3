"""Apps for the serve tests, over fakes or the tiny models, and a real uvicorn on
127.0.0.1 in a thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hybrid.pipeline import Departments, HybridPipeline
from hybrid.serve import Components, create_app
from hybrid.settings import ServeSettings, Settings
from hybrid.testing import FakeAdapterStore, FakeGenerator, fake_knowledge
from hybrid.types import GenerationRequest

DOCS = {
    "atlas.md": "---\ndepartment: marketing\n---\n# Atlas Pro\n\nThe Atlas Pro costs $1,079 from April 1, 2026.\n",
    "orion.md": "---\ndepartment: legal\n---\n# Orion chair\n\nThe Orion chair has a 12-year warranty.\n",
}
# The bearer token of the `server` fixture's app.
TOKEN = "test-token"
# A reply that cites passage 1 and states a price no passage has.
CITED_REPLY = "The Atlas Pro now costs $1,079 [1]. A Vega Arm is $49."


def cited_when_sourced(r: GenerationRequest) -> str:
    """Drafts with sources get CITED_REPLY; anything else the FakeGenerator's echo."""
    said = r.prompt if r.prompt is not None else r.messages[-1]["content"]
    if "<source" in said:
        return CITED_REPLY
    return f"[{r.adapter}] {said.rsplit('Request:', 1)[-1].strip()}"


def fake_app(root: Path, config: ServeSettings | None = None, generator: Any = None, **parts: Any) -> Any:
    """An app over a real (fake-embedded) store and a `FakeGenerator` that cites [1]."""
    knowledge = fake_knowledge(DOCS, root)
    gen = generator or FakeGenerator(["marketing", "legal"], reply=cited_when_sourced)
    voices = Departments(FakeAdapterStore(["marketing", "legal"]))
    pipeline = HybridPipeline(knowledge, gen, voices, k=2)
    components = Components(
        pipeline=pipeline,
        adapters=FakeAdapterStore(["marketing", "legal"]),
        base_model="tiny-base",
        knowledge=knowledge,
        inbox=root / "inbox",
        **parts,
    )
    return create_app(components, config or ServeSettings())


def tiny_settings(root: Path, lm: Path, embedder: Path, adapters: Path, **serve: Any) -> Settings:
    """Settings for a real pipeline on the tiny random models and the session's adapters."""
    return Settings(
        state_dir=root / "state",
        cache_dir=root / "cache",
        adapters_dir=adapters,
        shipped_adapters=False,  # the shipped voices are SmolLM2's: they cannot load on the tiny model
        models={"generator": str(lm), "embedder": str(embedder)},
        generation={"dtype": "float32", "max_new_tokens": 16},
        pipeline={"departments": {"sales": "loud", "ops": "terse"}, "context_tokens": 512},
        serve={"max_tokens": 64, **serve},
    )


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn on a free 127.0.0.1 port; yields the base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
