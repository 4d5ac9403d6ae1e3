"""Batched decoding on the local base: group rows, encode, generate, decode; and streaming.

One `model.generate` call serves every row of a group, each row in its own adapter
(`AdapterCache.route`). Rows that cannot share a call (see `group_rows`) go in calls of
their own, and their results come back in request order.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from hybrid.errors import HybridError
from hybrid.generation.local.adapters import AdapterCache
from hybrid.generation.processors import RowProcessors
from hybrid.prompts import render_chat
from hybrid.types import RANDOM_SEED, GenerationRequest, GenerationResult, TokenLogprob

# What one generate call applies to all its rows (see `group_key`).
GroupKey = tuple[Any, ...]


@dataclass(frozen=True)
class Sampling:
    """How the next token is picked, for every row of one call."""

    do_sample: bool = False
    temperature: float = 0.7
    seed: int | None = None

    def for_temperature(self, temperature: float | None) -> Sampling:
        """A row's own temperature samples, with a fixed seed so runs repeat."""
        if temperature is None:
            return self
        return replace(self, do_sample=True, temperature=temperature, seed=0 if self.seed is None else self.seed)


def group_rows(requests: Sequence[GenerationRequest]) -> dict[GroupKey, list[int]]:
    """Row indices that may share one generate call.

    A grammar masks every row of a batch, and a penalty, temperature, top_p or stop string
    applies to every row: rows that differ in any go in calls of their own."""
    groups: dict[GroupKey, list[int]] = {}
    for i, r in enumerate(requests):
        groups.setdefault(group_key(i, r), []).append(i)
    return groups


def group_key(i: int, r: GenerationRequest) -> GroupKey:
    """What row `i` shares with every row of its call.

    A seeded row is alone in its call: torch draws for all rows of a call from one
    stream, so a neighbour would change its text. Logprobs keep every step's logits,
    which only the rows that asked should pay for."""
    seeded = isinstance(r.seed, int) and r.temperature is not None
    return (
        r.json_schema is not None,
        r.repetition_penalty,
        r.temperature,
        r.top_p,
        tuple(sorted(set(r.stop or ()))),
        ("row", i) if seeded else r.seed == RANDOM_SEED,
        r.logprobs is not None,
    )


def prompt_text(tokenizer: Any, request: GenerationRequest) -> str:
    """The raw prompt, or the messages under the chat template, ready for the answer."""
    if request.prompt is not None:
        return request.prompt
    return render_chat(tokenizer, request.messages)


