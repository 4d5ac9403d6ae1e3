"""The llama.cpp backend on the bundled GGUF and the shipped adapters, against the
transformers path on the same inputs. Needs the llamacpp extra (`make install-llamacpp`)."""

from __future__ import annotations

import statistics

import pytest

pytest.importorskip("llama_cpp", reason="the llamacpp extra is not installed: make install-llamacpp")

from hybrid.figures import allowed_figures
from hybrid.generation import GenerationRequest, LocalGenerator
from hybrid.generation.llamacpp import LlamaCppGenerator
from hybrid.prompts import build_messages
from hybrid.settings import DEFAULT_GENERATOR
from hybrid.style import AdapterRegistry, load_corpus
from hybrid.style.adapter_store import AdapterError
from tests.conftest import REPO

pytestmark = pytest.mark.integration

SHIPPED = AdapterRegistry(REPO / "adapters")


@pytest.fixture(scope="module")
def cpp(model_cache):
    gen = LlamaCppGenerator(DEFAULT_GENERATOR, model_cache, SHIPPED, repetition_penalty=1.15, no_repeat_ngram_size=4)
    gen.warm_up()
    yield gen
    gen.runtime.close()


def _pairs(dept: str, n: int = 2):
    corpus = load_corpus(REPO / "corpora" / "style" / dept)
    return [(build_messages(e.instruction, e.sources(), dept), e.response) for e in corpus.heldout[:n]]


def test_every_shipped_adapter_scores_its_heldout_voice_as_the_float32_path_does(cpp, model_cache):
    torch_gen = LocalGenerator(DEFAULT_GENERATOR, model_cache, SHIPPED, dtype="float32")
    for dept in ("marketing", "legal", "engineering", "support"):
        pairs = _pairs(dept)
        ours = statistics.fmean(cpp.losses(pairs, dept))
        theirs = statistics.fmean(torch_gen.losses(pairs, dept))
        base = statistics.fmean(cpp.losses(pairs, "base"))
        # Q4_1 weights are the same numbers on both sides; what differs is llama.cpp's own
        # arithmetic, which moved a loss by at most 0.0042 in benchmarks/llamacpp.py.
        assert abs(ours - theirs) < 0.05, (dept, ours, theirs)
        assert base - ours > 0.1, (dept, base, ours)  # the adapter is really applied


def test_a_copy_locked_row_writes_only_its_sources_figures(cpp):
    source = "A single fare costs 14.50 euros; a return costs 25 euros."
    messages = [{"role": "user", "content": f"Source: {source}\n\nHow much is a weekly pass?"}]
    allowed = allowed_figures([source])
    (result,) = cpp.generate([GenerationRequest(messages, "support", 40, locked_figures=allowed)])
    written = allowed_figures([result.text])
    assert result.text and set(written) <= set(allowed), (result.text, written)


def test_a_json_schema_row_is_valid_json_under_the_schema(cpp):
    import json

    schema = {
        "type": "object",
        "properties": {
            "title": {"type": "string", "maxLength": 40},
            "price": {"type": "integer", "minimum": 0, "maximum": 9999},
        },
        "required": ["title", "price"],
        "additionalProperties": False,
    }
    messages = [{"role": "user", "content": "Give the Atlas Pro's title and price (129 euros) as JSON."}]
    (result,) = cpp.generate([GenerationRequest(messages, "marketing", 60, json_schema=schema, repetition_penalty=1.0)])
    data = json.loads(result.text)
    assert set(data) == {"title", "price"} and isinstance(data["price"], int)


def test_adapters_change_the_text_switch_back_cleanly_and_stream_the_same(cpp):
    messages = build_messages("Announce the new opening hours.", [], "marketing")
    rows = [GenerationRequest(messages, a, 24) for a in ("base", "legal", "base")]
    base, legal, again = cpp.generate(rows)
    assert base.text != legal.text and legal.adapter_version == "v1"
    assert again.text == base.text  # no adapter, or cached positions, left over from the legal row
    *pieces, result = cpp.stream(GenerationRequest(messages, "legal", 24))
    assert "".join(pieces).strip() == result.text == legal.text


def test_min_new_tokens_holds_off_the_end_and_unknown_keywords_are_refused(cpp):
    from hybrid.errors import HybridError

    messages = [{"role": "user", "content": "Say yes."}]
    (result,) = cpp.generate([GenerationRequest(messages, "base", 12)], min_new_tokens=12)
    assert result.completion_tokens == 12
    with pytest.raises(HybridError, match="does not take streamer"):
        cpp.generate([GenerationRequest(messages, "base", 4)], streamer=object())


def test_an_unknown_adapter_lists_the_known_ones(cpp):
    with pytest.raises(AdapterError, match="unknown adapter 'sales'; known: base"):
        cpp.generate([GenerationRequest([{"role": "user", "content": "hi"}], "sales", 4)])
