"""Sentence embeddings, and the adapter that hands them to Chroma.

Chroma's default embedding function downloads a model at first use; we always pass
ours, so nothing reaches for a hub.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from hybrid.errors import UnsupportedModelError
from hybrid.knowledge.pooling import pool
from hybrid.knowledge.st_folder import Dense, Normalize, Recipe, activation_class, read_recipe
from hybrid.protocols import Embedder

log = logging.getLogger(__name__)
QueryRuntime = Literal["auto", "torch", "onnx"]


@dataclass(frozen=True)
class LoadedModel:
    """The torch side once loaded: what the ONNX export traces."""

    model: Any
    tokenizer: Any
    stages: list[Callable[[Any], Any]]
    window: int
    takes_token_types: bool


class SentenceTransformerEmbedder:
    """A sentence-transformers model folder, run with plain transformers.

    It follows the folder's `modules.json` (pooling mode, Dense layers, Normalize), its
    max_seq_length and its query/document prompts (`hybrid.knowledge.st_folder`), which
    reproduces `SentenceTransformer.encode_query`/`encode_document` without importing
    sentence-transformers (seconds per CLI call). Vectors are always L2-normalised, as the
    `Embedder` protocol promises; cosine retrieval is unchanged by that. The model loads on
    first use, so construction stays cheap.

    `query_runtime` says how queries are embedded: "torch"; "onnx", an export made on
    first use (`hybrid.knowledge.onnx_query`), with no torch import once it is cached;
    or "auto", the export where `onnx_cache` already holds one, else torch.
    """

    def __init__(
        self,
        path: str,
        model_id: str,
        device: str = "cpu",
        batch_size: int = 64,
        *,
        query_runtime: QueryRuntime = "torch",
        onnx_cache: Path | None = None,
    ) -> None:
        if query_runtime != "torch" and onnx_cache is None:
            raise ValueError(f"query_runtime {query_runtime!r} needs an onnx_cache folder")
        self.model_id = model_id
        self.query_runtime = query_runtime
        self._onnx_cache = onnx_cache
        self._query_encoder: Any = None
        self._onnx_target: Path | None = None
        self._path = Path(path)
        self._device = device
        self._batch_size = batch_size
        self._model: Any = None
        self._tokenizer: Any = None
        self._stages: list[Any] = []
        self._recipe: Recipe | None = None
        self.max_tokens = 512
        self._lock = threading.Lock()

    @property
    def recipe(self) -> Recipe:
        """What the folder asks for (pooling, layers, prompts); read without loading weights."""
        if self._recipe is None:
            self._recipe = read_recipe(self._path)
        return self._recipe

    def warm_up(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            from transformers import AutoModel, AutoTokenizer

            recipe = self.recipe
            tokenizer = AutoTokenizer.from_pretrained(recipe.transformer, local_files_only=True)
            model = AutoModel.from_pretrained(recipe.transformer, local_files_only=True, use_safetensors=True)
            self.max_tokens = _window(recipe, tokenizer, model.config)
            self._stages = [_load_stage(s, self._device) for s in recipe.after_pooling]
            self._tokenizer = tokenizer
            self._model = model.to(self._device).eval()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts, self.recipe.document_prompt)

    def embed_query(self, text: str) -> list[float]:
        encoder = self._onnx_encoder()
        if encoder is not None:
            return list(encoder.embed(text))
        return self.torch_query(text)

    def torch_query(self, text: str) -> list[float]:
        """The query's vector from the torch model, whatever `query_runtime` says."""
        return self._embed([text], self.recipe.query_prompt)[0]

    def query_ids(self, text: str) -> list[int]:
        """The token ids the torch path feeds the model for query `text`."""
        self.warm_up()
        enc = self._tokenizer(self._text(self.recipe.query_prompt + text), truncation=True, max_length=self.max_tokens)
        return list(enc["input_ids"])

    def prompt_skip(self, prompt: str) -> int:
        """How many leading tokens pooling leaves out for `prompt` (none unless the folder
        says `include_prompt: false`)."""
        self.warm_up()
        return self._prompt_length(prompt) if prompt and not self.recipe.include_prompt else 0

    def loaded(self) -> LoadedModel:
        """The loaded torch parts (after `warm_up`), for the ONNX export."""
        self.warm_up()
        takes_types = "token_type_ids" in inspect.signature(self._model.forward).parameters
        return LoadedModel(self._model, self._tokenizer, self._stages, self.max_tokens, takes_types)

    def onnx_folder(self) -> Path | None:
        """Where this model's query export is cached (made or not), or None without a cache.

        Worked out once per embedder: the key stats every file of the model folder and reads
        six packages' versions, and neither changes under a running process."""
        if self._onnx_cache is None:
            return None
        if self._onnx_target is None:
            from hybrid.knowledge.onnx_query import export_dir

            self._onnx_target = export_dir([self._path], self._onnx_cache)
        return self._onnx_target

    def prepare_query_encoder(self) -> str | None:
        """Make the cached ONNX query export if there is none (once per model and library
        versions; ~20 s for MiniLM on 2 cores). Returns why it cannot be made, or None."""
        if self.query_runtime == "torch" or self._onnx_cache is None:
            return "query_runtime is torch"
        from filelock import FileLock

        from hybrid.knowledge.onnx_query import MODEL_FILE, export_failure, record_failure

        target = self.onnx_folder()
        assert target is not None
        if (target / MODEL_FILE).is_file():
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(target) + ".lock"):
            if (target / MODEL_FILE).is_file():
                return None
            if (reason := export_failure(target)) is not None:
                return reason
            try:
                from hybrid.knowledge.onnx_export import export_query_encoder

                export_query_encoder(self, target)
            except (ImportError, UnsupportedModelError) as exc:
                record_failure(target, str(exc))
                return str(exc)
            except Exception as exc:  # the exporter raises many kinds; torch stays the answer
                reason = f"{type(exc).__name__}: {exc}"
                record_failure(target, reason)
                return reason
        return None

    def _onnx_encoder(self) -> Any:
        """The onnxruntime query encoder where `query_runtime` allows one and it exists."""
        if self._query_encoder is not None or self.query_runtime == "torch":
            return self._query_encoder
        from hybrid.knowledge.onnx_query import MODEL_FILE, OnnxQueryEncoder

        target = self.onnx_folder()
        assert target is not None
        if self.query_runtime == "onnx" and (reason := self.prepare_query_encoder()) is not None:
            raise UnsupportedModelError(
                f"models.query_runtime is 'onnx', but {self._path} cannot be exported: {reason}"
            )
        if not (target / MODEL_FILE).is_file():
            return None
        with self._lock:
            if self._query_encoder is None:
                self._query_encoder = OnnxQueryEncoder(target)
        return self._query_encoder

    def count_tokens(self, text: str) -> int:
        self.warm_up()
        return len(
            self._tokenizer(self._text(text), add_special_tokens=True, truncation=False, verbose=False)["input_ids"]
        )

    def _text(self, text: str) -> str:
        return text.lower() if self.recipe.do_lower_case else text

    def _embed(self, texts: Sequence[str], prompt: str) -> list[list[float]]:
        if not texts:
            return []
        import torch

        self.warm_up()
        recipe = self.recipe
        skip = self.prompt_skip(prompt)
        # Sorting by length keeps padding (wasted compute) low within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        rows: dict[int, Any] = {}
        with torch.inference_mode():
            for i in range(0, len(order), self._batch_size):
                idx = order[i : i + self._batch_size]
                enc = self._tokenizer(
                    [self._text(prompt + texts[j]) for j in idx],
                    padding=True,
                    truncation=True,
                    max_length=self.max_tokens,
                    return_tensors="pt",
                ).to(self._device)
                hidden = self._model(**enc).last_hidden_state
                mask = enc["attention_mask"]
                if skip:
                    mask = _without_prompt(mask, skip)
                x = torch.cat([pool(mode, hidden, mask, enc["attention_mask"]) for mode in recipe.pooling], dim=-1)
                for stage in self._stages:
                    x = stage(x)
                x = torch.nn.functional.normalize(x.float(), dim=-1)
                for j, row in zip(idx, x.cpu().numpy(), strict=True):
                    rows[j] = row
        return np.stack([rows[j] for j in range(len(texts))]).astype(np.float32).tolist()

    def _prompt_length(self, prompt: str) -> int:
        """Tokens the prompt takes at the start of an input, as sentence-transformers counts
        them for `include_prompt: false`: the prompt alone, less a trailing special token."""
        ids = self._tokenizer(self._text(prompt), add_special_tokens=True)["input_ids"]
        return len(ids) - (1 if ids and ids[-1] in self._tokenizer.all_special_ids else 0)