class Decoder:
    """Generates for groups of rows on the cache's model, serialised by `lock`."""

    def __init__(
        self,
        tokenizer: Any,
        adapters: AdapterCache,
        lock: threading.RLock,
        device: str,
        repetition_penalty: float,
        no_repeat_ngram_size: int = 0,
    ) -> None:
        self.tokenizer = tokenizer
        self.adapters = adapters
        self.lock = lock
        self.device = device
        self.repetition_penalty = repetition_penalty
        self.no_repeat_ngram_size = no_repeat_ngram_size
        self._processors: RowProcessors | None = None

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: Sampling, extra: dict[str, Any]
    ) -> list[GenerationResult]:
        """One result per request, in order; `extra` goes to `model.generate`."""
        if not requests:
            return []
        groups = group_rows(requests)
        if len(groups) == 1:
            return self._generate_group(requests, sampling, extra)
        results: dict[int, GenerationResult] = {}
        for rows in groups.values():
            batch = [requests[i] for i in rows]
            results.update(zip(rows, self._generate_group(batch, sampling, extra), strict=True))
        return [results[i] for i in range(len(requests))]

    def _generate_group(
        self, requests: Sequence[GenerationRequest], sampling: Sampling, extra: dict[str, Any]
    ) -> list[GenerationResult]:
        import torch

        sampling = sampling.for_temperature(requests[0].temperature)
        with self.lock:
            keys = [self.adapters.load_adapter(r.adapter) for r in requests]
            enc = self._encode(requests)
            kwargs = self._generate_kwargs(requests, sampling, extra)
            routing, context = self.adapters.route([key for key, _ in keys])
            if sampling.do_sample:
                _seed(requests[0].seed, sampling.seed)
            t0 = time.perf_counter()
            with torch.inference_mode(), context:
                out = self.adapters.model.generate(**enc, **kwargs, **routing)
            seconds = time.perf_counter() - t0
        return self._decode_rows(requests, enc, out, [version for _, version in keys], seconds)

    def _encode(self, requests: Sequence[GenerationRequest]) -> Any:
        """Left-padded prompt ids, refused if prompt + answer would overflow the window."""
        prompts = [prompt_text(self.tokenizer, r) for r in requests]
        enc = self.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        limit = getattr(self.adapters.model.config, "max_position_embeddings", None)
        width = enc["input_ids"].shape[1]
        max_new = max(r.max_new_tokens for r in requests)
        if limit and width + max_new > limit:
            raise HybridError(f"prompt of {width} tokens + {max_new} new tokens exceeds the {limit}-token window")
        return enc

    def _generate_kwargs(
        self, requests: Sequence[GenerationRequest], sampling: Sampling, extra: dict[str, Any]
    ) -> dict[str, Any]:
        penalty = requests[0].repetition_penalty
        kwargs: dict[str, Any] = {
            "max_new_tokens": max(r.max_new_tokens for r in requests),
            "do_sample": sampling.do_sample,
            "pad_token_id": self.tokenizer.pad_token_id,
            "repetition_penalty": self.repetition_penalty if penalty is None else penalty,
            **extra,
        }
        stops = sorted({s for r in requests for s in r.stop or ()})
        if stops:
            # transformers stops each row on its own once it writes one of these.
            kwargs.update(stop_strings=stops, tokenizer=self.tokenizer)
        kwargs["logits_processor"] = self.logits_processors(requests, extra.get("logits_processor"))
        if sampling.do_sample:
            kwargs["temperature"] = sampling.temperature
            if requests[0].top_p is not None:
                kwargs["top_p"] = requests[0].top_p
        if requests[0].logprobs is not None:
            kwargs.update(return_dict_in_generate=True, output_logits=True)
        return kwargs

    def logits_processors(self, requests: Sequence[GenerationRequest], given: Sequence[Any] | None) -> Any:
        """Every logits processor for one group of rows (`RowProcessors.build`)."""
        if self._processors is None:
            vocab = self.adapters.model.config.vocab_size
            self._processors = RowProcessors(self.tokenizer, vocab, self.no_repeat_ngram_size)
        return self._processors.build(requests, given)

    def _decode_rows(
        self,
        requests: Sequence[GenerationRequest],
        enc: Any,
        out: Any,
        versions: Sequence[str | None],
        seconds: float,
    ) -> list[GenerationResult]:
        width = enc["input_ids"].shape[1]
        eos, pad = self.tokenizer.eos_token_id, self.tokenizer.pad_token_id
        # With logprobs asked, generate returns its dict: the ids and every step's logits.
        logits = getattr(out, "logits", None)
        out = getattr(out, "sequences", out)
        results = []
        for i, r in enumerate(requests):
            new = out[i, width:].tolist()[: r.max_new_tokens]
            finish = "length"
            if eos in new:
                new = new[: new.index(eos)]
                finish = "stop"
            while new and new[-1] == pad:
                new.pop()
            text = self.tokenizer.decode(new, skip_special_tokens=True).lstrip()
            cut = min((at for s in r.stop or () if (at := text.find(s)) >= 0), default=-1)
            if cut >= 0:
                text, finish = text[:cut], "stop"
            results.append(
                GenerationResult(
                    text=text.strip(),
                    adapter=r.adapter,
                    adapter_version=versions[i],
                    prompt_tokens=int(enc["attention_mask"][i].sum()),
                    completion_tokens=len(new),
                    seconds=seconds,
                    finish_reason=finish,
                    token_ids=new,
                    logprobs=None if logits is None or r.logprobs is None else self._logprobs(logits, i, new, r),
                )
            )
        return results

    def _logprobs(self, logits: Any, row: int, new: list[int], r: GenerationRequest) -> list[TokenLogprob]:
        """The model's own log-probabilities (before temperature, top_p or a grammar) of
        each returned token of `row`, with its `r.logprobs` likeliest alternatives.

        A stop string cut from the text drops the tokens that wrote it, so the entries
        are those of the tokens whose text was returned."""
        import torch

        decode = self.tokenizer.decode
        entries = []
        for step, token in enumerate(new):
            logp = torch.log_softmax(logits[step][row].float(), dim=-1)
            top = torch.topk(logp, r.logprobs).indices.tolist() if r.logprobs else []
            alternatives = tuple((decode([t]), float(logp[t])) for t in top)
            entries.append(TokenLogprob(decode([token]), float(logp[token]), alternatives))
        if r.stop:
            kept = self.tokenizer.decode(new, skip_special_tokens=True)
            cut = min((at for s in r.stop if (at := kept.find(s)) >= 0), default=-1)
            if cut >= 0:
                written = 0
                while written < len(new) and len(decode(new[: written + 1], skip_special_tokens=True)) <= cut:
                    written += 1
                entries = entries[:written]
        return entries


def _seed(row_seed: int | str | None, default: int | None) -> None:
    """Seed torch's draws for one sampled call: the row's own seed, a fresh one, or the call's."""
    import secrets

    import torch

    if isinstance(row_seed, int):
        torch.manual_seed(row_seed)
    elif row_seed == RANDOM_SEED:
        torch.manual_seed(secrets.randbits(63))
    elif default is not None:
        torch.manual_seed(default)


def stream_tokens(
    tokenizer: Any, run: Callable[[dict[str, Any]], GenerationResult]
) -> Iterator[str | GenerationResult]:
    """Call `run(streaming kwargs)` on a thread; yield text pieces as they decode, then its result.

    Closing the iterator early (a client that went away) stops the decode at the next
    token, which frees the model for the next caller."""
    from transformers import StoppingCriteriaList, TextIteratorStreamer

    stop = threading.Event()
    streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = run(
                {"streamer": streamer, "stopping_criteria": StoppingCriteriaList([_cancel_on(stop)])}
            )
        except BaseException as exc:  # handed to the consumer below
            outcome["error"] = exc
            streamer.end()

    worker = threading.Thread(target=work, name="hybrid-generate", daemon=True)
    worker.start()
    try:
        for piece in streamer:
            if piece:
                yield piece
    finally:
        stop.set()
        worker.join()
    if "error" in outcome:
        raise outcome["error"]
    yield outcome["result"]


def _cancel_on(stop: threading.Event) -> Any:
    """A stopping criterion that ends every row once `stop` is set."""
    import torch
    from transformers import StoppingCriteria

    class Cancelled(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool, device=input_ids.device)

    return Cancelled()
