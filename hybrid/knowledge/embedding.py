"""Sentence embeddings, and the adapter that hands them to Chroma.

Chroma's default embedding function downloads a model at first use; we always pass
ours, so nothing reaches for a hub.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from hybrid.protocols import Embedder


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use (construction stays cheap)."""

    def __init__(self, path: str, model_id: str, device: str = "cpu", batch_size: int = 64) -> None:
        self.model_id = model_id
        self._path = path
        self._device = device
        self._batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self._path, device=self._device, local_files_only=True)

    @property
    def model(self) -> Any:
        self.warm_up()
        return self._model

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        vecs = self.model.encode(
            list(texts), batch_size=self._batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return np.asarray(vecs, dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def count_tokens(self, text: str) -> int:
        return len(self.model.tokenizer(text, add_special_tokens=True, truncation=False, verbose=False)["input_ids"])


class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Lets Chroma embed with our `Embedder` (used if a caller passes texts, not vectors)."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        return [np.asarray(v, dtype=np.float32) for v in self._embedder.embed_documents(list(input))]

    @staticmethod
    def name() -> str:
        return "hybrid"

    def get_config(self) -> dict[str, Any]:
        return {"model_id": self._embedder.model_id}

    def default_space(self) -> Any:
        return "cosine"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> EmbeddingFunction[Documents]:
        raise ValueError(
            f"collection was built with hybrid embedder {config.get('model_id')!r}; "
            "open it through hybrid.Knowledge, which passes the embedder"
        )
