"""Style layer: per-department LoRA adapters, their corpora, training and store."""

from __future__ import annotations

from hybrid.style.adapter_store import AdapterError, AdapterManifest, AdapterRef, AdapterRegistry
from hybrid.style.corpus import CorpusError, StyleCorpus, load_corpus
from hybrid.style.train import train_adapter
from hybrid.style.training import TrainConfig

__all__ = [
    "AdapterError",
    "AdapterManifest",
    "AdapterRef",
    "AdapterRegistry",
    "CorpusError",
    "StyleCorpus",
    "TrainConfig",
    "load_corpus",
    "train_adapter",
]
