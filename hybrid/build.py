"""The composition root: settings in, parts out. Classes take plain values and other parts;
only this module reads settings objects and decides which implementation a name means.

A name -> factory table per layer lets `hybrid.toml` choose implementations
(`models.embedder_kind`, `generation.backend`); add your own with `register_embedder` /
`register_generator`. `build_pipeline` lets a caller replace one part (a retriever, the
generator, the voices, the prompt) and keep every other setting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hybrid.errors import ConfigError
from hybrid.protocols import Embedder, Generator, PromptBuilder, Retriever, VoiceMap
from hybrid.settings import Settings, load_settings, reveal

if TYPE_CHECKING:
    from fastapi import FastAPI

    from hybrid.generation.local import LocalGenerator
    from hybrid.knowledge.layer import Knowledge
    from hybrid.pipeline.core import HybridPipeline
    from hybrid.pipeline.departments import Departments
    from hybrid.style.adapter_store import AdapterRegistry
    from hybrid.style.layered import LayeredAdapterStore

EmbedderFactory = Callable[[Settings], Embedder]
GeneratorFactory = Callable[[Settings], Generator]
_EMBEDDERS: dict[str, EmbedderFactory] = {}
_GENERATORS: dict[str, GeneratorFactory] = {}


def _register(table: dict[str, Any], layer: str, name: str, factory: Any) -> None:
    if name in table:
        raise ValueError(f"an {layer} named {name!r} is already registered")
    table[name] = factory


def register_embedder(name: str, factory: EmbedderFactory) -> None:
    """Make `models.embedder_kind = name` build `factory(settings)`."""
    _register(_EMBEDDERS, "embedder", name, factory)


def register_generator(name: str, factory: GeneratorFactory) -> None:
    """Make `generation.backend = name` build `factory(settings)`."""
    _register(_GENERATORS, "generator", name, factory)


def _factory(table: dict[str, Any], setting: str, kind: str) -> Any:
    try:
        return table[kind]
    except KeyError:
        raise ConfigError(f"setting '{setting}': unknown kind {kind!r}; known: {', '.join(sorted(table))}") from None


# -- embedders ---------------------------------------------------------------------------
def _sentence_transformer(settings: Settings) -> Embedder:
    from hybrid.knowledge.embedding import SentenceTransformerEmbedder
    from hybrid.models import resolve_embedder

    spec = settings.models.embedder
    return SentenceTransformerEmbedder(
        resolve_embedder(spec),
        model_id=spec,
        device=settings.models.device,
        batch_size=settings.knowledge.embed_batch_size,
        query_runtime=settings.models.query_runtime,
        onnx_cache=Path(settings.cache_dir),
    )


def build_embedder(settings: Settings, kind: str | None = None) -> Embedder:
    """The embedder `models.embedder_kind` names (or `kind`, where given)."""
    return _factory(_EMBEDDERS, "models.embedder_kind", kind or settings.models.embedder_kind)(settings)


def build_knowledge(settings: Settings, embedder: Embedder | None = None) -> Knowledge:
    """The Chroma + BM25 knowledge layer under `state_dir`, with `knowledge.*` settings.
    Documents are keyed relative to the project root; with no project, by absolute path."""
    from hybrid.knowledge.layer import ABSOLUTE, Knowledge, KnowledgeConfig

    config = KnowledgeConfig.of(settings.knowledge)
    root = settings.project_root if settings.project_root is not None else ABSOLUTE
    return Knowledge(embedder or build_embedder(settings), settings.state_dir, config, root=root)


# -- adapters and voices -----------------------------------------------------------------
_STORES: dict[tuple[Path, Path | None], AdapterRegistry] = {}
_STORES_LOCK = threading.Lock()


def build_adapter_store(settings: Settings) -> LayeredAdapterStore:
    """The project's registry (`adapters_dir`, which training writes) over the shipped voices
    (`hybrid.project.shipped_adapters()`, read-only): one per folder per process, so the
    generator, the department map and the server all see the same one."""
    from hybrid.project import shipped_adapters
    from hybrid.style.layered import LayeredAdapterStore

    shipped = shipped_adapters() if settings.shipped_adapters else None
    key = (Path(settings.adapters_dir).resolve(), shipped)
    with _STORES_LOCK:
        if key not in _STORES:
            _STORES[key] = LayeredAdapterStore(settings.adapters_dir, [shipped] if shipped else [])
        store = _STORES[key]
        assert isinstance(store, LayeredAdapterStore)
        return store


def build_voices(settings: Settings) -> Departments:
    """Department -> adapter (and style guide), over the shared adapter store."""
    from hybrid.pipeline.departments import Departments

    return Departments(build_adapter_store(settings), settings.pipeline.departments, settings.pipeline.style_dir)


# -- generators --------------------------------------------------------------------------
def build_local_generator(settings: Settings) -> LocalGenerator:
    """transformers + PEFT in this process, over the shared adapter store."""
    from hybrid.generation.local import LocalGenerator

    return LocalGenerator(
        settings.models.generator,
        settings.cache_dir,
        build_adapter_store(settings),
        device=settings.models.device,
        dtype=settings.generation.dtype,
        max_loaded=settings.generation.max_loaded_adapters,
        repetition_penalty=settings.generation.repetition_penalty,
        no_repeat_ngram_size=settings.generation.no_repeat_ngram_size,
        baked_mb=settings.generation.baked_adapters_mb,
    )


def _llamacpp_generator(settings: Settings) -> Generator:
    from hybrid.generation.llamacpp import LlamaCppGenerator

    return LlamaCppGenerator(
        settings.models.generator,
        settings.cache_dir,
        build_adapter_store(settings),
        max_loaded=settings.generation.max_loaded_adapters,
        repetition_penalty=settings.generation.repetition_penalty,
        no_repeat_ngram_size=settings.generation.no_repeat_ngram_size,
    )


def _openai_generator(settings: Settings) -> Generator:
    from hybrid.generation.openai import OpenAIGenerator

    gen = settings.generation
    if not gen.base_url:
        raise ConfigError(
            "generation.backend is 'openai' but generation.base_url is unset: set it to the server's API root, "
            "e.g. HYBRID_GENERATION__BASE_URL=http://127.0.0.1:8000/v1"
        )
    return OpenAIGenerator(
        gen.base_url,
        base_model=gen.served_base or settings.models.generator,
        api_key=reveal(gen.api_key),
        timeout_s=gen.timeout_s,
        json_schema=gen.remote_json_schema,
    )


def build_generator(settings: Settings) -> Generator:
    """The generator `generation.backend` names: "local" (transformers + PEFT), "llamacpp"
    (the bundled GGUF on llama.cpp, an extra) or "openai" (a client of an OpenAI-compatible
    server that serves each adapter as a model)."""
    return _factory(_GENERATORS, "generation.backend", settings.generation.backend)(settings)


register_embedder("sentence-transformers", _sentence_transformer)
register_generator("local", build_local_generator)
register_generator("openai", _openai_generator)
register_generator("llamacpp", _llamacpp_generator)


# -- the pipeline and the server ---------------------------------------------------------
def build_pipeline(
    settings: Settings | None = None,
    *,
    retriever: Any = None,
    generator: Generator | None = None,
    voices: VoiceMap | None = None,
    prompt: PromptBuilder | None = None,
    **overrides: Any,
) -> HybridPipeline:
    """A pipeline from `settings` (default: `load_settings(**overrides)`).

    Each part given replaces the one settings would build; everything else (k, token
    budgets, style_dir, departments, ...) still comes from settings. A LlamaIndex
    retriever is wrapped to return `Passage`s."""
    from hybrid.pipeline.core import HybridPipeline

    if settings is not None and overrides:
        raise TypeError("pass settings or load_settings overrides, not both")
    settings = settings if settings is not None else load_settings(**overrides)
    knowledge = build_knowledge(settings) if retriever is None else _as_retriever(retriever)
    return HybridPipeline(
        knowledge,
        generator if generator is not None else build_generator(settings),
        voices if voices is not None else build_voices(settings),
        prompt,
        k=settings.knowledge.k,
        max_new_tokens=settings.generation.max_new_tokens,
        context_tokens=settings.pipeline.context_tokens,
        defuse_injections=settings.pipeline.defuse_injections,
        attribute_citations=settings.pipeline.attribute_citations,
        mode=settings.pipeline.mode,
        lock_figures=settings.pipeline.lock_figures,
        lock_names=settings.pipeline.lock_names,
        rewrite_retries=settings.pipeline.rewrite_retries,
        rewrite_min_similarity=settings.pipeline.rewrite_min_similarity,
        # The plan ranks source sentences by meaning with the knowledge layer's own embedder.
        embedder=getattr(knowledge, "embedder", None),
    )


def _as_retriever(obj: Any) -> Retriever:
    # Wraps a LlamaIndex retriever; refuses, naming the method, what is no retriever at all.
    from hybrid.interop.llamaindex import as_retriever

    return as_retriever(obj)


def build_app(settings: Settings) -> FastAPI:
    """The app `hybrid serve` runs: the pipeline over a batching generator, so drafts and
    completions that arrive together share forwards."""
    from hybrid.serve.app import Components, create_app
    from hybrid.serve.batching import BatchingGenerator

    serve = settings.serve
    batched = BatchingGenerator(build_generator(settings), serve.batch_window_ms / 1000, serve.max_batch)
    pipeline = build_pipeline(settings, generator=batched)
    parts = Components(
        pipeline=pipeline,
        adapters=build_adapter_store(settings),
        base_model=settings.generation.served_base or settings.models.generator,
        knowledge=pipeline.knowledge,
        inbox=settings.state_dir / "inbox",
        default_max_tokens=min(settings.generation.max_new_tokens, serve.max_tokens),
    )
    return create_app(parts, serve)
