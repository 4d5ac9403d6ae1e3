"""Knowledge layer: LlamaIndex parsing over a Chroma store, incremental ingest, hybrid
dense + BM25 retrieval."""

from hybrid.knowledge.layer import Knowledge

__all__ = ["Knowledge"]
