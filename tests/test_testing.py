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


class Undated:
    """A prompt builder that numbers nothing, but whose text is full of stray digits."""

    def build(self, request, sources, department, style_guide=None):
        body = "\n".join(f"Updated 2021-12: {s.text}" for s in sources)
        return [{"role": "user", "content": f"{body}\n{request}"}]


def test_the_numbering_contract_is_not_fooled_by_stray_digits():
    with pytest.raises(AssertionError):
        PromptBuilderContract().test_sources_are_numbered_in_order(Undated())


def test_the_generator_contract_names_what_a_refusal_raises():
    class Crashing(FakeGenerator):
        def generate(self, requests):
            raise RuntimeError(f"crashed on {requests[0].adapter}")

    with pytest.raises(RuntimeError):  # not a refusal: it escapes the contract's check
        GeneratorContract().test_unknown_adapter_is_refused(Crashing())


def test_the_generator_contract_checks_what_comes_back_not_just_the_method_name():
    class Texts(FakeGenerator):
        def generate(self, requests):
            return [r.messages[-1]["content"] for r in requests]

    with pytest.raises(AssertionError):
        GeneratorContract().test_a_result_carries_its_text_and_usage(Texts(), ["loud"])
