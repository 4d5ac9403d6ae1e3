"""The llama.cpp generator (`generation.backend = "llamacpp"`): the bundled base's own
quantised GGUF, each request's adapter applied as a GGUF LoRA.

Why it exists beside the transformers path: on a CPU, decode is bound by reading the
weights, and the Q4_1 GGUF is about a quarter of the bf16 bytes; llama.cpp's kernels run
at that size (benchmarks/llamacpp.py measures both). What it costs: rows run one at a time
(llama.cpp applies adapters per context, not per row, so there are no mixed-adapter
batches), and building llama-cpp-python from source takes minutes (`make install-llamacpp`).

Decoding runs under the same logits processors as the transformers path
(`hybrid.generation.processors`), so grammars, copy and name locks hold here too.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hybrid.errors import ConfigError, HybridError
from hybrid.generation.llamacpp.lora_gguf import BaseShape
from hybrid.generation.llamacpp.runtime import AdapterSet, LlamaRuntime
from hybrid.generation.processors import RowProcessors
from hybrid.generation.stops import until_stop
from hybrid.style.adapter_store import AdapterError, AdapterRegistry, Composite
from hybrid.types import BASE, RANDOM_SEED, GenerationRequest, GenerationResult, TokenLogprob


class LlamaCppGenerator:
    """Implements `hybrid.protocols.Generator` (and streaming, JSON schemas, scoring) on llama.cpp."""

    supports_json_schema = True

    def __init__(
        self,
        base: str,
        cache_dir: Path,
        registry: AdapterRegistry,
        max_loaded: int = 8,
        repetition_penalty: float = 1.0,
        no_repeat_ngram_size: int = 0,
        n_threads: int | None = None,
    ) -> None:
        self.base = base
        self.cache_dir = Path(cache_dir)
        self.registry = registry
        self.max_loaded = max_loaded
        self.repetition_penalty = repetition_penalty
        self.no_repeat_ngram_size = no_repeat_ngram_size
        self.n_threads = n_threads
        self.tokenizer: Any = None
        self.files: Any = None
        self.gguf: Path | None = None
        self._runtime: LlamaRuntime | None = None
        self._shape: BaseShape | None = None
        self._processors: RowProcessors | None = None
        self._eos: set[int] = set()
        self._resident: OrderedDict[Path, None] = OrderedDict()
        self._lock = threading.RLock()

    # -- loading ---------------------------------------------------------------
    def warm_up(self) -> None:
        with self._lock:
            if self._runtime is not None:
                return
            from transformers import AutoTokenizer, GenerationConfig

            from hybrid.model_files import bundled_generator, prepare_generator

            bundled = bundled_generator(self.base)
            if bundled is None:
                raise ConfigError(
                    f"generation.backend = 'llamacpp' runs a bundled GGUF base, and models.generator = {self.base!r} "
                    "is not one: use generation.backend = 'local' for other models"
                )
            # The dequantised folder gives the tokenizer, its chat template and the weights'
            # fingerprint, which adapters were trained against; the GGUF is what runs.
            self.files = prepare_generator(self.base, self.cache_dir)
            self.gguf = self.files.gguf
            tok = AutoTokenizer.from_pretrained(self.files.path)
            if tok.pad_token_id is None:
                tok.pad_token = tok.eos_token
            eos = GenerationConfig.from_pretrained(self.files.path).eos_token_id
            self._eos = {tok.eos_token_id, *([] if eos is None else [eos] if isinstance(eos, int) else eos)}
            assert self.gguf is not None  # a bundled generator always has its GGUF
            runtime = LlamaRuntime(self.gguf, n_threads=self.n_threads)
            self._shape = BaseShape.from_metadata(runtime.llm.metadata)
            self.tokenizer = tok
            self._processors = RowProcessors(tok, runtime.n_vocab, self.no_repeat_ngram_size)
            self._runtime = runtime

    @property
    def runtime(self) -> LlamaRuntime:
        self.warm_up()
        assert self._runtime is not None
        return self._runtime

    @property
    def base_fingerprint(self) -> str:
        self.warm_up()
        return str(self.files.fingerprint)

    @property
    def context_window(self) -> int:
        return self.runtime.n_ctx

    def count_tokens(self, text: str) -> int:
        self.warm_up()
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def loaded_adapters(self) -> list[str]:
        return [p.name for p in self._resident]

    def adapter_set(self, name: str, weight: float = 1.0) -> tuple[AdapterSet, str | None]:
        """The GGUF LoRA files (with scales) that speak for `name`, and its version."""
        from hybrid.generation.llamacpp.lora_gguf import converted

        self.warm_up()
        if name == BASE:
            return (), None
        composites = self.registry.composites()
        if name in composites:
            return self._composite(name, composites[name], weight), "composite"
        ref = self.registry.resolve(name)
        if ref.manifest.base_fingerprint != self.files.fingerprint:
            raise AdapterError(
                f"adapter {ref.name} {ref.version} was trained on base {ref.manifest.base_model!r}, not on the "
                f"loaded {self.files.model_id!r}: retrain it with `hybrid adapters train {ref.name}`"
            )
        assert self._shape is not None
        path = converted(ref.path, self._shape, self.cache_dir / "gguf-lora", ref.key)
        self._keep(path)
        return ((path, weight),), ref.version

    def _composite(self, name: str, comp: Composite, weight: float) -> AdapterSet:
        # PEFT's "cat" blend is the weighted sum of its parts' B·A, which is what llama.cpp
        # computes when given several adapters with scales; the other blends are not.
        if comp.combination != "cat":
            raise AdapterError(
                f"composite {name!r} uses combination {comp.combination!r}; the llamacpp backend applies only 'cat' "
                "blends (a weighted sum of adapters): use generation.backend = 'local' for it"
            )
        parts: list[tuple[Path, float]] = []
        for part, w in comp.adapters.items():
            parts += self.adapter_set(part, weight * w)[0]
        return tuple(parts)

    def _keep(self, path: Path) -> None:
        self._resident[path] = None
        self._resident.move_to_end(path)
        while len(self._resident) > self.max_loaded:
            old, _ = self._resident.popitem(last=False)
            self.runtime.forget(old)

    # -- generating ------------------------------------------------------------
    def generate(
        self,
        requests: Sequence[GenerationRequest],
        do_sample: bool = False,
        temperature: float = 0.7,
        seed: int | None = None,
        **generate_kwargs: Any,
    ) -> list[GenerationResult]:
        """One result per request, in order, each decoded on its own (see the module doc);
        `generate_kwargs` as `_keywords` says."""
        given, least = _keywords(generate_kwargs)
        results = []
        for r in requests:
            *_, result = self._decode(r, do_sample, temperature, seed, given, least)
            assert isinstance(result, GenerationResult)
            results.append(result)
        return results

    def stream(self, request: GenerationRequest, **generate_kwargs: Any) -> Iterator[str | GenerationResult]:
        """Yield text pieces as they are decoded, then the `GenerationResult`. Closing the
        iterator early stops the decode and frees the model."""
        self.warm_up()
        return until_stop(self._pieces(request, *_keywords(generate_kwargs)), request.stop)

    def _pieces(self, request: GenerationRequest, given: Any, least: int) -> Iterator[str | GenerationResult]:
        new: list[int] = []
        shown = ""
        for item in self._decode(request, False, 0.7, None, given, least):
            if isinstance(item, GenerationResult):
                yield item
                return
            new.append(item)
            text = self.tokenizer.decode(new, skip_special_tokens=True)
            # A token can end mid-character; wait for the rest before showing it.
            if len(text) > len(shown) and not text.endswith("\ufffd"):
                yield text[len(shown) :]
                shown = text

    def _decode(
        self, r: GenerationRequest, do_sample: bool, temperature: float, seed: int | None, given: Any, least: int = 0
    ) -> Iterator[int | GenerationResult]:
        """Yield each new token id, then the row's `GenerationResult`."""
        import torch

        from hybrid.generation.local.decode import prompt_text

        self.warm_up()
        assert self._processors is not None
        ids = self.tokenizer(prompt_text(self.tokenizer, r), add_special_tokens=False)["input_ids"]
        runtime = self.runtime
        if len(ids) + r.max_new_tokens > runtime.n_ctx:
            raise HybridError(
                f"prompt of {len(ids)} tokens + {r.max_new_tokens} new tokens exceeds the {runtime.n_ctx}-token window"
            )
        processors = self._row_processors(r, given)
        sample = _Sampler(r, do_sample, temperature, seed)
        new: list[int] = []
        logprobs: list[TokenLogprob] = []
        finish = "length"
        with self._lock:
            adapters, version = self.adapter_set(r.adapter)
            t0 = time.perf_counter()
            runtime.use(adapters)
            logits = runtime.prefill(ids)
            while len(new) < r.max_new_tokens:
                scores = processors(torch.tensor([ids + new]), logits.unsqueeze(0).clone())
                if len(new) < least:
                    scores[0, list(self._eos)] = float("-inf")
                token = sample(scores[0])
                if r.logprobs is not None:
                    logprobs.append(self._logprob(logits, token, r.logprobs))
                if token in self._eos:
                    finish = "stop"
                    break
                new.append(token)
                yield token
                if r.stop and _stopped(self.tokenizer.decode(new, skip_special_tokens=True), r.stop):
                    finish = "stop"
                    break
                if len(new) < r.max_new_tokens:
                    logits = runtime.step(token)
            seconds = time.perf_counter() - t0
        text = self.tokenizer.decode(new, skip_special_tokens=True).strip()
        cut = _stopped(text, r.stop or [])
        yield GenerationResult(
            text=text if cut is None else text[:cut].strip(),
            adapter=r.adapter,
            adapter_version=version,
            prompt_tokens=len(ids),
            completion_tokens=len(new),
            seconds=seconds,
            finish_reason=finish,
            token_ids=new,
            logprobs=logprobs[: len(new)] if r.logprobs is not None else None,
        )

    def _row_processors(self, r: GenerationRequest, given: Any) -> Any:
        from transformers import RepetitionPenaltyLogitsProcessor

        assert self._processors is not None
        processors = self._processors.build([r], given)
        penalty = self.repetition_penalty if r.repetition_penalty is None else r.repetition_penalty
        if penalty != 1.0:
            # transformers puts its own penalty first, ahead of the caller's processors.
            processors.insert(0, RepetitionPenaltyLogitsProcessor(penalty))
        return processors

    def _logprob(self, logits: Any, token: int, top: int) -> TokenLogprob:
        import torch

        logp = torch.log_softmax(logits, dim=-1)
        alternatives = tuple(
            (self.tokenizer.decode([t]), float(logp[t])) for t in torch.topk(logp, top).indices.tolist()
        )
        return TokenLogprob(self.tokenizer.decode([token]), float(logp[token]), alternatives if top else ())

    # -- scoring ---------------------------------------------------------------
    def loss(self, messages: list[dict[str, str]], response: str, adapter: str = BASE) -> float:
        return self.losses([(messages, response)], adapter)[0]

    def losses(
        self, pairs: Sequence[tuple[list[dict[str, str]], str]], adapter: str = BASE, batch_size: int = 8
    ) -> list[float]:
        """Mean token loss of each response, tokenised as training does (`encode_pair`), so
        the figures compare with the transformers path's `losses`."""
        import torch

        from hybrid.style.encoding import encode_pair

        self.warm_up()
        out = []
        with self._lock:
            self.runtime.use(self.adapter_set(adapter)[0])
            for messages, response in pairs:
                e = encode_pair(self.tokenizer, messages, response)
                logits = self.runtime.all_logits(e.input_ids)
                start, end = e.prompt_tokens, len(e.input_ids)
                target = torch.tensor(e.input_ids[start:end])
                out.append(float(torch.nn.functional.cross_entropy(logits[start - 1 : end - 1], target)))
        return out


