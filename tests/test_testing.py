"""Our own implementations pass the contract tests we ship for users' implementations."""

from __future__ import annotations

import pytest

from hybrid.generation import LocalGenerator
from hybrid.prompts import ChatPrompt
from hybrid.testing import (
    CONTRACT_DOCUMENTS,
    FakeGenerator,
    GeneratorContract,
    PromptBuilderContract,
    RetrieverContract,
    fake_knowledge,
)

pytestmark = pytest.mark.unit


@pytest.fixture
def retriever(isolated):
    return fake_knowledge(CONTRACT_DOCUMENTS, isolated)


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
