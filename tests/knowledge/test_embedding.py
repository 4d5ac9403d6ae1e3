"""The embedder reproduces sentence-transformers' own `encode` on folders it saved itself:
pooling modes, Dense layers, Normalize, max_seq_length, and query/document prompts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hybrid.errors import UnsupportedModelError
from hybrid.knowledge.embedding import SentenceTransformerEmbedder
from tests.fixtures import build_tiny_sentence_transformer

pytestmark = pytest.mark.unit

QUERIES = ["how much does the atlas desk cost", "warranty?"]
DOCS = [
    "the atlas desk costs 1149 dollars and lifts at 38 mm/s",
    "return policy: 30 days",
    # Past the folder's 128-token max_seq_length, so truncation must match too.
    "the orion chair warranty is 5 years and shipping is free for every order " * 12,
]
PROMPTS = {"query": "query: ", "document": "passage: ", "classification": "classify: "}


@pytest.fixture(scope="module")
def st_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("st-variants")


def _pair(folder: Path):
    from sentence_transformers import SentenceTransformer

    ours = SentenceTransformerEmbedder(str(folder), model_id=folder.name)
    return ours, SentenceTransformer(str(folder), device="cpu")


def test_dense_normalize_and_prompts_match_sentence_transformers(st_root):
    folder = build_tiny_sentence_transformer(st_root, dense=True, prompts=PROMPTS)
    ours, ref = _pair(folder)

    queries = np.asarray([ours.embed_query(q) for q in QUERIES])
    docs = np.asarray(ours.embed_documents(DOCS))

    assert queries.shape == (2, 32) and docs.shape == (3, 32)  # the Dense layers' width, not BERT's 64
    np.testing.assert_allclose(queries, ref.encode(QUERIES, prompt_name="query"), atol=1e-5)
    np.testing.assert_allclose(queries, ref.encode_query(QUERIES), atol=1e-5)
    np.testing.assert_allclose(docs, ref.encode(DOCS, prompt_name="document"), atol=1e-5)
    np.testing.assert_allclose(docs, ref.encode_document(DOCS), atol=1e-5)
    # The prompts matter: without them, the vectors are different.
    assert not np.allclose(queries, ref.encode(QUERIES), atol=1e-3)
    assert ours.max_tokens == 128


def test_default_prompt_name_is_the_fallback_for_a_role_without_its_own_prompt(st_root):
    folder = build_tiny_sentence_transformer(
        st_root / "default", prompts={"classification": "classify: "}, default_prompt_name="classification"
    )
    ours, ref = _pair(folder)
    # sentence-transformers 6 saves empty 'query' and 'document' prompts beside the default:
    # encode_query/encode_document then use those, and so do we.
    np.testing.assert_allclose(ours.embed_documents(DOCS), ref.encode_document(DOCS), atol=1e-5)
    np.testing.assert_allclose([ours.embed_query(QUERIES[0])], ref.encode_query(QUERIES[:1]), atol=1e-5)

    # Older releases saved only the prompts given; the default then applies to every text.
    path = folder / "config_sentence_transformers.json"
    cfg = json.loads(path.read_text())
    cfg["prompts"] = {"classification": "classify: "}
    path.write_text(json.dumps(cfg))
    ours, ref = _pair(folder)
    assert (ours.recipe.query_prompt, ours.recipe.document_prompt) == ("classify: ", "classify: ")
    np.testing.assert_allclose(ours.embed_documents(DOCS), ref.encode(DOCS), atol=1e-5)
    np.testing.assert_allclose([ours.embed_query(QUERIES[0])], ref.encode(QUERIES[:1]), atol=1e-5)


@pytest.mark.parametrize(
    ("pooling", "include_prompt"),
    [
        ("cls", True),
        ("max", True),
        ("mean_sqrt_len_tokens", True),
        ("weightedmean", True),
        ("lasttoken", True),
        (("cls", "mean"), True),
        ("mean", False),
        ("weightedmean", False),
    ],
)
def test_pooling_modes_match_sentence_transformers(st_root, pooling, include_prompt):
    folder = build_tiny_sentence_transformer(
        st_root, pooling=pooling, include_prompt=include_prompt, prompts={"query": "what is asked: "}
    )
    ours, ref = _pair(folder)
    np.testing.assert_allclose(ours.embed_documents(DOCS), ref.encode_document(DOCS), atol=1e-5)
    np.testing.assert_allclose([ours.embed_query(q) for q in QUERIES], ref.encode_query(QUERIES), atol=1e-5)


@pytest.mark.parametrize("mode", ["cls", "mean"])
def test_legacy_pooling_keys_are_read(st_root, mode):
    """Folders saved before `pooling_mode` (the bundled MiniLM among them) use booleans."""
    folder = build_tiny_sentence_transformer(st_root / f"legacy-{mode}", pooling=mode)
    (folder / "1_Pooling" / "config.json").write_text(
        json.dumps(
            {
                "word_embedding_dimension": 64,
                "pooling_mode_cls_token": mode == "cls",
                "pooling_mode_mean_tokens": mode == "mean",
                "pooling_mode_max_tokens": False,
                "pooling_mode_mean_sqrt_len_tokens": False,
            }
        )
    )
    ours, ref = _pair(folder)
    assert ours.recipe.pooling == (mode,)
    np.testing.assert_allclose(ours.embed_documents(DOCS), ref.encode(DOCS), atol=1e-5)


def test_an_unsupported_module_is_refused_by_name(st_root):
    folder = build_tiny_sentence_transformer(st_root / "layernorm")
    modules = json.loads((folder / "modules.json").read_text())
    modules.insert(2, {"idx": 2, "name": "2", "path": "2_LayerNorm", "type": "sentence_transformers.models.LayerNorm"})
    (folder / "modules.json").write_text(json.dumps(modules))
    with pytest.raises(UnsupportedModelError) as info:
        SentenceTransformerEmbedder(str(folder), model_id="x").embed_query("desk")
    assert "modules.json" in str(info.value) and "sentence_transformers.models.LayerNorm" in str(info.value)


def test_an_activation_outside_torch_is_refused(st_root):
    folder = build_tiny_sentence_transformer(st_root / "evil", dense=True)
    cfg_path = folder / "2_Dense" / "config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["activation_function"] = "os.system"
    cfg_path.write_text(json.dumps(cfg))
    with pytest.raises(UnsupportedModelError) as info:
        SentenceTransformerEmbedder(str(folder), model_id="x").embed_query("desk")
    assert str(cfg_path) in str(info.value) and "'os.system'" in str(info.value)


def test_a_default_prompt_name_missing_from_prompts_is_refused(st_root):
    folder = build_tiny_sentence_transformer(st_root / "missing-prompt", prompts=PROMPTS)
    path = folder / "config_sentence_transformers.json"
    cfg = json.loads(path.read_text())
    cfg["default_prompt_name"] = "retrieval"
    path.write_text(json.dumps(cfg))
    with pytest.raises(UnsupportedModelError) as info:
        SentenceTransformerEmbedder(str(folder), model_id="x").embed_documents(["desk"])
    assert "config_sentence_transformers.json" in str(info.value) and "'retrieval'" in str(info.value)
