"""What the server serves (`Components`) and what every route reads (`Services`, on
`request.app.state.services`), with the checks several routes share."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request

from hybrid.pipeline.core import HybridPipeline
from hybrid.protocols import AdapterStore
from hybrid.serve.batching import BatchingGenerator
from hybrid.serve.errors import ApiError
from hybrid.serve.limits import Slots
from hybrid.serve.metrics import Metrics
from hybrid.settings import ServeSettings
from hybrid.types import BASE


@dataclass
class Components:
    """What the server serves. `knowledge` and `inbox` enable /v1/ingest."""

    pipeline: HybridPipeline
    adapters: AdapterStore
    base_model: str
    knowledge: Any = None
    inbox: Path | None = None
    default_max_tokens: int = 256


@dataclass
class Services:
    """One app's parts and limits. `pipeline` drafts through `batcher`."""

    parts: Components
    pipeline: HybridPipeline
    batcher: BatchingGenerator
    config: ServeSettings
    slots: Slots
    metrics: Metrics
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)

    def served(self) -> list[str]:
        """Adapter names served as models, besides the base model."""
        return [n for n in self.parts.adapters.known() if n != BASE]

    def adapter_of(self, model: str) -> str:
        """The adapter a request's `model` names; 404 for one this server does not serve."""
        if model in (self.parts.base_model, BASE):
            return BASE
        names = self.served()
        if model in names:
            return model
        raise ApiError(
            404,
            f"unknown model {model!r}; served models: {', '.join([self.parts.base_model, *names])}",
            param="model",
            code="model_not_found",
        )

    def cap(self, asked: int | None, param: str) -> int:
        """`asked` tokens, the default if unset; 400 past serve.max_tokens."""
        if asked is None:
            return self.parts.default_max_tokens
        if asked > self.config.max_tokens:
            raise ApiError(
                400,
                f"{param}={asked} is over this server's cap of {self.config.max_tokens} (serve.max_tokens)",
                param=param,
            )
        return asked

    def deadline(self) -> float:
        return time.monotonic() + self.config.request_timeout_s


def services(request: Request) -> Services:
    """The app's `Services`, for a route."""
    found: Services = request.app.state.services
    return found
