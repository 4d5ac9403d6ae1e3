"""The LangChain bridge: what a LangChain user gets back from our retriever and chat model."""

from __future__ import annotations

import pytest

pytest.importorskip("langchain_core", reason="the langchain extra (pip install 'hybrid[langchain]')")

from langchain_core.documents import Document
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough

from hybrid.generation import LocalGenerator
from hybrid.interop.langchain import HybridChatModel, KnowledgeRetriever
from hybrid.testing import CONTRACT_DOCUMENTS, FakeGenerator, fake_knowledge
from tests.fixtures import minimal_pdf

pytestmark = pytest.mark.unit


@pytest.fixture
def knowledge(isolated):
    docs = isolated / "docs"
    docs.mkdir()
    (docs / "vega.pdf").write_bytes(
        minimal_pdf([["Vega lamp user guide.", "Unpack the box first."], ["The Vega lamp costs 89 dollars."]])
    )
    return fake_knowledge(CONTRACT_DOCUMENTS, isolated)


def test_the_retriever_returns_documents_that_say_where_they_came_from(knowledge):
    docs = KnowledgeRetriever(knowledge, k=2).invoke("How fast does the Atlas desk lift?")
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    atlas = docs[0]
    assert "38 mm/s" in atlas.page_content and atlas.metadata["source"] == "docs/atlas.md"
    assert atlas.metadata["passage_id"] == atlas.id and atlas.metadata["department"] == "engineering"
    passage = knowledge.retrieve("How fast does the Atlas desk lift?", k=1)[0]
    assert atlas.id == passage.id and (atlas.metadata["start_char"], atlas.metadata["end_char"]) == (
        passage.start_char,
        passage.end_char,
    )
    assert "page" not in atlas.metadata  # a Markdown file has no pages


def test_a_pdf_document_carries_its_page_as_langchain_pdf_loaders_do(knowledge):
    (doc,) = KnowledgeRetriever(knowledge, k=1).invoke("Vega lamp costs 89 dollars")
    assert doc.metadata["source"] == "docs/vega.pdf" and "89 dollars" in doc.page_content
    # PyPDFLoader's convention: `page` 0-based, `page_label` as printed; ours 1-based beside.
    assert (doc.metadata["page"], doc.metadata["page_label"], doc.metadata["hybrid_page"]) == (1, "2", 2)


def test_filters_reach_the_knowledge_layer(knowledge):
    docs = KnowledgeRetriever(knowledge, k=5, filters={"department": "marketing"}).invoke("price")
    assert docs and {d.metadata["department"] for d in docs} == {"marketing"}


def test_the_chat_model_answers_in_its_adapter_with_an_ai_message():
    gen = FakeGenerator(["support"])
    chat = HybridChatModel(gen, adapter="support", max_new_tokens=20)
    reply = chat.invoke([SystemMessage("Be brief."), HumanMessage("Say hi")])
    assert isinstance(reply, AIMessage) and reply.content == "[support] Say hi"
    assert reply.response_metadata["adapter"] == "support" and reply.response_metadata["adapter_version"] == "v1"
    assert reply.usage_metadata is not None and reply.usage_metadata["output_tokens"] == 3
    (request,) = gen.calls[0]
    assert request.adapter == "support" and request.max_new_tokens == 20
    assert [m["role"] for m in request.messages] == ["system", "user"]


def test_streaming_gives_the_same_text_in_pieces():
    chat = HybridChatModel(FakeGenerator(["support"]), adapter="support")
    chunks = list(chat.stream("Say hi"))
    assert len(chunks) > 1
    whole = chunks[0]
    for c in chunks[1:]:
        whole += c  # how LangChain users gather a stream
    assert whole.content == "[support] Say hi"
    assert whole.usage_metadata is not None and whole.usage_metadata["output_tokens"] == 3
    assert whole.response_metadata["adapter"] == "support"


def test_a_tool_message_is_refused_by_name():
    chat = HybridChatModel(FakeGenerator(), adapter="base")
    with pytest.raises(ValueError, match="'tool'"):
        chat.invoke([HumanMessage("hi"), ToolMessage("42", tool_call_id="t1")])


def test_a_rag_chain_drafts_from_the_retrieved_passages(knowledge):
    gen = FakeGenerator(["support"])
    prompt = ChatPromptTemplate.from_messages(
        [("system", "Answer from these sources:\n{context}"), ("human", "{question}")]
    )

    def context(docs: list[Document]) -> str:
        return "\n".join(f"[{i}] {d.page_content}" for i, d in enumerate(docs, 1))

    chain = (
        {"context": KnowledgeRetriever(knowledge, k=1) | context, "question": RunnablePassthrough()}
        | prompt
        | HybridChatModel(gen, adapter="support")
        | StrOutputParser()
    )
    answer = chain.invoke("How fast does the Atlas desk lift?")
    assert answer == "[support] How fast does the Atlas desk lift?"
    assert "38 mm/s" in gen.calls[0][0].messages[0]["content"]  # the passage reached the model


def test_the_real_local_generator_speaks_through_langchain_with_stops(tiny_causal_lm_path, trained_registry, tmp_path):
    gen = LocalGenerator(str(tiny_causal_lm_path), tmp_path, trained_registry)
    chat = HybridChatModel(gen, adapter="loud", max_new_tokens=8)
    reply = chat.invoke("write about desk 3")
    assert isinstance(reply, AIMessage) and reply.content.strip()
    assert reply.response_metadata["adapter"] == "loud" and reply.response_metadata["adapter_version"] == "v1"
    assert 0 < reply.usage_metadata["output_tokens"] <= 8
    streamed = "".join(str(c.content) for c in chat.stream("write about desk 3"))
    # Greedy, so the same text; the finished reply is trimmed of the trailing space a stream
    # has already sent.
    assert streamed.rstrip() == reply.content
    cut = reply.content.strip()[1:3]
    stopped = chat.invoke("write about desk 3", stop=[cut])
    assert stopped.content.strip() == reply.content[: reply.content.index(cut)].strip()  # ends before the stop
