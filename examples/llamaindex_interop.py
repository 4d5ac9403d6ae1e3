"""hybrid inside LlamaIndex, and LlamaIndex inside hybrid.

1. Our knowledge layer as a LlamaIndex retriever and our generator (with a department's
   adapter) as a LlamaIndex LLM, dropped into a stock `RetrieverQueryEngine`.
2. A stock LlamaIndex retriever as the knowledge layer of a `HybridPipeline`.

    python examples/llamaindex_interop.py
"""

from __future__ import annotations

from _common import FACTS, settings
from llama_index.core import Document, Settings, SimpleKeywordTableIndex
from llama_index.core.query_engine import RetrieverQueryEngine

from hybrid.interop.llamaindex import HybridLLM, KnowledgeRetriever, as_retriever
from hybrid.pipeline import HybridPipeline

pipeline = HybridPipeline.from_settings(settings())
pipeline.knowledge.ingest([FACTS])

# 1. hybrid parts in a LlamaIndex query engine
llm = HybridLLM(pipeline.generator, adapter="support", max_new_tokens=64)
Settings.llm = llm  # so no LlamaIndex default (OpenAI) is ever reached for
engine = RetrieverQueryEngine.from_args(KnowledgeRetriever(pipeline.knowledge, k=3), llm=llm)
response = engine.query("How do I reset my Atlas desk?")
print("LlamaIndex answer in the support voice:\n", response)
for hit in response.source_nodes:
    print(f"  source: {hit.node.metadata['source']} (score {hit.score:.3f})")

# 2. a LlamaIndex retriever as hybrid's knowledge layer: a keyword table needs no model
docs = [
    Document(text="The Nimbus Pod seats four and books in 30-minute slots.", metadata={"source": "rooms/nimbus.md"}),
    Document(text="The Vega monitor arm holds screens up to 9 kg.", metadata={"source": "products/vega.md"}),
]
keyword_retriever = SimpleKeywordTableIndex.from_documents(docs, llm=llm).as_retriever(retriever_mode="simple")
# as_retriever turns its nodes into Passages; build_pipeline(retriever=...) does the same
# and keeps every other setting.
li_pipeline = HybridPipeline(as_retriever(keyword_retriever), pipeline.generator, pipeline.adapters)
draft = li_pipeline.draft("How heavy a screen can the Vega arm hold?", department="support", max_new_tokens=48)
print("\nHybridPipeline over a LlamaIndex retriever:\n", draft.text)
print("  passages:", [p.source for p in draft.passages], "citations:", [c.source for c in draft.citations])
