"""Deterministic fakes and contract tests for your own implementations.

Use `FakeEmbedder` or `FakeGenerator` where a test needs embeddings or text but not a
model. Check your own implementations against the contracts by subclassing
`RetrieverContract` or `GeneratorContract` in your test suite and providing the fixtures
their docstrings name.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from hybrid.errors import HybridError
from hybrid.prompts import Source
from hybrid.protocols import Generator, PromptBuilder, Retriever
from hybrid.types import GenerationRequest, GenerationResult, Passage

_WORD = re.compile(r"[a-z0-9]+")
_SOURCE_NUMBER = re.compile(r"""\bn=["']?(\d+)|\[(\d+)\]""")


def _last_source_number(text: str) -> str | None:
    """The number of the last source marker (`n="3"` or `[3]`) in `text`."""
    found = _SOURCE_NUMBER.findall(text)
    return next(filter(None, found[-1])) if found else None


class FakeEmbedder:
    """Hashed bag-of-words vectors: texts that share words are similar, no model needed."""

    def __init__(self, dim: int = 64, model_id: str = "fake-embedder") -> None:
        self.dim = dim
        self.model_id = model_id
        self.calls = 0
        self.embedded = 0

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        for word in _WORD.findall(text.lower()):
            stem = word[:5]
            digest = hashlib.blake2b(stem.encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        if norm == 1.0 and not any(vec):
            vec[0] = 1.0
        return [v / norm for v in vec]

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        self.embedded += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    def count_tokens(self, text: str) -> int:
        return len(text.split())


CONTRACT_DOCUMENTS = {
    "atlas.md": (
        "---\ntitle: Atlas desk\ndepartment: engineering\n---\n# Atlas desk\n\nThe Atlas desk lifts at 38 mm/s.\n"
    ),
    "orion.md": "---\ntitle: Orion chair\ndepartment: marketing\n---\n# Orion chair\n\nThe Orion chair costs $499.\n",
}


def fake_knowledge(documents: Mapping[str, str], root: Path, config: Any = None) -> Any:
    """A `Knowledge` over `documents` (file name -> text), written under `root/docs` and
    indexed with `FakeEmbedder` into `root/.hybrid`: a real store, no model."""
    from hybrid.knowledge import Knowledge
    from hybrid.settings import KnowledgeSettings

    docs = Path(root) / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name, text in documents.items():
        (docs / name).write_text(text)
    knowledge = Knowledge(FakeEmbedder(), Path(root) / ".hybrid", config or KnowledgeSettings())
    knowledge.ingest([docs])
    return knowledge


class RetrieverContract:
    """Behaviour every `Retriever` must have. Provide a `retriever` fixture indexing
    CONTRACT_DOCUMENTS (written as files with those names)."""

    def test_passages_name_the_file_they_came_from(self, retriever: Retriever) -> None:
        (got,) = retriever.retrieve("How fast does the Atlas desk lift?", k=1)
        assert isinstance(got, Passage)
        assert got.id and "38 mm/s" in got.text and got.source.endswith("atlas.md")

    def test_returns_at_most_k_best_first(self, retriever: Retriever) -> None:
        got = retriever.retrieve("How fast does the Atlas desk lift?", k=1)
        assert len(got) == 1
        assert "38 mm/s" in got[0].text

    def test_filters_are_respected(self, retriever: Retriever) -> None:
        got = retriever.retrieve("desk chair", k=5, filters={"department": "marketing"})
        assert got and all(p.department == "marketing" for p in got)

    def test_a_filter_accepts_any_of_several_values(self, retriever: Retriever) -> None:
        for accepted in (["engineering", "marketing"], ("marketing", "engineering"), {"engineering", "marketing"}):
            got = retriever.retrieve("desk chair", k=5, filters={"department": accepted})
            assert {p.department for p in got} == {"engineering", "marketing"}, accepted

    def test_every_filtered_field_must_match(self, retriever: Retriever) -> None:
        both = {"department": ["engineering", "marketing"], "title": "Orion chair"}
        got = retriever.retrieve("desk chair", k=5, filters=both)
        assert got and all(p.title == "Orion chair" and p.department == "marketing" for p in got)
        clash = {"department": "engineering", "title": "Orion chair"}
        assert retriever.retrieve("desk chair", k=5, filters=clash) == []

    def test_a_filter_nothing_matches_gives_no_passages(self, retriever: Retriever) -> None:
        assert retriever.retrieve("Atlas desk", k=5, filters={"department": "no-such-department"}) == []

    def test_passage_ids_are_stable(self, retriever: Retriever) -> None:
        first = [p.id for p in retriever.retrieve("Orion chair price", k=2)]
        again = [p.id for p in retriever.retrieve("Orion chair price", k=2)]
        assert first == again


class FakeGenerator:
    """Deterministic `Generator`: answers "[<adapter>] <request>" so tests can see which
    voice a row got, with no model. `reply` replaces that answer: it gets the request
    and returns the text to generate (e.g. a draft with chosen citation markers)."""

    def __init__(
        self, adapters: Sequence[str] = ("base",), reply: Callable[[GenerationRequest], str] | None = None
    ) -> None:
        self.adapters = set(adapters) | {"base"}
        self.reply = reply
        self.calls: list[list[GenerationRequest]] = []

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        self.calls.append(list(requests))
        out = []
        for r in requests:
            if r.adapter not in self.adapters:
                raise ValueError(f"unknown adapter {r.adapter!r}; known: {', '.join(sorted(self.adapters))}")
            said = r.prompt if r.prompt is not None else r.messages[-1]["content"]
            request = said.rsplit("Request:", 1)[-1].strip()
            text = self.reply(r) if self.reply else f"[{r.adapter}] {request}"
            words = text.split(" ")[: r.max_new_tokens]
            out.append(
                GenerationResult(
                    text=" ".join(words),
                    adapter=r.adapter,
                    adapter_version=None if r.adapter == "base" else "v1",
                    prompt_tokens=sum(len(m["content"].split()) for m in r.messages),
                    completion_tokens=len(words),
                    finish_reason="length" if len(text.split(" ")) > r.max_new_tokens else "stop",
                )
            )
        return out


class GeneratorContract:
    """Behaviour every `Generator` must have. Provide a `generator` fixture and an
    `adapter_names` fixture listing two adapters it can serve besides "base"."""

    def _req(self, adapter: str, text: str = "Say hello.") -> GenerationRequest:
        return GenerationRequest([{"role": "user", "content": text}], adapter=adapter, max_new_tokens=8)

    def test_a_result_carries_its_text_and_usage(self, generator: Generator, adapter_names: list[str]) -> None:
        (result,) = generator.generate([self._req(adapter_names[0])])
        assert isinstance(result, GenerationResult) and isinstance(result.text, str)
        assert result.adapter == adapter_names[0]
        assert result.prompt_tokens > 0 and result.finish_reason in ("stop", "length")

    def test_one_result_per_request_in_order(self, generator: Generator, adapter_names: list[str]) -> None:
        names = ["base", *adapter_names, "base"]
        results = generator.generate([self._req(n) for n in names])
        assert [r.adapter for r in results] == names

    def test_respects_max_new_tokens(self, generator: Generator, adapter_names: list[str]) -> None:
        (result,) = generator.generate([self._req(adapter_names[0])])
        assert 0 < result.completion_tokens <= 8

    def test_unknown_adapter_is_refused(self, generator: Generator) -> None:
        import pytest

        # A `HybridError` (e.g. `AdapterError`) is best; a LookupError or ValueError is accepted.
        with pytest.raises((HybridError, LookupError, ValueError), match="no-such-adapter"):
            generator.generate([self._req("no-such-adapter")])


class FakeAdapterStore:
    """An `AdapterStore` that knows a fixed list of adapter names and nothing else."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)

    def resolve(self, name: str, version: str | None = None) -> str:
        if name not in self.names:
            raise KeyError(f"unknown adapter {name!r}")
        return name

    def known(self) -> list[str]:
        return ["base", *self.names]


class PromptBuilderContract:
    """Behaviour every `PromptBuilder` must have. Provide a `prompt_builder` fixture."""

    SOURCES: ClassVar[list[Source]] = [
        Source("a.md", "The Atlas desk costs $999."),
        Source("b.md", "The Orion chair costs $499."),
    ]

    def test_builds_chat_messages(self, prompt_builder: PromptBuilder) -> None:
        messages = prompt_builder.build("Price?", self.SOURCES, "sales")
        assert messages and all(set(m) == {"role", "content"} for m in messages)
        assert all(m["role"] in ("system", "user", "assistant") and isinstance(m["content"], str) for m in messages)

    def test_sources_are_numbered_in_order(self, prompt_builder: PromptBuilder) -> None:
        text = "\n".join(m["content"] for m in prompt_builder.build("Price?", self.SOURCES, "sales"))
        first, second = text.find("$999"), text.find("$499")
        assert 0 <= first < second
        # The number a source is cited by comes right before its text (n="1" or [1]), so a
        # stray digit elsewhere (a date, a price) cannot pass for it.
        assert _last_source_number(text[:first]) == "1"
        assert _last_source_number(text[first:second]) == "2"

    def test_request_comes_after_the_sources(self, prompt_builder: PromptBuilder) -> None:
        messages = prompt_builder.build("What does the Orion chair cost?", self.SOURCES, "sales")
        text = "\n".join(m["content"] for m in messages)
        assert text.rfind("What does the Orion chair cost?") > text.find("$499")
        assert messages[-1]["role"] == "user"

    def test_style_guide_is_included_when_given(self, prompt_builder: PromptBuilder) -> None:
        messages = prompt_builder.build("Hi", [], "sales", style_guide="Never use exclamation marks.")
        assert any("Never use exclamation marks." in m["content"] for m in messages)
