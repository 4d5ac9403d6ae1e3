"""Our own implementations pass the contract tests we ship for users' implementations."""

from __future__ import annotations

import pytest

from hybrid.generation import LocalGenerator
from hybrid.knowledge import Knowledge
from hybrid.prompts import ChatPrompt
from hybrid.settings import KnowledgeSettings
from hybrid.testing import (
    CONTRACT_DOCUMENTS,
    FakeEmbedder,
    FakeGenerator,
    GeneratorContract,
    PromptBuilderContract,
    RetrieverContract,
)

pytestmark = pytest.mark.unit


@pytest.fixture
def retriever(isolated):
    root = isolated / "contract"
    root.mkdir()
    for name, text in CONTRACT_DOCUMENTS.items():
        (root / name).write_text(text)
    k = Knowledge(FakeEmbedder(), isolated / ".hybrid", KnowledgeSettings())
    k.ingest([root])
    return k


class TestKnowledgeIsARetriever(RetrieverContract):
    pass


class TestFakeGenerator(GeneratorContract):
    @pytest.fixture
    def generator(self):
        return FakeGenerator(["loud", "terse"])

    @pytest.fixture
    def adapter_names(self):
        return ["loud", "terse"]


class TestLocalGenerator(GeneratorContract):
    @pytest.fixture
    def generator(self, trained_registry, tiny_causal_lm_path, tmp_path):
        return LocalGenerator(str(tiny_causal_lm_path), tmp_path, trained_registry)

    @pytest.fixture
    def adapter_names(self):
        return ["loud", "terse"]


class TestChatPrompt(PromptBuilderContract):
    @pytest.fixture
    def prompt_builder(self):
        return ChatPrompt()
