"""Exporting the embedder's recipe to ONNX, checked against torch before it is trusted.

Kept apart from `hybrid.knowledge.onnx_query` because this side needs torch, onnx and
onnxscript, and the point of the other side is that a search imports none of them.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from hybrid.atomic import write_json
from hybrid.errors import UnsupportedModelError
from hybrid.knowledge.onnx_query import EXPORT_FORMAT, META_FILE, MODEL_FILE, TOLERANCE, OnnxQueryEncoder
from hybrid.knowledge.pooling import pool

if TYPE_CHECKING:
    # Typing only: the embedder imports this module to export itself.
    from hybrid.knowledge.embedding import SentenceTransformerEmbedder

PROBES = (
    "how much does it cost",
    "What changed in version 4.2.0 of the Atlas Pro, and when does the new price apply?",
    "uv pip install --upgrade-package <package-name>",
    "Rückgabe innerhalb von 30 Tagen? ¿Y el envío?",
)
# Past any window we ship, so the check covers truncation too.
LONG_PROBE = " ".join(PROBES) * 40


class _Encoder(torch.nn.Module):
    """The embedder's whole recipe as one module, so the graph returns the final vector."""

    def __init__(self, embedder: SentenceTransformerEmbedder) -> None:
        super().__init__()
        loaded = embedder.loaded()
        self.model = loaded.model
        self._stages = loaded.stages
        self._pooling = embedder.recipe.pooling
        self._types = loaded.takes_token_types

    def forward(self, input_ids: Any, attention_mask: Any, pool_mask: Any, token_type_ids: Any = None) -> Any:
        extra = {"token_type_ids": token_type_ids} if self._types else {}
        hidden = self.model(input_ids=input_ids, attention_mask=attention_mask, **extra).last_hidden_state
        x = torch.cat([pool(mode, hidden, pool_mask, attention_mask) for mode in self._pooling], dim=-1)
        for stage in self._stages:
            x = stage(x)
        return torch.nn.functional.normalize(x.float(), dim=-1)


def export_query_encoder(embedder: SentenceTransformerEmbedder, target: Path) -> None:
    """Export `embedder`'s query path into `target`, and refuse the export (raising
    `UnsupportedModelError`) unless its tokens and vectors match torch's on the probes.

    The files are written into a temporary folder beside `target` and moved in whole, so a
    crash leaves no half export that a later search would trust.
    """
    embedder.warm_up()
    loaded = embedder.loaded()
    source = embedder.recipe.transformer / "tokenizer.json"
    if not source.is_file():
        raise UnsupportedModelError(f"{embedder.recipe.transformer}: no tokenizer.json for onnxruntime's side")
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        # Two rows of different lengths, so the traced graph keeps the padding-mask path.
        example = loaded.tokenizer(["a first example text", "a second"], padding=True, return_tensors="pt")
        names = ["input_ids", "attention_mask", "pool_mask"]
        args: tuple[Any, ...] = (example["input_ids"], example["attention_mask"], example["attention_mask"].clone())
        if loaded.takes_token_types:
            names.append("token_type_ids")
            args += (torch.zeros_like(example["input_ids"]),)
        dims = {0: torch.export.Dim("batch", max=4096), 1: torch.export.Dim("tokens", max=max(loaded.window, 3))}
        with torch.inference_mode(False), torch.no_grad(), _quiet():
            torch.onnx.export(
                _Encoder(embedder).eval(),
                args,
                str(work / "raw.onnx"),
                input_names=names,
                output_names=["sentence_embedding"],
                dynamic_shapes={name: dims for name in names},
                dynamo=True,
                external_data=False,
                verbose=False,
            )
        _optimise(work / "raw.onnx", work / MODEL_FILE)
        shutil.copyfile(source, work / "tokenizer.json")
        write_json(work / META_FILE, _meta(embedder))
        _check(embedder, work)
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _optimise(raw: Path, target: Path) -> None:
    """Save onnxruntime's graph fusions once, so a search loads the graph without redoing
    them: 0.24 s to load instead of 0.45 s here. Only to the portable level; the higher one
    adds layouts for this very CPU, and a cache folder may be shared between machines."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(target)
    ort.InferenceSession(str(raw), sess_options=options, providers=["CPUExecutionProvider"])
    raw.unlink()


@contextmanager
def _quiet() -> Iterator[None]:
    """The exporter's own warnings (deprecations, missing torchvision) say nothing to a user."""
    logger = logging.getLogger("torch.onnx")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _meta(embedder: SentenceTransformerEmbedder) -> dict[str, Any]:
    loaded = embedder.loaded()
    recipe = embedder.recipe
    return {
        "format": EXPORT_FORMAT,
        "window": loaded.window,
        "truncation_side": str(getattr(loaded.tokenizer, "truncation_side", "right")),
        "lower_case": recipe.do_lower_case,
        "query_prompt": recipe.query_prompt,
        "query_prompt_skip": embedder.prompt_skip(recipe.query_prompt),
    }


def _check(embedder: SentenceTransformerEmbedder, work: Path) -> None:
    encoder = OnnxQueryEncoder(work)
    for probe in (*PROBES, LONG_PROBE):
        if encoder.ids(probe) != embedder.query_ids(probe):
            raise UnsupportedModelError(
                f"{embedder.recipe.transformer}: tokenizer.json splits {probe[:40]!r} unlike transformers does"
            )
        gap = float(np.abs(np.asarray(encoder.embed(probe)) - np.asarray(embedder.torch_query(probe))).max())
        if gap > TOLERANCE:
            raise UnsupportedModelError(
                f"{embedder.recipe.transformer}: the ONNX export differs from torch by {gap:.2g} on {probe[:40]!r}"
            )
