"""hybrid inside LangChain: our knowledge layer as a retriever, a department's voice as a
chat model, composed into a plain LCEL chain. Needs the `langchain` extra
(`pip install 'hybrid[langchain]'`, langchain-core only).

    python examples/langchain_interop.py
"""

from __future__ import annotations

from _common import FACTS, settings
from langchain_core.documents import Document
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough

from hybrid.interop.langchain import HybridChatModel, KnowledgeRetriever
from hybrid.pipeline import HybridPipeline

pipeline = HybridPipeline.from_settings(settings())
pipeline.knowledge.ingest([FACTS])

retriever = KnowledgeRetriever(pipeline.knowledge, k=3)
chat = HybridChatModel(pipeline.generator, adapter="support", max_new_tokens=64)

question = "How do I reset my Atlas desk?"
docs = retriever.invoke(question)
for d in docs:
    page = f" page {d.metadata['page_label']}" if "page_label" in d.metadata else ""
    print(f"  document: {d.metadata['source']}{page} · passage {d.metadata['passage_id'][:12]}")


def numbered(found: list[Document]) -> str:
    return "\n".join(f"[{i}] {d.page_content}" for i, d in enumerate(found, 1))


prompt = ChatPromptTemplate.from_messages(
    [("system", "Answer from these sources and cite them as [n]:\n{context}"), ("human", "{question}")]
)
chain = {"context": retriever | numbered, "question": RunnablePassthrough()} | prompt | chat | StrOutputParser()
print("LangChain answer in the support voice:\n", chain.invoke(question))
