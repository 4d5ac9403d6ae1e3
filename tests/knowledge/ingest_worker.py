"""Run one ingest with a slow fake embedder, announcing each batch, so tests can kill
it at a known point or race two of them."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from hybrid.knowledge import Knowledge
from hybrid.settings import KnowledgeSettings
from hybrid.testing import FakeEmbedder


class SlowEmbedder(FakeEmbedder):
    def __init__(self, delay: float | None = None, announce: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.delay = delay
        self.announce = announce

    def embed_documents(self, texts):
        time.sleep(float(sys.argv[3]) if self.delay is None else self.delay)
        out = super().embed_documents(texts)
        if self.announce is None:
            print(f"batch {self.calls}", flush=True)
        else:
            self.announce(self.calls)
        return out


if __name__ == "__main__":
    state, root = Path(sys.argv[1]), Path(sys.argv[2])
    k = Knowledge(SlowEmbedder(), state, KnowledgeSettings(chunk_size=40, chunk_overlap=5, embed_batch_size=4))
    s = k.ingest([root])
    print(f"done {s.chunks_total}", flush=True)
