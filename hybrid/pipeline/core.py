"""`HybridPipeline`: retrieve -> prompt -> generate in voice -> validate.

Every part arrives by constructor injection and is used only through its protocol, so
any of them can be swapped: a LlamaIndex retriever for the knowledge layer, a remote
server for the generator, another prompt layout.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import Any

from hybrid.errors import HybridError
from hybrid.pipeline.budget import fit_passages
from hybrid.pipeline.citations import attribute, check_citations
from hybrid.pipeline.claims import Evidence, unsupported_claims
from hybrid.pipeline.draft import Draft, Timings, Trim
from hybrid.pipeline.injection import defuse
from hybrid.prompts import ChatPrompt, Source
from hybrid.protocols import (
    Filters,
    Generator,
    PromptBuilder,
    Retriever,
    StreamingGenerator,
    TokenCounter,
    VoiceMap,
)
from hybrid.style.registry import BASE
from hybrid.types import GenerationRequest, GenerationResult, Passage

# Chat-template tokens around each message, which counting the contents alone misses.
PER_MESSAGE_TOKENS = 8


class RequestError(HybridError):
    """The request itself cannot be drafted (empty, or too long)."""


def _estimate_tokens(text: str) -> int:
    # Used only when the generator can't count: ~4 characters a token for English BPE.
    return len(text) // 4 + 1


class HybridPipeline:
    """Drafts documents in a department's voice from retrieved, cited facts."""

    def __init__(
        self,
        knowledge: Retriever | Any | None,
        generator: Generator,
        adapters: VoiceMap,
        prompt: PromptBuilder | None = None,
        *,
        k: int = 5,
        max_new_tokens: int = 256,
        context_tokens: int = 2048,
        defuse_injections: bool = True,
        attribute_citations: bool = True,
    ) -> None:
        from hybrid.interop.llamaindex import as_retriever

        self.knowledge = None if knowledge is None else as_retriever(knowledge)
        self.generator = generator
        self.adapters = adapters
        self.prompt = prompt or ChatPrompt()
        self.k = k
        self.max_new_tokens = max_new_tokens
        self.context_tokens = context_tokens
        self.defuse_injections = defuse_injections
        self.attribute_citations = attribute_citations

    @classmethod
    def from_settings(cls, settings: Any = None, **overrides: Any) -> HybridPipeline:
        """The bundled defaults: Chroma + MiniLM knowledge, SmolLM2 with the registry's adapters."""
        from hybrid.knowledge.layer import Knowledge
        from hybrid.pipeline.departments import Departments
        from hybrid.registry import build_adapter_registry, build_generator
        from hybrid.settings import load_settings

        settings = settings or load_settings(**overrides)
        return cls(
            Knowledge.from_settings(settings),
            build_generator(settings),
            Departments(build_adapter_registry(settings), settings.pipeline.departments, settings.pipeline.style_dir),
            k=settings.knowledge.k,
            max_new_tokens=settings.generation.max_new_tokens,
            context_tokens=settings.pipeline.context_tokens,
            defuse_injections=settings.pipeline.defuse_injections,
            attribute_citations=settings.pipeline.attribute_citations,
        )

    # -- public API -------------------------------------------------------------
    def draft(
        self,
        request: str,
        department: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        max_new_tokens: int | None = None,
        retrieval: bool = True,
        adapter: bool = True,
        style_prompt: bool = False,
    ) -> Draft:
        """Draft `request` in `department`'s voice; see `Draft` for what comes back."""
        result = None
        for item in self._run(request, department, k, filters, max_new_tokens, retrieval, adapter, style_prompt, False):
            result = item
        assert isinstance(result, Draft)
        return result

    def stream(
        self,
        request: str,
        department: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        max_new_tokens: int | None = None,
        retrieval: bool = True,
        adapter: bool = True,
        style_prompt: bool = False,
    ) -> Iterator[str | Draft]:
        """Like `draft`, but yield text pieces as they are generated, then the `Draft`.

        The pieces are the raw model output; the `Draft` has invalid markers removed."""
        yield from self._run(request, department, k, filters, max_new_tokens, retrieval, adapter, style_prompt, True)

    def departments(self) -> list[str]:
        return self.adapters.known()

    # -- stages -----------------------------------------------------------------
    def _run(
        self,
        request: str,
        department: str,
        k: int | None,
        filters: Filters | None,
        max_new_tokens: int | None,
        retrieval: bool,
        use_adapter: bool,
        style_prompt: bool,
        streaming: bool,
    ) -> Iterator[str | Draft]:
        t_start = time.perf_counter()
        timings = Timings()
        if not isinstance(request, str) or not request.strip():
            raise RequestError("the request is empty: say what to draft, e.g. 'Announce the Atlas desk price change'")
        max_new = max_new_tokens or self.max_new_tokens
        adapter_name = self.adapters.adapter_for(department) if use_adapter else BASE
        if not use_adapter and department not in self.adapters.known():
            self.adapters.adapter_for(department)  # raises the "unknown department" error
        notes: list[str] = []

        # retrieve
        t = time.perf_counter()
        found: list[Passage] = []
        if retrieval:
            if self.knowledge is None:
                raise HybridError("retrieval=True but this pipeline has no knowledge layer; pass retrieval=False")
            found = list(self.knowledge.retrieve(request, k=k or self.k, filters=filters))
            if not found:
                notes.append("no passage matched the request and filters: the draft has no sources")
        timings.retrieve = time.perf_counter() - t

        # prompt
        t = time.perf_counter()
        guide = self.adapters.style_guide(department) if style_prompt else None
        if style_prompt and guide is None:
            notes.append(f"department {department!r} has no style guide; the prompt has none")
        messages, shown, originals, trimmed = self._prompt(request, department, found, guide, max_new, notes)
        timings.prompt = time.perf_counter() - t

        # generate
        t = time.perf_counter()
        gen_request = GenerationRequest(messages, adapter=adapter_name, max_new_tokens=max_new)
        result: GenerationResult | None = None
        if streaming and isinstance(self.generator, StreamingGenerator):
            for piece in self.generator.stream(gen_request):
                if isinstance(piece, GenerationResult):
                    result = piece
                else:
                    if timings.first_token is None:
                        timings.first_token = time.perf_counter() - t_start
                    yield piece
        else:
            (result,) = self.generator.generate([gen_request])
            if streaming:
                timings.first_token = time.perf_counter() - t_start
                yield result.text
        assert result is not None
        timings.generate = time.perf_counter() - t

        # validate
        t = time.perf_counter()
        text, citations, removed = check_citations(result.text, originals)
        if self.attribute_citations:
            text, added = attribute(text, originals)
            citations = sorted([*citations, *added], key=lambda c: text.find(c.sentence))
        claims = unsupported_claims(text, Evidence.of([p.text for p in shown] + [request]))
        timings.validate_ = time.perf_counter() - t
        if result.finish_reason == "length":
            notes.append(f"the draft hit max_new_tokens ({max_new}) and may end mid-sentence")
        timings.total = time.perf_counter() - t_start
        yield Draft(
            text=text,
            request=request,
            department=department,
            adapter=result.adapter,
            adapter_version=result.adapter_version,
            citations=citations,
            passages=shown,
            unsupported=claims,
            removed_citations=removed,
            trimmed=trimmed,
            notes=notes,
            retrieval=retrieval,
            style_prompt=guide is not None,
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            finish_reason=result.finish_reason,
            timings=timings,
        )

    def _count(self, text: str) -> int:
        if isinstance(self.generator, TokenCounter):
            return self.generator.count_tokens(text)
        return _estimate_tokens(text)

    def _window(self) -> int:
        if isinstance(self.generator, TokenCounter):
            return min(self.context_tokens, self.generator.context_window)
        return self.context_tokens

    def _prompt(
        self,
        request: str,
        department: str,
        found: Sequence[Passage],
        guide: str | None,
        max_new: int,
        notes: list[str],
    ) -> tuple[list[dict[str, str]], list[Passage], list[Passage], list[Trim]]:
        """Messages, the passages as shown, the same passages unaltered, and what was cut."""
        window = self._window()
        bare = self.prompt.build(request, [], department, guide)
        need = sum(self._count(m["content"]) + PER_MESSAGE_TOKENS for m in bare)
        if need + max_new > window:
            raise RequestError(
                f"the request needs {need} prompt tokens and {max_new} for the answer, over the "
                f"{window}-token context window: shorten the request or lower max_new_tokens"
            )
        # Sources also bring the system prompt's citation rules; budget for them.
        with_rules = self.prompt.build(request, [Source("x", "")], department, guide)
        need = sum(self._count(m["content"]) + PER_MESSAGE_TOKENS for m in with_rules)
        kept, trimmed = fit_passages(found, max(window - max_new - need, 0), self._count)
        for trim in trimmed:
            notes.append(f"{trim.source}: passage {trim.action} to fit the {window}-token context window")
        shown: list[Passage] = []
        for p in kept:
            clean, cut = defuse(p) if self.defuse_injections else (p, 0)
            if cut:
                notes.append(
                    f"{p.source}: {cut} instruction-like sentence(s) removed from the passage before prompting"
                )
            shown.append(clean)
        messages = self.prompt.build(request, [Source(p.source, p.text) for p in shown], department, guide)
        return messages, shown, kept, trimmed
