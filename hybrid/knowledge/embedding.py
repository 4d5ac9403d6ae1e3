"""Sentence embeddings, and the adapter that hands them to Chroma.

Chroma's default embedding function downloads a model at first use; we always pass
ours, so nothing reaches for a hub.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from hybrid.errors import ModelNotFoundError
from hybrid.protocols import Embedder


class SentenceTransformerEmbedder:
    """A sentence-transformers model folder, run with plain transformers.

    It honours the folder's pooling config (mean or CLS) and max_seq_length, and
    normalises, which reproduces `SentenceTransformer.encode(normalize_embeddings=True)`
    for BERT-style models without importing sentence-transformers (~6 s per CLI call).
    The model loads on first use, so construction stays cheap.
    """

    def __init__(self, path: str, model_id: str, device: str = "cpu", batch_size: int = 64) -> None:
        self.model_id = model_id
        self._path = Path(path)
        self._device = device
        self._batch_size = batch_size
        self._model: Any = None
        self._tokenizer: Any = None
        self._pooling = "mean"
        self.max_tokens = 512
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            from transformers import AutoModel, AutoTokenizer

            self._pooling, self.max_tokens = _st_config(self._path)
            self._tokenizer = AutoTokenizer.from_pretrained(self._path, local_files_only=True)
            model = AutoModel.from_pretrained(self._path, local_files_only=True, use_safetensors=True)
            self._model = model.to(self._device).eval()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        import torch

        self.warm_up()
        # Sorting by length keeps padding (wasted compute) low within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self._model.config.hidden_size), dtype=np.float32)
        with torch.inference_mode():
            for i in range(0, len(order), self._batch_size):
                idx = order[i : i + self._batch_size]
                enc = self._tokenizer(
                    [texts[j] for j in idx],
                    padding=True,
                    truncation=True,
                    max_length=self.max_tokens,
                    return_tensors="pt",
                ).to(self._device)
                hidden = self._model(**enc).last_hidden_state
                if self._pooling == "cls":
                    pooled = hidden[:, 0]
                else:
                    mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled.float(), dim=-1)
                out[idx] = pooled.cpu().numpy()
        return out.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def count_tokens(self, text: str) -> int:
        self.warm_up()
        return len(self._tokenizer(text, add_special_tokens=True, truncation=False, verbose=False)["input_ids"])


def _st_config(folder: Path) -> tuple[str, int]:
    """Pooling mode and max_seq_length from a sentence-transformers folder, if present."""
    pooling, max_len = "mean", 512
    pool_cfg = folder / "1_Pooling" / "config.json"
    if pool_cfg.is_file():
        cfg = json.loads(pool_cfg.read_text())
        if cfg.get("pooling_mode_cls_token"):
            pooling = "cls"
        elif not cfg.get("pooling_mode_mean_tokens", True):
            raise ModelNotFoundError(f"{pool_cfg}: only mean or CLS pooling is supported")
    st_cfg = folder / "sentence_bert_config.json"
    if st_cfg.is_file():
        max_len = int(json.loads(st_cfg.read_text()).get("max_seq_length", max_len))
    return pooling, max_len


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
