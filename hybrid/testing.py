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
from collections.abc import Sequence

from hybrid.protocols import Generator, Retriever
from hybrid.types import GenerationRequest, GenerationResult

_WORD = re.compile(r"[a-z0-9]+")


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
    "atlas.md": "---\ndepartment: engineering\n---\n# Atlas desk\n\nThe Atlas desk lifts at 38 mm/s.\n",
    "orion.md": "---\ndepartment: marketing\n---\n# Orion chair\n\nThe Orion chair costs $499.\n",
}


class RetrieverContract:
    """Behaviour every `Retriever` must have. Provide a `retriever` fixture indexing
    CONTRACT_DOCUMENTS (written as files with those names)."""

    def test_is_a_retriever(self, retriever: Retriever) -> None:
        assert isinstance(retriever, Retriever)

    def test_returns_at_most_k_best_first(self, retriever: Retriever) -> None:
        got = retriever.retrieve("How fast does the Atlas desk lift?", k=1)
        assert len(got) == 1
        assert "38 mm/s" in got[0].text

    def test_filters_are_respected(self, retriever: Retriever) -> None:
        got = retriever.retrieve("desk chair", k=5, filters={"department": "marketing"})
        assert got and all(p.department == "marketing" for p in got)

    def test_passage_ids_are_stable(self, retriever: Retriever) -> None:
        first = [p.id for p in retriever.retrieve("Orion chair price", k=2)]
        again = [p.id for p in retriever.retrieve("Orion chair price", k=2)]
        assert first == again


class FakeGenerator:
    """Deterministic `Generator`: answers "[<adapter>] <request>" so tests can see which
    voice a row got, with no model."""

    def __init__(self, adapters: Sequence[str] = ("base",)) -> None:
        self.adapters = set(adapters) | {"base"}
        self.calls: list[list[GenerationRequest]] = []

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        self.calls.append(list(requests))
        out = []
        for r in requests:
            if r.adapter not in self.adapters:
                raise ValueError(f"unknown adapter {r.adapter!r}; known: {', '.join(sorted(self.adapters))}")
            request = r.messages[-1]["content"].rsplit("Request:", 1)[-1].strip()
            words = f"[{r.adapter}] {request}".split()[: r.max_new_tokens]
            out.append(
                GenerationResult(
                    text=" ".join(words),
                    adapter=r.adapter,
                    adapter_version=None if r.adapter == "base" else "v1",
                    prompt_tokens=sum(len(m["content"].split()) for m in r.messages),
                    completion_tokens=len(words),
                )
            )
        return out


class GeneratorContract:
    """Behaviour every `Generator` must have. Provide a `generator` fixture and an
    `adapter_names` fixture listing two adapters it can serve besides "base"."""

    def _req(self, adapter: str, text: str = "Say hello.") -> GenerationRequest:
        return GenerationRequest([{"role": "user", "content": text}], adapter=adapter, max_new_tokens=8)

    def test_is_a_generator(self, generator: Generator) -> None:
        assert isinstance(generator, Generator)

    def test_one_result_per_request_in_order(self, generator: Generator, adapter_names: list[str]) -> None:
        names = ["base", *adapter_names, "base"]
        results = generator.generate([self._req(n) for n in names])
        assert [r.adapter for r in results] == names

    def test_respects_max_new_tokens(self, generator: Generator, adapter_names: list[str]) -> None:
        (result,) = generator.generate([self._req(adapter_names[0])])
        assert 0 < result.completion_tokens <= 8

    def test_unknown_adapter_is_refused(self, generator: Generator) -> None:
        import pytest

        with pytest.raises(Exception, match="no-such-adapter"):
            generator.generate([self._req("no-such-adapter")])
