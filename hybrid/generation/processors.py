"""The logits processors a group of rows decodes under: the one place they are built.

Both local backends (transformers and llama.cpp) decode under the same processors, so a
grammar, a copy lock or an n-gram block means the same thing whichever runs the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hybrid.types import GenerationRequest


class RowProcessors:
    """Builds each call's processors for one tokenizer; the JSON grammars are compiled once."""

    def __init__(self, tokenizer: Any, vocab_size: int, no_repeat_ngram_size: int = 0) -> None:
        self.tokenizer = tokenizer
        self.vocab_size = vocab_size
        self.no_repeat_ngram_size = no_repeat_ngram_size
        self._grammars: Any = None

    def build(self, requests: Sequence[GenerationRequest], given: Sequence[Any] | None = None) -> Any:
        """Every logits processor for one group of rows.

        Row i of the scores a processor sees is `requests[i]`. A per-row processor (one
        reading a `GenerationRequest` field) goes here, after the caller's own and the
        grammar; `group_rows` must split rows only if the processor cannot mix them."""
        from transformers import LogitsProcessorList

        processors = list(given or [])
        if requests[0].json_schema is not None:
            processors.append(self.grammars().processor([r.json_schema for r in requests]))
        sizes = [self.ngram_size(r) for r in requests]
        if any(sizes):
            from hybrid.generation.local.repetition import GeneratedNGramBlock

            processors.append(GeneratedNGramBlock(sizes))
        if any(r.frequency_penalty or r.presence_penalty for r in requests):
            from hybrid.generation.local.repetition import OpenAIPenalties

            processors.append(OpenAIPenalties([(r.frequency_penalty, r.presence_penalty) for r in requests]))
        if any(r.locked_figures is not None for r in requests):
            from hybrid.generation.copylock import CopyLock

            # Per row: a locked row writes only its own figures, an unlocked one is untouched.
            processors.append(CopyLock(self.tokenizer, [r.locked_figures for r in requests]))
        if any(r.locked_names is not None for r in requests):
            from hybrid.generation.namelock import NameLock

            processors.append(NameLock(self.tokenizer, [r.locked_names for r in requests]))
        return LogitsProcessorList(processors)

    def ngram_size(self, r: GenerationRequest) -> int:
        if r.no_repeat_ngram_size is not None:
            return r.no_repeat_ngram_size
        # JSON repeats keys and quotes by design; a raw completion is the client's to shape.
        return self.no_repeat_ngram_size if r.json_schema is None and r.prompt is None else 0

    def grammars(self) -> Any:
        if self._grammars is None:
            from hybrid.structured.grammar import JsonGrammars

            self._grammars = JsonGrammars(self.tokenizer, self.vocab_size)
        return self._grammars
