"""Retrieve: the passages that answer the request, under its filters."""

from __future__ import annotations

import time
from dataclasses import dataclass

from hybrid.errors import HybridError
from hybrid.pipeline.spec import DraftSpec
from hybrid.protocols import Retriever
from hybrid.types import Passage


@dataclass(frozen=True)
class Retrieved:
    passages: tuple[Passage, ...] = ()
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


def retrieve(retriever: Retriever | None, spec: DraftSpec, k_default: int) -> Retrieved:
    """The top passages for `spec.request`, or none when the spec turns retrieval off."""
    if not spec.retrieval:
        return Retrieved()
    if retriever is None:
        raise HybridError("retrieval=True but this pipeline has no knowledge layer; pass retrieval=False")
    t = time.perf_counter()
    found = tuple(retriever.retrieve(spec.request, k=spec.k or k_default, filters=spec.filters))
    notes = () if found else ("no passage matched the request and filters: the draft has no sources",)
    return Retrieved(found, notes, time.perf_counter() - t)
