"""`HybridPipeline`: voice -> retrieve -> prompt -> generate in voice -> validate.

Every part arrives by constructor injection and is used only through its protocol, so
any of them can be swapped: a LlamaIndex retriever (wrapped by `hybrid.build`), a remote
server for the generator, another prompt layout. The stages live in
`hybrid.pipeline.stages`; this module only runs them in order.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from hybrid.pipeline.assemble import to_draft
from hybrid.pipeline.budget import TokenBudget
from hybrid.pipeline.draft import Draft
from hybrid.pipeline.spec import DraftSpec, Mode, make_spec
from hybrid.pipeline.stages.attributed import MIN_MEANING, draft_attributed
from hybrid.pipeline.stages.generate import (
    Generated,
    generate_structured,
    generate_text,
    locked_figures,
    locked_names,
    row_for,
)
from hybrid.pipeline.stages.plan import plan
from hybrid.pipeline.stages.prompt import Prompted, RequestError, build_prompt, check_request, room_for_request
from hybrid.pipeline.stages.retrieve import Retrieved, retrieve
from hybrid.pipeline.stages.validate import Checked, check_json, check_text
from hybrid.pipeline.stages.voice import choose_voice
from hybrid.prompts import ChatPrompt
from hybrid.protocols import Embedder, Generator, PromptBuilder, Retriever, VoiceMap

__all__ = ["HybridPipeline", "RequestError"]


class HybridPipeline:
    """Drafts documents in a department's voice from retrieved, cited facts."""

    def __init__(
        self,
        knowledge: Retriever | None,
        generator: Generator,
        adapters: VoiceMap,
        prompt: PromptBuilder | None = None,
        *,
        k: int = 5,
        max_new_tokens: int = 256,
        context_tokens: int = 2048,
        defuse_injections: bool = True,
        attribute_citations: bool = True,
        mode: Mode = "free",
        lock_figures: bool = False,
        lock_names: bool = False,
        embedder: Embedder | None = None,
        rewrite_retries: int = 0,
        rewrite_min_similarity: float = MIN_MEANING,
    ) -> None:
        self.knowledge = _check_retriever(knowledge)
        self.generator = generator
        self.adapters = adapters
        self.prompt = prompt or ChatPrompt()
        self.k = k
        self.budget = TokenBudget(generator, context_tokens, max_new_tokens)
        self.defuse_injections = defuse_injections
        self.attribute_citations = attribute_citations
        self.mode: Mode = mode
        self.lock_figures = lock_figures
        self.lock_names = lock_names
        self.embedder = embedder
        self.rewrite_retries = rewrite_retries
        self.rewrite_min_similarity = rewrite_min_similarity

    @classmethod
    def from_settings(cls, settings: Any = None, **overrides: Any) -> HybridPipeline:
        """The bundled defaults; an alias of `hybrid.build.build_pipeline`, kept for one release."""
        from hybrid.build import build_pipeline

        return build_pipeline(settings, **overrides)

    @property
    def max_new_tokens(self) -> int:
        return self.budget.max_new_tokens

    @property
    def context_tokens(self) -> int:
        return self.budget.context_tokens

    def draft(self, spec: DraftSpec | str, department: str | None = None, **options: Any) -> Draft:
        """Draft in a department's voice; see `Draft` for what comes back.

        Pass a `DraftSpec`, or the keyword form `draft(request, department, k=..., ...)`
        (see `hybrid.pipeline.spec.make_spec`). With a schema the reply is one JSON object
        validated into `Draft.data`, or `StructuredOutputError` after the retries."""
        *_, last = self._run(_as_spec(spec, department, options), streaming=False)
        assert isinstance(last, Draft)  # _run always ends with the Draft
        return last

    def stream(self, spec: DraftSpec | str, department: str | None = None, **options: Any) -> Iterator[str | Draft]:
        """Like `draft`, but yield text pieces as they are generated, then the `Draft`.

        The pieces are the raw model output; the `Draft` has invalid markers removed. With
        a schema the validated JSON comes as one piece, since a retry replaces it."""
        return self._run(_as_spec(spec, department, options), streaming=True)

    def _run(self, spec: DraftSpec, streaming: bool) -> Iterator[str | Draft]:
        """The stages in order; `draft` is this drained, so the two never drift apart."""
        started = time.perf_counter()
        retrieved, prompted = self._prepare(spec)
        planned = None
        generated: Generated | None = None
        if self._attributed(spec):
            planned = plan(spec, prompted.shown, self.embedder)
            generated, checked = draft_attributed(
                self.generator,
                spec,
                prompted,
                planned,
                self.prompt,
                self.budget,
                retries=self.rewrite_retries,
                embedder=self.embedder,
                min_meaning=self.rewrite_min_similarity,
            )
            if streaming:
                generated = dataclasses.replace(generated, first_token=time.perf_counter() - started)
                yield checked.text
        elif spec.schema is None:
            locked, names = self._locked(spec, prompted), self._names(spec, prompted)
            for item in generate_text(self.generator, prompted, streaming, started, locked, names):
                if isinstance(item, Generated):
                    generated = item
                else:
                    yield item
            assert generated is not None
            checked = self._check(spec, prompted, generated)
        else:
            generated = generate_structured(self.generator, prompted, spec.schema, self.budget)
            if streaming:
                generated = dataclasses.replace(generated, first_token=time.perf_counter() - started)
                yield generated.result.text
            checked = check_json(spec, prompted, generated)
        yield to_draft(spec, retrieved, prompted, generated, checked, started, planned)

    def draft_many(self, specs: Sequence[DraftSpec]) -> list[Draft]:
        """Draft several free-text requests with one generator call, in order.

        Rows may name different departments, and switch retrieval, the adapter or the
        style prompt each on their own; a local generator runs them as one mixed-adapter
        batch, which is several times the throughput of one draft at a time on a CPU.
        Each draft's `timings.generate` is the whole call's time, `timings.batch` its size.
        """
        if any(self._attributed(spec) for spec in specs):
            # An attributed draft is already one batch of its planned sentences.
            return [self.draft(spec) for spec in specs]
        started = time.perf_counter()
        for spec in specs:
            if spec.schema is not None:
                raise RequestError(f"draft_many drafts free text; draft {spec.request[:40]!r} with draft(spec)")
        prepared = [self._prepare(spec) for spec in specs]
        if not prepared:
            return []
        t = time.perf_counter()
        rows = [
            row_for(p, locked=self._locked(spec, p), names=self._names(spec, p))
            for spec, (_, p) in zip(specs, prepared, strict=True)
        ]
        results = self.generator.generate(rows)
        seconds = time.perf_counter() - t
        drafts = []
        for spec, (retrieved, prompted), result in zip(specs, prepared, results, strict=True):
            generated = Generated(result, seconds, batch=len(prepared))
            checked = self._check(spec, prompted, generated)
            drafts.append(to_draft(spec, retrieved, prompted, generated, checked, started))
        return drafts

    def departments(self) -> list[str]:
        return self.adapters.known()

    def room_for_request(
        self,
        department: str,
        schema: type[BaseModel] | None = None,
        mechanism: str = "constrained",
        max_new_tokens: int | None = None,
    ) -> int:
        """Tokens a request may take without retrieval before the prompt overflows (what
        is left of the window after the system prompt, the schema's instruction and the
        answer's budget), so callers can trim long inputs themselves and say so."""
        spec = make_spec("-", department, schema=schema, mechanism=mechanism, retries=0, max_new_tokens=max_new_tokens)
        return room_for_request(spec, self.prompt, self.budget)

    def _check(self, spec: DraftSpec, prompted: Prompted, generated: Generated) -> Checked:
        return check_text(
            spec,
            prompted,
            generated,
            attribute_citations=self.attribute_citations,
            drop_unsupported_figures=self.lock_figures,
        )

    def _attributed(self, spec: DraftSpec) -> bool:
        # With no retrieval there is nothing to plan from: the voice-only draft is free text.
        return spec.schema is None and spec.retrieval and (spec.mode or self.mode) == "attributed"

    def _locked(self, spec: DraftSpec, prompted: Prompted) -> list[str] | None:
        return locked_figures(prompted, spec.request) if self.lock_figures else None

    def _names(self, spec: DraftSpec, prompted: Prompted) -> list[str] | None:
        return locked_names(prompted, spec.request) if self.lock_names else None

    def _prepare(self, spec: DraftSpec) -> tuple[Retrieved, Prompted]:
        """Every stage before the generator runs."""
        check_request(spec)
        voice = choose_voice(self.adapters, spec)
        retrieved = retrieve(self.knowledge, spec, self.k)
        prompted = build_prompt(
            spec, voice, retrieved, self.prompt, self.budget, defuse_injections=self.defuse_injections
        )
        return retrieved, prompted


def _check_retriever(obj: Any) -> Retriever | None:
    # Checked by module name so the pipeline needs no LlamaIndex import to say what to do.
    if obj is not None and any(c.__module__.startswith("llama_index") for c in type(obj).__mro__):
        raise TypeError(
            f"{type(obj).__name__} is a LlamaIndex retriever, which returns nodes, not Passages: wrap it with "
            "hybrid.interop.llamaindex.as_retriever(...) or build with hybrid.build.build_pipeline(retriever=...)"
        )
    if obj is not None and not isinstance(obj, Retriever):
        raise TypeError(
            f"{type(obj).__name__} is not a retriever: give it a retrieve(query, k, filters) method "
            "returning hybrid.types.Passage objects"
        )
    return obj


def _as_spec(spec: DraftSpec | str, department: str | None, options: dict[str, Any]) -> DraftSpec:
    if isinstance(spec, DraftSpec):
        if department is not None or options:
            raise TypeError("pass either a DraftSpec or the keyword form, not both")
        return spec
    if department is None:
        raise TypeError("draft(request, department, ...) needs a department")
    return make_spec(spec, department, **options)