def _keywords(kwargs: dict[str, Any]) -> tuple[Any, int]:
    """The transformers `generate` keywords this backend honours: `logits_processor`
    (applied before our own, as there) and `min_new_tokens` (no end of text before that
    many tokens, so benchmarks compare equal work). Others are refused by name."""
    rest = dict(kwargs)
    given = rest.pop("logits_processor", None)
    least = int(rest.pop("min_new_tokens", 0))
    if rest:
        raise HybridError(f"the llamacpp backend does not take {', '.join(sorted(rest))}")
    return given, least


def _stopped(text: str, stops: Sequence[str]) -> int | None:
    """Where the first stop string starts in `text`, if one does."""
    return min((at for s in stops if (at := text.find(s)) >= 0), default=None)


class _Sampler:
    """Greedy, or the row's temperature and top_p with its own seeded draws."""

    def __init__(self, r: GenerationRequest, do_sample: bool, temperature: float, seed: int | None) -> None:
        import torch

        self.temperature = r.temperature if r.temperature is not None else temperature if do_sample else None
        self.top_p = r.top_p
        self.draws: Any = None
        if self.temperature is not None:
            row = r.seed
            chosen = row if isinstance(row, int) else secrets.randbits(63) if row == RANDOM_SEED else (seed or 0)
            self.draws = torch.Generator().manual_seed(chosen)

    def __call__(self, scores: Any) -> int:
        import torch

        if self.temperature is None or self.temperature == 0:
            return int(torch.argmax(scores))
        probs = torch.softmax(scores / self.temperature, dim=-1)
        if self.top_p is not None and self.top_p < 1:
            ordered, order = torch.sort(probs, descending=True)
            # Keep the smallest set whose mass reaches top_p (at least the likeliest token).
            drop = torch.cumsum(ordered, dim=-1) - ordered >= self.top_p
            ordered[drop] = 0
            probs = torch.zeros_like(probs).scatter_(0, order, ordered)
        return int(torch.multinomial(probs, 1, generator=self.draws))
