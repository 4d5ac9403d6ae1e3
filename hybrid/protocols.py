"""The contracts layers meet at. Each is small on purpose: implement it with any class,
no subclassing needed. Contract tests for your own implementations live in
`hybrid.testing`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from hybrid.prompts import Source
from hybrid.types import GenerationRequest, GenerationResult, Passage

# A filter maps a metadata field to a value, or to a list of accepted values.
Filters = Mapping[str, Any]


@runtime_checkable
class Embedder(Protocol):
    """Turns text into unit-length vectors.

    `model_id` names the model so a store can refuse vectors from a different one.
    """

    model_id: str

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed passages, in order; every vector has unit length."""
        ...

    def embed_query(self, text: str) -> list[float]:
        """Embed one search query."""
        ...

    def count_tokens(self, text: str) -> int:
        """How many model tokens `text` takes, so chunks fit the model's window."""
        ...


@runtime_checkable
class Retriever(Protocol):
    """Finds the passages that answer a query."""

    def retrieve(self, query: str, k: int = 5, filters: Filters | None = None) -> list[Passage]:
        """Return at most `k` passages, best first, matching every filter."""
        ...


@runtime_checkable
class Generator(Protocol):
    """Writes text, each request in the voice of the adapter it names."""

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """One result per request, in order. Rows may name different adapters."""
        ...


@runtime_checkable
class AdapterStore(Protocol):
    """Where trained adapters live, by name and version."""

    def resolve(self, name: str, version: str | None = None) -> Any:
        """The active (or given) version of `name`, validated; unknown names raise."""
        ...

    def known(self) -> list[str]:
        """Every name a request may use, including "base"."""
        ...


@runtime_checkable
class StreamingGenerator(Protocol):
    """A generator that can hand out text as it is decoded (optional; see `Generator`)."""

    def stream(self, request: GenerationRequest) -> Iterator[str | GenerationResult]:
        """Yield text pieces, then the finished `GenerationResult`."""
        ...


@runtime_checkable
class SchemaConstrained(Protocol):
    """A generator that honours `GenerationRequest.json_schema` by constraining decoding
    (optional): every reply is then valid JSON under the schema, if it is allowed to finish."""

    supports_json_schema: bool


@runtime_checkable
class PreparesQueries(Protocol):
    """An embedder with a faster query path that is built once, ahead of the first search."""

    def prepare_query_encoder(self) -> str | None:
        """Build it if it is missing; return why it cannot be built, or None once it is ready."""
        ...


@runtime_checkable
class TokenCounter(Protocol):
    """A generator that knows its context window (optional): the pipeline then trims
    passages with the real tokenizer instead of an estimate."""

    context_window: int

    def count_tokens(self, text: str) -> int:
        """Tokens `text` takes in the generator's tokenizer."""
        ...


@runtime_checkable
class PromptBuilder(Protocol):
    """Turns a request and its numbered sources into chat messages."""

    def build(
        self, request: str, sources: Sequence[Source], department: str, style_guide: str | None = None
    ) -> list[dict[str, str]]:
        """Messages for the generator: sources become [1], [2], ... in order."""
        ...


@runtime_checkable
class VoiceMap(Protocol):
    """Which adapter and style guide speak for each department."""

    def known(self) -> list[str]:
        """Department names a request may use."""
        ...

    def adapter_for(self, department: str) -> str:
        """The adapter for `department`; raises, listing the known ones, if unknown."""
        ...

    def style_guide(self, department: str) -> str | None:
        """The department's style guide text, if it has one."""
        ...


class Progress(Protocol):
    """Where a long run (ingest, training, eval) reports how far it is; the CLI draws it."""

    def stage(self, name: str, total: int) -> None:
        """A new stage of `total` steps starts."""
        ...

    def advance(self, steps: int = 1) -> None:
        """`steps` more steps of the current stage are done."""
        ...


class NoProgress:
    """A `Progress` that reports nothing: the default for library calls."""

    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass
