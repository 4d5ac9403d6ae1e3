"""LlamaIndex in both directions.

- `HybridLLM`: any `hybrid` generator as a LlamaIndex LLM, speaking in one adapter's voice.
- `KnowledgeRetriever`: any `hybrid` retriever as a LlamaIndex `BaseRetriever`.
- `as_retriever`: a LlamaIndex retriever as a `hybrid` retriever, so the pipeline takes it
  as its knowledge layer without anyone subclassing anything.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseGen,
    LLMMetadata,
    MessageRole,
)
from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback
from llama_index.core.llms.custom import CustomLLM
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from pydantic import Field, PrivateAttr

from hybrid.interop.results import result_fields
from hybrid.knowledge.filters import matcher
from hybrid.knowledge.passages import page_number, passage_from_metadata
from hybrid.protocols import Filters, Generator, Retriever, StreamingGenerator, TokenCounter
from hybrid.types import GenerationRequest, GenerationResult, Passage


class HybridLLM(CustomLLM):
    """A `hybrid` generator as a LlamaIndex LLM. `adapter` picks the voice ("base" for none)."""

    adapter: str = Field(default="base", description="Adapter (voice) every call uses.")
    max_new_tokens: int = Field(default=256, description="Cap on generated tokens per call.")
    _generator: Any = PrivateAttr()

    def __init__(self, generator: Generator, adapter: str = "base", max_new_tokens: int = 256, **kwargs: Any) -> None:
        super().__init__(adapter=adapter, max_new_tokens=max_new_tokens, **kwargs)
        self._generator = generator

    @classmethod
    def class_name(cls) -> str:
        return "HybridLLM"

    @property
    def metadata(self) -> LLMMetadata:
        window = self._generator.context_window if isinstance(self._generator, TokenCounter) else 2048
        return LLMMetadata(
            context_window=window,
            num_output=self.max_new_tokens,
            is_chat_model=True,
            model_name=f"hybrid:{self.adapter}",
        )

    def _request(self, messages: list[dict[str, str]], **kwargs: Any) -> GenerationRequest:
        limit = int(kwargs.get("max_new_tokens", self.max_new_tokens))
        return GenerationRequest(messages, adapter=self.adapter, max_new_tokens=limit)

    def _stream(self, request: GenerationRequest) -> Iterator[str | GenerationResult]:
        """Text pieces, then the result; one piece for a generator that can't stream."""
        if isinstance(self._generator, StreamingGenerator):
            yield from self._generator.stream(request)
        else:
            (result,) = self._generator.generate([request])
            yield result.text
            yield result

    def _accumulate(self, request: GenerationRequest) -> Iterator[tuple[str, str]]:
        """(text so far, new piece) for each streamed piece, as LlamaIndex responses carry them."""
        text = ""
        for piece in self._stream(request):
            if isinstance(piece, GenerationResult):
                continue
            text += piece
            yield text, piece

    @staticmethod
    def _messages(messages: Sequence[ChatMessage]) -> list[dict[str, str]]:
        return [{"role": m.role.value, "content": m.content or ""} for m in messages]

    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        (result,) = self._generator.generate([self._request(self._messages(messages), **kwargs)])
        return ChatResponse(
            message=ChatMessage(role=MessageRole.ASSISTANT, content=result.text), raw=result_fields(result)
        )

    @llm_chat_callback()
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        request = self._request(self._messages(messages), **kwargs)

        def gen() -> ChatResponseGen:
            for text, piece in self._accumulate(request):
                yield ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content=text), delta=piece)

        return gen()

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        (result,) = self._generator.generate([self._request([{"role": "user", "content": prompt}], **kwargs)])
        return CompletionResponse(text=result.text, raw=result_fields(result))

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        request = self._request([{"role": "user", "content": prompt}], **kwargs)

        def gen() -> CompletionResponseGen:
            for text, piece in self._accumulate(request):
                yield CompletionResponse(text=text, delta=piece)

        return gen()


class KnowledgeRetriever(BaseRetriever):
    """A `hybrid` retriever as a LlamaIndex retriever; passage fields become node metadata."""

    def __init__(self, retriever: Retriever, k: int = 5, filters: Filters | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._inner = retriever
        self._k = k
        self._filters = filters

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        out = []
        for p in self._inner.retrieve(query_bundle.query_str, k=self._k, filters=self._filters):
            meta = p.model_dump(exclude={"id", "text", "score"})
            node = TextNode(id_=p.id, text=p.text, metadata=meta, start_char_idx=p.start_char, end_char_idx=p.end_char)
            # Offsets and hashes are for auditing, not for the LLM to read.
            node.excluded_llm_metadata_keys = [k for k in meta if k not in ("source", "title", "heading", "page")]
            node.excluded_embed_metadata_keys = list(meta)
            out.append(NodeWithScore(node=node, score=p.score))
        return out


class FromLlamaIndex:
    """A LlamaIndex retriever as a `hybrid` `Retriever`.

    LlamaIndex retrievers fix their own top-k and filters when built; `k` truncates what
    they return and `filters` are applied to node metadata afterwards."""

    def __init__(self, retriever: BaseRetriever) -> None:
        self.inner = retriever

    def retrieve(self, query: str, k: int = 5, filters: Filters | None = None) -> list[Passage]:
        accept = matcher(filters)
        out: list[Passage] = []
        for hit in self.inner.retrieve(query):
            node = hit.node
            meta = dict(node.metadata or {})
            if not accept(meta):
                continue
            text = node.get_content()
            start = getattr(node, "start_char_idx", None) or 0
            source = str(meta.get("source") or meta.get("file_path") or meta.get("file_name") or node.node_id)
            out.append(
                passage_from_metadata(
                    node.node_id,
                    text,
                    meta,
                    hit.score or 0.0,
                    source=source,
                    start_char=start,
                    end_char=getattr(node, "end_char_idx", None) or start + len(text),
                    content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    page=page_number(meta.get("page", meta.get("page_label"))),
                )
            )
            if len(out) == k:
                break
        return out


def as_retriever(obj: Any) -> Retriever:
    """`obj` as a `hybrid` retriever: LlamaIndex retrievers are wrapped, ours pass through."""
    if isinstance(obj, BaseRetriever):
        return FromLlamaIndex(obj)
    if isinstance(obj, Retriever):
        return obj
    raise TypeError(
        f"{type(obj).__name__} is not a retriever: give it a retrieve(query, k, filters) method "
        "returning hybrid.types.Passage objects, or pass a LlamaIndex BaseRetriever"
    )
