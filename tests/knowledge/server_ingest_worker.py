"""One ingest into a Chroma server collection, as one machine of several would run it:
a slow fake embedder that announces each batch (with the time), so tests can kill it at
a known point or see whether two runs overlapped.

python -m tests.knowledge.server_ingest_worker URL STATE ROOT DELAY LEASE_S PATH...
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from hybrid.knowledge import Knowledge
from hybrid.settings import KnowledgeSettings
from tests.knowledge.ingest_worker import SlowEmbedder

COLLECTION = "shared-docs"


def server_config(url: str | None, lease_s: float = 30.0) -> KnowledgeSettings:
    """Small chunks (many batches to kill between) in one server collection; `url=None`:
    the same settings on an embedded store, for a reference run."""
    return KnowledgeSettings(
        chroma_url=url,
        collection=COLLECTION,
        chunk_size=40,
        chunk_overlap=5,
        embed_batch_size=4,
        lease_seconds=lease_s,
    )


if __name__ == "__main__":
    url, state, root, delay, lease = sys.argv[1:6]
    paths = [Path(p) for p in sys.argv[6:]]
    embedder = SlowEmbedder(delay=float(delay), announce=lambda n: print(f"batch {n} {time.time()}", flush=True))
    k = Knowledge(embedder, Path(state), server_config(url, float(lease)), root=Path(root))
    s = k.ingest(paths)
    print("done " + json.dumps({**s.counts(), "chunks_total": s.chunks_total, "notes": s.notes}), flush=True)
