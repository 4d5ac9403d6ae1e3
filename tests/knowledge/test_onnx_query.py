"""Queries on onnxruntime: the export gives torch's vectors, a search with it imports no
torch, and a model it cannot export falls back to torch (or, asked for onnx, says why)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from hybrid.errors import UnsupportedModelError
from hybrid.knowledge.embedding import SentenceTransformerEmbedder
from hybrid.knowledge.onnx_query import FAILED_FILE, MODEL_FILE
from tests.fixtures import build_tiny_sentence_transformer

pytestmark = pytest.mark.unit

QUERIES = [
    "how much does the atlas desk cost",
    "warranty?",
    "the orion chair warranty is 5 years and shipping is free for every order " * 12,  # past the window
]


@pytest.fixture(scope="module")
def st_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-st")


def _embedder(folder: Path, cache: Path, runtime: str = "auto") -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(str(folder), model_id=folder.name, query_runtime=runtime, onnx_cache=cache)


@pytest.mark.parametrize(
    ("dense", "pooling", "include_prompt"),
    [(True, "mean", True), (False, "cls", True), (False, "mean", False)],
)
def test_the_export_gives_torchs_query_vectors(st_root, tmp_path, dense, pooling, include_prompt):
    folder = build_tiny_sentence_transformer(
        st_root, pooling=pooling, dense=dense, include_prompt=include_prompt, prompts={"query": "what is asked: "}
    )
    embedder = _embedder(folder, tmp_path)
    assert embedder.prepare_query_encoder() is None
    assert (embedder.onnx_folder() / MODEL_FILE).is_file()

    fresh = _embedder(folder, tmp_path)  # a later process: finds the export, loads no torch model
    onnx = np.asarray([fresh.embed_query(q) for q in QUERIES])
    assert fresh._model is None
    torch_side = np.asarray([embedder.torch_query(q) for q in QUERIES])
    np.testing.assert_allclose(onnx, torch_side, atol=1e-5)
    # The query prompt is applied: the vector is not that of the bare text.
    assert not np.allclose(onnx[0], embedder._embed([QUERIES[0]], "")[0], atol=1e-3)


def test_auto_without_an_export_stays_on_torch_and_makes_none(st_root, tmp_path):
    folder = build_tiny_sentence_transformer(st_root)
    embedder = _embedder(folder, tmp_path)
    vector = embedder.embed_query("desk")
    assert embedder._model is not None  # torch answered
    assert not (embedder.onnx_folder() / MODEL_FILE).exists()
    np.testing.assert_allclose(vector, embedder.torch_query("desk"))


def test_a_model_that_cannot_be_exported_falls_back_and_is_not_retried(st_root, tmp_path):
    folder = build_tiny_sentence_transformer(st_root / "no-tokenizer-json")
    (folder / "tokenizer.json").unlink()
    embedder = _embedder(folder, tmp_path)
    reason = embedder.prepare_query_encoder()
    assert reason is not None and "tokenizer.json" in reason and str(folder) in reason
    assert json.loads((embedder.onnx_folder() / FAILED_FILE).read_text())["reason"] == reason
    assert _embedder(folder, tmp_path).prepare_query_encoder() == reason  # remembered, not redone
    assert len(embedder.embed_query("desk")) == 64  # still answers, on torch

    with pytest.raises(UnsupportedModelError) as info:
        _embedder(folder, tmp_path, runtime="onnx").embed_query("desk")
    assert "query_runtime is 'onnx'" in str(info.value) and "tokenizer.json" in str(info.value)


def test_a_search_process_with_the_export_never_imports_torch(st_root, tmp_path):
    folder = build_tiny_sentence_transformer(st_root)
    assert _embedder(folder, tmp_path).prepare_query_encoder() is None
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from hybrid.knowledge.embedding import SentenceTransformerEmbedder
        e = SentenceTransformerEmbedder({str(folder)!r}, model_id="m", query_runtime="auto",
                                        onnx_cache=Path({str(tmp_path)!r}))
        assert len(e.embed_query("desk")) == 64
        print(sorted(m for m in ("torch", "transformers", "sentence_transformers") if m in sys.modules))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_changing_the_model_files_makes_a_new_export(st_root, tmp_path):
    folder = build_tiny_sentence_transformer(st_root / "changed")
    before = _embedder(folder, tmp_path).onnx_folder()
    config = folder / "config_sentence_transformers.json"
    config.write_text(config.read_text() + "\n")
    assert _embedder(folder, tmp_path).onnx_folder() != before
