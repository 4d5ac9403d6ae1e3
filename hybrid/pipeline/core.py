"""`HybridPipeline`: retrieve -> prompt -> generate in voice -> validate.

Every part arrives by constructor injection and is used only through its protocol, so
any of them can be swapped: a LlamaIndex retriever for the knowledge layer, a remote
server for the generator, another prompt layout.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from hybrid.errors import HybridError, SchemaError, StructuredOutputError
from hybrid.pipeline.budget import fit_passages
from hybrid.pipeline.citations import attribute, check_citations
from hybrid.pipeline.claims import Evidence, unsupported_claims
from hybrid.pipeline.draft import (
    Citation,
    Claim,
    Draft,
    DraftRequest,
    FailedAttempt,
    RemovedCitation,
    StructuredReport,
    Timings,
    Trim,
)
from hybrid.pipeline.injection import defuse
from hybrid.pipeline.spec import DraftSpec, make_spec
from hybrid.pipeline.structured import Structured, structured_options
from hybrid.prompts import ChatPrompt, Source
from hybrid.protocols import (
    Filters,
    Generator,
    PromptBuilder,
    Retriever,
    SchemaConstrained,
    StreamingGenerator,
    TokenCounter,
    VoiceMap,
)
from hybrid.types import BASE, GenerationRequest, GenerationResult, Passage

# Chat-template tokens around each message, which counting the contents alone misses.
PER_MESSAGE_TOKENS = 8


def _as_spec(spec: DraftSpec | str, department: str | None, options: dict[str, Any]) -> DraftSpec:
    if isinstance(spec, DraftSpec):
        if department is not None or options:
            raise TypeError("pass either a DraftSpec or the keyword form, not both")
        return spec
    if department is None:
        raise TypeError("draft(request, department, ...) needs a department")
    return make_spec(spec, department, **options)


def _structured(spec: DraftSpec) -> Structured | None:
    s = spec.schema
    if s is None:
        return None
    return Structured(s.model, s.mechanism, s.retries, s.examples, s.validation_context, s.pinned)


class RequestError(HybridError):
    """The request itself cannot be drafted (empty, or too long)."""


def _estimate_tokens(text: str) -> int:
    # Used only when the generator can't count: ~4 characters a token for English BPE.
    return len(text) // 4 + 1


def _assemble(
    result: GenerationResult,
    text: str,
    request: str,
    department: str,
    citations: list[Citation],
    shown: list[Passage],
    claims: list[Claim],
    removed: list[RemovedCitation],
    trimmed: list[Trim],
    notes: list[str],
    retrieval: bool,
    guide: str | None,
    timings: Timings,
    **extra: Any,
) -> Draft:
    fields: dict[str, Any] = {
        "adapter": result.adapter,
        "adapter_version": result.adapter_version,
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "finish_reason": result.finish_reason,
        **extra,
    }
    return Draft(
        text=text,
        request=request,
        department=department,
        citations=citations,
        passages=shown,
        unsupported=claims,
        removed_citations=removed,
        trimmed=trimmed,
        notes=notes,
        retrieval=retrieval,
        style_prompt=guide is not None,
        timings=timings,
        **fields,
    )


@dataclass
class _Prepared:
    """A request retrieved for and prompted, waiting for the generator."""

    request: str
    department: str
    adapter: str
    messages: list[dict[str, str]]
    shown: list[Passage]
    originals: list[Passage]
    trimmed: list[Trim]
    notes: list[str]
    retrieval: bool
    guide: str | None
    max_new: int
    timings: Timings
    t_start: float


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
    def draft(self, spec: DraftSpec | str, department: str | None = None, **options: Any) -> Draft:
        """Draft in a department's voice; see `Draft` for what comes back.

        Pass a `DraftSpec`, or the keyword form `draft(request, department, k=..., ...)`
        with the same fields (`adapter=False` for the base model, `schema=` a pydantic
        model with bounded strings and lists for structured output):
        - `mechanism="constrained"` masks decoding with the schema's grammar, so the reply
          is always schema-valid JSON; `"repair"` generates freely.
        - Either way the model's own validators run; a failure goes back to the model with
          its errors, at most `retries` times, then raises `StructuredOutputError`.
        - `examples` are (request, object) pairs shown as earlier turns (few-shot);
          `validation_context` reaches the validators (`ValidationInfo.context`).
        - `pinned` fields are ones the caller already knows (a PR's number): under a
          grammar they are emitted as given; otherwise a different value is rejected.
        """
        spec = _as_spec(spec, department, options)
        structured = _structured(spec)
        result = None
        for item in self._run(
            spec.request,
            spec.department,
            spec.k,
            spec.filters,
            spec.max_new_tokens,
            spec.retrieval,
            spec.use_adapter,
            spec.style_prompt,
            False,
            structured,
        ):
            result = item
        assert isinstance(result, Draft)
        return result

    def stream(self, spec: DraftSpec | str, department: str | None = None, **options: Any) -> Iterator[str | Draft]:
        """Like `draft`, but yield text pieces as they are generated, then the `Draft`.

        The pieces are the raw model output; the `Draft` has invalid markers removed. With
        a `schema` the validated JSON comes as one piece, since a retry replaces it."""
        spec = _as_spec(spec, department, options)
        yield from self._run(
            spec.request,
            spec.department,
            spec.k,
            spec.filters,
            spec.max_new_tokens,
            spec.retrieval,
            spec.use_adapter,
            spec.style_prompt,
            True,
            _structured(spec),
        )

    def draft_many(self, requests: Sequence[DraftRequest]) -> list[Draft]:
        """Draft several requests with one generator call, in order.

        Rows may name different departments, and switch retrieval, the adapter or the
        style prompt each on their own; a local generator runs them as one mixed-adapter
        batch, which is several times the throughput of one draft at a time on a CPU.
        Each draft's `timings.generate` is the whole call's time, `timings.batch` its size.
        """
        prepared = [
            self._prepare(
                r.request,
                r.department,
                r.k,
                r.filters,
                r.max_new_tokens,
                r.retrieval,
                r.adapter,
                r.style_prompt,
            )
            for r in requests
        ]
        if not prepared:
            return []
        t = time.perf_counter()
        results = self.generator.generate(
            [GenerationRequest(p.messages, adapter=p.adapter, max_new_tokens=p.max_new) for p in prepared]
        )
        seconds = time.perf_counter() - t
        drafts = []
        for prep, result in zip(prepared, results, strict=True):
            prep.timings.generate = seconds
            prep.timings.batch = len(prepared)
            drafts.append(self._finish(prep, result))
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
        structured = structured_options(schema, mechanism, 0, (), None)
        max_new = self._structured_budget(structured, max_new_tokens) if structured else None
        max_new = max_new or max_new_tokens or self.max_new_tokens
        shell = self.prompt.build(structured.request("") if structured else "", [], department, None)
        used = sum(self._count(m["content"]) + PER_MESSAGE_TOKENS for m in shell)
        return max(self._window(structured is not None) - used - max_new, 0)

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
        structured: Structured | None = None,
    ) -> Iterator[str | Draft]:
        prep = self._prepare(
            request, department, k, filters, max_new_tokens, retrieval, use_adapter, style_prompt, structured
        )
        if structured is not None:
            yield from self._run_structured(structured, prep, streaming)
            return

        # generate
        t = time.perf_counter()
        gen_request = GenerationRequest(prep.messages, adapter=prep.adapter, max_new_tokens=prep.max_new)
        result: GenerationResult | None = None
        if streaming and isinstance(self.generator, StreamingGenerator):
            for piece in self.generator.stream(gen_request):
                if isinstance(piece, GenerationResult):
                    result = piece
                else:
                    if prep.timings.first_token is None:
                        prep.timings.first_token = time.perf_counter() - prep.t_start
                    yield piece
        else:
            (result,) = self.generator.generate([gen_request])
            if streaming:
                prep.timings.first_token = time.perf_counter() - prep.t_start
                yield result.text
        assert result is not None
        prep.timings.generate = time.perf_counter() - t
        yield self._finish(prep, result)

    def _prepare(
        self,
        request: str,
        department: str,
        k: int | None,
        filters: Filters | None,
        max_new_tokens: int | None,
        retrieval: bool,
        use_adapter: bool,
        style_prompt: bool,
        structured: Structured | None = None,
    ) -> _Prepared:
        """Retrieve and build the prompt: everything before the generator runs."""
        t_start = time.perf_counter()
        timings = Timings()
        if not isinstance(request, str) or not request.strip():
            raise RequestError("the request is empty: say what to draft, e.g. 'Announce the Atlas desk price change'")
        max_new = max_new_tokens or self.max_new_tokens
        if structured is not None:
            max_new = self._structured_budget(structured, max_new_tokens)
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
        if structured is None:
            messages, shown, originals, trimmed = self._prompt(request, department, found, guide, max_new, notes)
        else:
            few_shot = structured.example_turns(self.prompt, department, guide)
            reserve = sum(self._count(m["content"]) + PER_MESSAGE_TOKENS for m in few_shot)
            messages, shown, originals, trimmed = self._prompt(
                structured.request(request), department, found, guide, max_new + reserve, notes, structured=True
            )
            messages = [messages[0], *few_shot, *messages[1:]]
        timings.prompt = time.perf_counter() - t
        return _Prepared(
            request,
            department,
            adapter_name,
            messages,
            shown,
            originals,
            trimmed,
            notes,
            retrieval,
            guide,
            max_new,
            timings,
            t_start,
        )

    def _finish(self, prep: _Prepared, result: GenerationResult) -> Draft:
        """Validate a free-text reply: resolve citations, attribute, flag unsupported claims."""
        t = time.perf_counter()
        text, citations, removed = check_citations(result.text, prep.originals)
        if self.attribute_citations:
            text, added = attribute(text, prep.originals)
            citations = sorted([*citations, *added], key=lambda c: text.find(c.sentence))
        claims = unsupported_claims(text, Evidence.of([p.text for p in prep.shown] + [prep.request]))
        prep.timings.validate_ = time.perf_counter() - t
        if result.finish_reason == "length":
            prep.notes.append(f"the draft hit max_new_tokens ({prep.max_new}) and may end mid-sentence")
        prep.timings.total = time.perf_counter() - prep.t_start
        return _assemble(
            result,
            text,
            prep.request,
            prep.department,
            citations,
            prep.shown,
            claims,
            removed,
            prep.trimmed,
            prep.notes,
            prep.retrieval,
            prep.guide,
            prep.timings,
        )

    def _count(self, text: str) -> int:
        if isinstance(self.generator, TokenCounter):
            return self.generator.count_tokens(text)
        return _estimate_tokens(text)

    def _window(self, structured: bool = False) -> int:
        if isinstance(self.generator, TokenCounter):
            # A schema's token bound is a worst case, far above a typical object: let it
            # use the model's whole window rather than the drafting budget.
            window = self.generator.context_window
            return window if structured else min(self.context_tokens, window)
        return self.context_tokens

    def _structured_budget(self, structured: Structured, asked: int | None) -> int:
        """max_new_tokens for a schema: under a grammar, at least the longest valid object."""
        from hybrid.structured.bounds import largest_field, token_bound

        json_schema = structured.schema.model_json_schema()
        bound = token_bound(json_schema)  # refuses unbounded schemas, naming the field
        if structured.mechanism != "constrained":
            return asked or self.max_new_tokens
        if asked is not None and asked < bound:
            name, size = largest_field(json_schema)
            raise SchemaError(
                f"{structured.schema.__name__} allows objects of up to {bound} tokens ({name}: {size}), so "
                f"max_new_tokens={asked} could cut a valid object off: raise it, or lower {name}'s max_length"
            )
        if not (isinstance(self.generator, SchemaConstrained) and self.generator.supports_json_schema):
            raise SchemaError(
                f"{type(self.generator).__name__} cannot constrain decoding to a schema; "
                "use mechanism='repair' (generate, validate, retry)"
            )
        return asked or bound

    def _run_structured(self, structured: Structured, prep: _Prepared, streaming: bool) -> Iterator[str | Draft]:
        from hybrid.structured.repair import generate_valid

        t = time.perf_counter()
        json_schema = structured.grammar_schema() if structured.mechanism == "constrained" else None
        window = self._window(structured=True)
        attempts = generate_valid(
            lambda r: self.generator.generate([r])[0],
            GenerationRequest(
                prep.messages,
                adapter=prep.adapter,
                max_new_tokens=prep.max_new,
                json_schema=json_schema,
                repetition_penalty=1.0,
            ),
            structured.schema,
            retries=structured.retries,
            context=structured.context,
            pinned=structured.pinned,
            fits=lambda ms: sum(self._count(m["content"]) + PER_MESSAGE_TOKENS for m in ms) + prep.max_new <= window,
        )
        prep.timings.generate = time.perf_counter() - t
        result = attempts.result
        assert result is not None
        if streaming:
            prep.timings.first_token = time.perf_counter() - prep.t_start
            yield result.text
        t = time.perf_counter()
        # The JSON is returned as generated: markers are resolved and bad ones reported,
        # but nothing is edited inside it.
        _, citations, removed = check_citations(result.text, prep.originals)
        claims = unsupported_claims(result.text, Evidence.of([p.text for p in prep.shown] + [prep.request]))
        prep.timings.validate_ = time.perf_counter() - t
        if attempts.stopped:
            prep.notes.append(attempts.stopped)
        prep.timings.total = time.perf_counter() - prep.t_start
        draft = _assemble(
            result,
            result.text,
            prep.request,
            prep.department,
            citations,
            prep.shown,
            claims,
            removed,
            prep.trimmed,
            prep.notes,
            prep.retrieval,
            prep.guide,
            prep.timings,
            completion_tokens=attempts.completion_tokens,
            data=attempts.outcome.value,
            structured=StructuredReport(
                schema_name=structured.schema.__name__,
                mechanism=structured.mechanism,
                attempts=len(attempts.history) + (1 if attempts.outcome.ok else 0),
                retries_used=len(attempts.history) if attempts.outcome.ok else max(len(attempts.history) - 1, 0),
                max_new_tokens=prep.max_new,
                failed=[FailedAttempt(text=text, errors=errors) for text, errors in attempts.history],
            ),
        )
        if not attempts.outcome.ok:
            last = "; ".join(attempts.history[-1][1])
            raise StructuredOutputError(
                f"no valid {structured.schema.__name__} after {len(attempts.history)} attempt(s) "
                f"({structured.mechanism}): {last}. The raw replies are on the error's .attempts",
                attempts.history,
                draft,
            )
        yield draft

    def _prompt(
        self,
        request: str,
        department: str,
        found: Sequence[Passage],
        guide: str | None,
        max_new: int,
        notes: list[str],
        structured: bool = False,
    ) -> tuple[list[dict[str, str]], list[Passage], list[Passage], list[Trim]]:
        """Messages, the passages as shown, the same passages unaltered, and what was cut."""
        window = self._window(structured)
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
