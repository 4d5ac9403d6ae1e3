"""hybrid parts inside LlamaIndex, with fakes: no model needed."""

from __future__ import annotations

import pytest
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.query_engine import RetrieverQueryEngine

from hybrid.interop.llamaindex import FromLlamaIndex, HybridLLM, KnowledgeRetriever
from hybrid.testing import CONTRACT_DOCUMENTS, FakeGenerator, RetrieverContract, fake_knowledge

pytestmark = pytest.mark.unit


@pytest.fixture
def knowledge(isolated):
    return fake_knowledge(CONTRACT_DOCUMENTS, isolated)


def test_the_llm_speaks_in_its_adapter_and_reports_usage():
    gen = FakeGenerator(["support"])
    llm = HybridLLM(gen, adapter="support", max_new_tokens=20)
    assert llm.metadata.is_chat_model and llm.metadata.model_name == "hybrid:support"
    reply = llm.chat([ChatMessage(role=MessageRole.USER, content="Say hi")])
    assert reply.message.content == "[support] Say hi" and reply.raw["adapter"] == "support"
    assert gen.calls[0][0].adapter == "support" and gen.calls[0][0].max_new_tokens == 20
    assert llm.complete("Hello").text == "[support] Hello"
    chunks = list(llm.stream_complete("Hello"))
    assert chunks[-1].text == "[support] Hello"
    assert llm.complete("Hello").raw == {
        "adapter": "support",
        "adapter_version": "v1",
        "prompt_tokens": 1,
        "completion_tokens": 2,
        "finish_reason": "stop",
    }


def test_streamed_chat_accumulates_the_pieces_into_the_whole_reply():
    llm = HybridLLM(FakeGenerator(["support"]), adapter="support")
    chunks = list(llm.stream_chat([ChatMessage(role=MessageRole.USER, content="Say hi")]))
    assert chunks[-1].message.content == "[support] Say hi" == "".join(c.delta for c in chunks)


def test_knowledge_retriever_gives_nodes_with_sources_and_offsets(knowledge):
    nodes = KnowledgeRetriever(knowledge, k=1).retrieve("How fast does the Atlas desk lift?")
    (hit,) = nodes
    assert "38 mm/s" in hit.node.get_content() and hit.node.metadata["source"].endswith("atlas.md")
    assert hit.node.start_char_idx is not None and "content_hash" in hit.node.excluded_llm_metadata_keys


def test_both_drop_into_a_stock_query_engine(knowledge):
    gen = FakeGenerator(["support"])
    engine = RetrieverQueryEngine.from_args(KnowledgeRetriever(knowledge, k=1), llm=HybridLLM(gen, adapter="support"))
    response = engine.query("How fast does the Atlas desk lift?")
    assert str(response).startswith("[support]")
    assert "38 mm/s" in "".join(m["content"] for m in gen.calls[0][0].messages)  # the context reached the LLM
    assert response.source_nodes[0].node.metadata["source"].endswith("atlas.md")


def test_a_llamaindex_pdf_page_label_becomes_the_passage_page():
    """LlamaIndex's PDF readers label each page's node with `page_label`; a citation shows it."""
    from llama_index.core.retrievers import BaseRetriever as LIRetriever
    from llama_index.core.schema import NodeWithScore, TextNode

    class Pages(LIRetriever):
        def _retrieve(self, query_bundle):
            return [
                NodeWithScore(node=TextNode(text="The Vega lamp costs 89 dollars.", metadata=meta), score=1.0)
                for meta in (
                    {"file_name": "vega.pdf", "page_label": "2"},
                    {"file_name": "intro.pdf", "page_label": "iv"},
                )
            ]

    first, roman = FromLlamaIndex(Pages()).retrieve("Vega lamp price")
    assert (first.source, first.page) == ("vega.pdf", 2)
    assert roman.page is None  # not a page number: left out rather than guessed


class TestRoundTripThroughLlamaIndex(RetrieverContract):
    """Our knowledge wrapped as a LlamaIndex retriever and back still keeps the contract."""

    @pytest.fixture
    def retriever(self, knowledge):
        class Adapter:
            def retrieve(self, query, k=5, filters=None):
                return FromLlamaIndex(KnowledgeRetriever(knowledge, k=k, filters=filters)).retrieve(query, k, filters)

        return Adapter()