def _window(recipe: Recipe, tokenizer: Any, config: Any) -> int:
    """The input window, found as sentence-transformers finds it: `max_seq_length` from
    sentence_bert_config.json, else the tokenizer's, capped at the position table."""
    if recipe.max_seq_length is not None:
        return recipe.max_seq_length
    window = int(tokenizer.model_max_length)
    positions = getattr(config, "max_position_embeddings", -1)
    return min(window, positions) if positions and positions > 0 else window


def _without_prompt(mask: Any, prompt_length: int) -> Any:
    """The attention mask with the prompt's positions cleared, after any left padding."""
    import torch

    mask = mask.clone()
    start = mask.to(torch.int32).argmax(dim=1)
    positions = torch.arange(mask.size(1), device=mask.device).unsqueeze(0)
    mask[positions < (start + prompt_length).unsqueeze(1)] = 0
    return mask


def _load_stage(stage: Dense | Normalize, device: str) -> Any:
    import torch

    if isinstance(stage, Normalize):
        return lambda x: torch.nn.functional.normalize(x, p=2, dim=-1)
    weights = _dense_weights(stage.folder)
    linear = torch.nn.Linear(stage.in_features, stage.out_features, bias=stage.bias)
    residual = None
    if stage.residual and stage.in_features != stage.out_features:
        residual = torch.nn.Linear(stage.in_features, stage.out_features, bias=False)
    try:
        linear.load_state_dict(_prefixed(weights, "linear."))
        if residual is not None:
            residual.load_state_dict(_prefixed(weights, "residual."))
    except RuntimeError as exc:
        raise UnsupportedModelError(f"{stage.folder}: the Dense weights do not match its config.json ({exc})") from None
    linear.to(device).eval()
    if residual is not None:
        residual.to(device).eval()
    activation = activation_class(stage.folder / "config.json", stage.activation)()

    def dense(x: Any) -> Any:
        out = activation(linear(x))
        if stage.residual:
            out = out + (x if residual is None else residual(x))
        return out

    return dense


def _prefixed(weights: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {k[len(prefix) :]: v for k, v in weights.items() if k.startswith(prefix)}


def _dense_weights(folder: Path) -> dict[str, Any]:
    """A Dense layer's tensors: safetensors where saved so, else the older pickle, read
    with `weights_only` so a model file cannot run code."""
    import torch

    st = folder / "model.safetensors"
    if st.is_file():
        from safetensors.torch import load_file

        return load_file(st)
    legacy = folder / "pytorch_model.bin"
    if legacy.is_file():
        return dict(torch.load(legacy, map_location="cpu", weights_only=True))
    raise UnsupportedModelError(f"{folder}: a Dense layer without model.safetensors or pytorch_model.bin")


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
