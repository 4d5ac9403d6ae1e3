"""The composition root: settings in, parts out, with any one part replaced."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from hybrid import build, registry
from hybrid.errors import ConfigError
from hybrid.knowledge.layer import KnowledgeConfig
from hybrid.settings import KnowledgeSettings, Settings, load_settings
from hybrid.testing import FakeEmbedder, FakeGenerator
from hybrid.types import Passage

pytestmark = pytest.mark.unit

FACT = "Visitor parking is in bays 14-20."


class WikiRetriever:
    """A retriever of our own shape that records the k it was asked for."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def retrieve(self, query: str, k: int = 5, filters: dict | None = None) -> list[Passage]:
        self.asked.append(k)
        return [
            Passage(id="w1", text=FACT, source="wiki/parking.md", start_char=0, end_char=len(FACT), content_hash="h")
        ]


class LlamaRetriever(BaseRetriever):
    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        node = TextNode(id_="n1", text=FACT, metadata={"source": "wiki/parking.md"})
        return [NodeWithScore(node=node, score=0.5)]


@pytest.fixture
def tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registrations made by a test end with it."""
    monkeypatch.setattr(build, "_EMBEDDERS", dict(build._EMBEDDERS))
    monkeypatch.setattr(build, "_GENERATORS", dict(build._GENERATORS))


def _tuned(root: Path) -> Settings:
    return load_settings(
        state_dir=root / "state",
        adapters_dir=root / "adapters",
        knowledge={"k": 3},
        generation={"max_new_tokens": 42},
        pipeline={
            "departments": {"support": "base"},
            "style_dir": str(root / "styles"),
            "context_tokens": 777,
            "defuse_injections": False,
            "attribute_citations": False,
        },
    )


def test_a_replaced_retriever_keeps_every_other_setting(isolated):
    settings, wiki, gen = _tuned(isolated), WikiRetriever(), FakeGenerator()
    pipe = build.build_pipeline(settings, retriever=wiki, generator=gen)
    assert (pipe.k, pipe.max_new_tokens, pipe.context_tokens) == (3, 42, 777)
    assert (pipe.defuse_injections, pipe.attribute_citations) == (False, False)
    # Every shipped voice is a department too; the configured mapping is kept beside them.
    assert pipe.adapters.style_dir == isolated / "styles" and "support" in pipe.departments()
    assert pipe.adapters.adapter_for("support") == "base"
    draft = pipe.draft("Where do visitors park?", "support")
    assert wiki.asked == [3] and [p.source for p in draft.passages] == ["wiki/parking.md"]
    assert gen.calls[0][0].max_new_tokens <= 42


def test_a_llamaindex_retriever_is_wrapped_into_passages(isolated):
    pipe = build.build_pipeline(_tuned(isolated), retriever=LlamaRetriever(), generator=FakeGenerator())
    draft = pipe.draft("Where do visitors park?", "support")
    assert [(p.id, p.text) for p in draft.passages] == [("n1", FACT)]


def test_something_that_is_not_a_retriever_is_refused_by_name(isolated):
    with pytest.raises(TypeError, match="dict is not a retriever"):
        build.build_pipeline(_tuned(isolated), retriever={}, generator=FakeGenerator())


def test_generator_and_voices_share_one_adapter_store(isolated):
    settings = load_settings(adapters_dir=isolated / "adapters")
    generator = build.build_generator(settings)
    voices = build.build_voices(settings)
    assert generator.registry is voices.adapters is build.build_adapter_store(settings)  # type: ignore[attr-defined]
    other = build.build_adapter_store(load_settings(adapters_dir=isolated / "elsewhere"))
    assert other is not voices.adapters and other.root == isolated / "elsewhere"


def test_the_llamacpp_backend_is_built_from_the_same_settings_without_importing_llama_cpp(isolated, monkeypatch):
    import sys

    from hybrid.generation.llamacpp import LlamaCppGenerator
    from hybrid.generation.llamacpp.runtime import import_llama_cpp

    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # as if the extra were not installed
    settings = load_settings(
        adapters_dir=isolated / "adapters", generation={"backend": "llamacpp", "repetition_penalty": 1.2}
    )
    generator = build.build_generator(settings)
    assert isinstance(generator, LlamaCppGenerator)
    assert generator.registry is build.build_adapter_store(settings) and generator.repetition_penalty == 1.2
    with pytest.raises(ConfigError, match=r"llama-cpp-python is not installed: run `make install-llamacpp`"):
        import_llama_cpp()


def test_the_server_drafts_through_its_batcher_over_the_shared_store(isolated, tables):
    build.register_embedder("fake", lambda s: FakeEmbedder())
    build.register_generator("fake", lambda s: FakeGenerator())
    settings = load_settings(
        state_dir=isolated / "state", models={"embedder_kind": "fake"}, generation={"backend": "fake"}
    )
    app = build.build_app(settings)
    services = app.state.services
    assert services.pipeline.generator is services.batcher  # built batched, not copied and swapped
    assert services.parts.adapters is services.pipeline.adapters.adapters is build.build_adapter_store(settings)


@pytest.mark.parametrize(
    ("overrides", "setting", "known"),
    [
        ({"models": {"embedder_kind": "word2vec"}}, "models.embedder_kind", "sentence-transformers"),
        ({"generation": {"backend": "vllm"}}, "generation.backend", "llamacpp, local, openai"),
    ],
)
def test_an_unknown_kind_is_refused_naming_the_setting_and_the_known_kinds(isolated, overrides, setting, known):
    settings = load_settings(**overrides)
    with pytest.raises(ConfigError, match=rf"setting '{setting}': unknown kind '\w+'; known: {known}$"):
        build.build_embedder(settings) if "models" in overrides else build.build_generator(settings)


def test_a_config_file_naming_a_registered_embedder_kind_builds_it(isolated, tables):
    build.register_embedder("fake", lambda s: FakeEmbedder(model_id=f"fake:{s.models.embedder}"))
    (isolated / "hybrid.toml").write_text('[models]\nembedder_kind = "fake"\nembedder = "mini"\n')
    knowledge = build.build_knowledge(load_settings())
    assert knowledge.embedder.model_id == "fake:mini"
    docs = isolated / "docs"
    docs.mkdir()
    (docs / "parking.md").write_text(FACT + "\n")
    knowledge.ingest([docs])
    assert [p.text.strip() for p in knowledge.retrieve("parking bays", k=1)] == [FACT]


def test_a_kind_is_registered_once(tables):
    with pytest.raises(ValueError, match="'sentence-transformers' is already registered"):
        build.register_embedder("sentence-transformers", lambda s: FakeEmbedder())
    with pytest.raises(ValueError, match="'local' is already registered"):
        build.register_generator("local", lambda s: FakeGenerator())


def test_knowledge_takes_plain_values_whose_defaults_are_the_settings_defaults(isolated):
    assert dataclasses.asdict(KnowledgeConfig()) == KnowledgeSettings().model_dump()
    tuned = KnowledgeSettings(k=7, collection="other", chunk_size=120, chunk_overlap=10)
    knowledge = build.build_knowledge(load_settings(state_dir=isolated / "s", knowledge=tuned.model_dump()))
    assert knowledge.config == KnowledgeConfig.of(tuned) and knowledge.manifest_path.name == "manifest-other.json"


def test_the_old_names_still_build(isolated):
    settings = load_settings(adapters_dir=isolated / "adapters")
    assert registry.build_adapter_registry(settings) is build.build_adapter_store(settings)
    assert registry.build_generator is build.build_generator and registry.register_embedder is build.register_embedder


def test_the_local_generator_gets_its_memory_for_baked_adapters_from_settings(isolated):
    settings = load_settings(adapters_dir=isolated / "adapters", generation={"baked_adapters_mb": 300})
    assert build.build_local_generator(settings).baked_mb == 300
