"""The HTTP API: OpenAI-compatible routes with adapters as models, whole-pipeline drafts,
ingest, health, metrics and the drafting page.

`create_app` takes the parts (so tests can use fakes); `hybrid.build.build_app` builds
them the way the command line does. Every route that runs a model goes through the same
slots (429 past the queue) and the same batcher (rows of concurrent requests share one
forward), with a deadline per request (504).
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from hybrid import __version__
from hybrid.pipeline.core import HybridPipeline
from hybrid.serve.batching import BatchingGenerator
from hybrid.serve.errors import ApiError, install_handlers
from hybrid.serve.gate import Gate
from hybrid.serve.limits import BodyLimit, Slots
from hybrid.serve.metrics import Metrics, MetricsMiddleware
from hybrid.serve.routes import drafts, embeddings, ingest, openai, ops
from hybrid.serve.routes.ops import PAGE
from hybrid.serve.services import Components, Services
from hybrid.settings import ServeSettings, Settings

__all__ = ["ApiError", "Components", "create_app", "create_app_from_settings"]


def create_app_from_settings(settings: Settings) -> FastAPI:
    """Alias of `hybrid.build.build_app`, kept for one release."""
    from hybrid.build import build_app

    return build_app(settings)


def create_app(parts: Components, config: ServeSettings) -> FastAPI:
    """An app serving `parts` under `config`'s limits and tokens.

    Build the pipeline over a `BatchingGenerator` (as `hybrid.build.build_app` does) so
    drafts and completions that arrive together share forwards. A pipeline over a plain
    generator is served through a copy that batches; the caller's is left as it was."""
    pipeline, batcher = _batched(parts.pipeline, config)
    slots = Slots(config.max_concurrency, config.max_queue)
    metrics = Metrics(batcher.stats, lambda: slots.running, lambda: slots.waiting)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await asyncio.to_thread(batcher.close)
        slots.shutdown()

    app = FastAPI(
        title="hybrid",
        summary="Drafts in a department's voice from cited facts; OpenAI-compatible, adapters as models.",
        version=__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.services = Services(parts, pipeline, batcher, config, slots, metrics)
    # The parts tests and `hybrid serve` reach for, by their old names.
    app.state.batcher, app.state.slots, app.state.metrics, app.state.pipeline = batcher, slots, metrics, pipeline
    # The last added runs first: metrics see every answer; the gate refuses a foreign
    # Host or a wrong token before BodyLimit reads (and buffers) any of the body.
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    app.add_middleware(Gate, config=config)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    install_handlers(app)
    app.include_router(ops.router)
    app.mount("/static", StaticFiles(directory=str(PAGE)), name="static")
    app.include_router(openai.router)
    app.include_router(embeddings.router)
    app.include_router(drafts.router)
    app.include_router(ingest.router)
    return app


def _batched(pipeline: HybridPipeline, config: ServeSettings) -> tuple[HybridPipeline, BatchingGenerator]:
    if isinstance(pipeline.generator, BatchingGenerator):
        return pipeline, pipeline.generator
    # Kept for callers that built their pipeline before build_app existed.
    batcher = BatchingGenerator(pipeline.generator, config.batch_window_ms / 1000, config.max_batch)
    served = copy.copy(pipeline)
    served.generator = batcher
    return served, batcher
