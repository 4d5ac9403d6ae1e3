"""LangChain, beside the LlamaIndex bridge (`pip install 'hybrid[langchain]'`: langchain-core only).

- `KnowledgeRetriever`: any `hybrid` retriever (a `Knowledge`, say) as a LangChain
  `BaseRetriever`, each passage a `Document` whose metadata says where it came from.
- `HybridChatModel`: any `hybrid` generator as a LangChain chat model that speaks in one
  adapter's voice, so `retriever | prompt | chat_model` drafts like the department.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field, PrivateAttr

from hybrid.interop.results import result_fields
from hybrid.protocols import Filters, Generator, Retriever, StreamingGenerator
from hybrid.types import GenerationRequest, GenerationResult, Passage

# LangChain message types and the chat roles our generators take.
_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def passage_document(p: Passage) -> Document:
    """A passage as a LangChain `Document`. `page` and `page_label` follow LangChain's PDF
    loaders (`PyPDFLoader`): `page` is 0-based, `page_label` the printed number, so our
    documents sort and merge with theirs; `hybrid_page` is our 1-based page, as citations
    show it. Non-PDF passages have none of the three."""
    meta: dict[str, Any] = {
        "source": p.source,
        "passage_id": p.id,
        "title": p.title,
        "heading": p.heading,
        "department": p.department,
        "start_char": p.start_char,
        "end_char": p.end_char,
        "content_hash": p.content_hash,
        "score": p.score,
        "cosine": p.cosine,
        "bm25": p.bm25,
    }
    if p.page is not None:
        meta.update(page=p.page - 1, page_label=str(p.page), hybrid_page=p.page)
    return Document(page_content=p.text, metadata=meta, id=p.id)


class KnowledgeRetriever(BaseRetriever):
    """A `hybrid` retriever as a LangChain retriever: `k` passages per query, best first,
    under `filters` (the filter language of `Knowledge.retrieve`)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Any = Field(description="The hybrid Retriever asked, e.g. a hybrid.Knowledge.")
    k: int = Field(default=5, ge=1, description="Passages returned per query.")
    filters: dict[str, Any] | None = Field(default=None, description="Metadata filters, e.g. {'department': 'legal'}.")

    def __init__(self, retriever: Retriever, k: int = 5, filters: Filters | None = None, **kwargs: Any) -> None:
        # Passed as a mapping: mypy sees only BaseRetriever's own fields in its __init__.
        fields: dict[str, Any] = {"retriever": retriever, "k": k, "filters": dict(filters) if filters else None}
        super().__init__(**fields, **kwargs)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [passage_document(p) for p in self.retriever.retrieve(query, k=self.k, filters=self.filters)]


class HybridChatModel(BaseChatModel):
    """A `hybrid` generator as a LangChain chat model in one adapter's voice ("base": none).

    `stop` reaches the generator's decode loop, which ends before the stop string. Tool
    calling is not offered (`bind_tools` raises), as the generators cannot call tools."""

    adapter: str = Field(default="base", description="Adapter (voice) every call uses.")
    max_new_tokens: int = Field(default=256, ge=1, description="Cap on generated tokens per call.")
    temperature: float | None = Field(default=None, ge=0, description="None decodes greedily; a value samples.")
    _generator: Any = PrivateAttr()

    def __init__(self, generator: Generator, adapter: str = "base", **kwargs: Any) -> None:
        fields: dict[str, Any] = {"adapter": adapter}  # a mapping, as in KnowledgeRetriever
        super().__init__(**fields, **kwargs)
        self._generator = generator

    @property
    def _llm_type(self) -> str:
        return "hybrid"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"adapter": self.adapter, "max_new_tokens": self.max_new_tokens, "temperature": self.temperature}

    def _request(self, messages: Sequence[BaseMessage], stop: list[str] | None, **kwargs: Any) -> GenerationRequest:
        rows = []
        for m in messages:
            if m.type not in _ROLES:
                raise ValueError(
                    f"message type {m.type!r} is not supported by HybridChatModel; send system, human or ai messages"
                )
            rows.append({"role": _ROLES[m.type], "content": str(m.text)})
        return GenerationRequest(
            rows,
            adapter=self.adapter,
            max_new_tokens=int(kwargs.get("max_new_tokens", self.max_new_tokens)),
            temperature=kwargs.get("temperature", self.temperature),
            stop=list(stop) if stop else None,
        )

    @staticmethod
    def _metadata(result: GenerationResult) -> dict[str, Any]:
        return {
            "usage_metadata": UsageMetadata(
                input_tokens=result.prompt_tokens,
                output_tokens=result.completion_tokens,
                total_tokens=result.prompt_tokens + result.completion_tokens,
            ),
            "response_metadata": {**result_fields(result), "model_name": f"hybrid:{result.adapter}"},
        }

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        (result,) = self._generator.generate([self._request(messages, stop, **kwargs)])
        message = AIMessage(content=result.text, **self._metadata(result))
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        request = self._request(messages, stop, **kwargs)
        if isinstance(self._generator, StreamingGenerator):
            pieces: Iterator[str | GenerationResult] = self._generator.stream(request)
        else:  # one piece, then the result, for a generator that cannot stream
            (whole,) = self._generator.generate([request])
            pieces = iter([whole.text, whole])
        for piece in pieces:
            if isinstance(piece, GenerationResult):
                # The last chunk carries no text, only what the finished generation reports.
                yield ChatGenerationChunk(message=AIMessageChunk(content="", **self._metadata(piece)))
                continue
            if run_manager is not None:
                run_manager.on_llm_new_token(piece)
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))
