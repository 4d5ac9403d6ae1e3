"""Constrained decoding: a JSON schema becomes a grammar that masks the logits.

Built on xgrammar, chosen by measurement (see `benchmarks/constrained_libraries.py`
and the README). A schema is compiled once per tokenizer and cached; every generate
call gets fresh matchers, one per row, so rows of a batch may follow different schemas.

xgrammar's JSON strings admit raw control characters (U+0000-U+001F), which strict JSON
parsers reject; a random-weights test caught it. The compact layout never needs one, so
tokens that contain one are masked as well.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any

from hybrid.structured.bounds import SchemaError, token_bound

# The schema of "any JSON object" (OpenAI's response_format json_object). It is the one
# unbounded schema compiled: `token_bound` refuses it, so a client cannot send it as a
# json_schema, and the reply is only as long as its max_tokens lets it be.
ANY_OBJECT: dict[str, Any] = {"type": "object", "additionalProperties": True}


class JsonGrammars:
    """Compiles JSON schemas for one tokenizer and hands out logits processors."""

    def __init__(self, tokenizer: Any, vocab_size: int | None = None) -> None:
        self.tokenizer = tokenizer
        self.vocab_size = vocab_size
        self._compiler: Any = None
        self._cache: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._banned: Any = None  # ids of tokens holding a control character, found once

    def compile(self, schema: dict[str, Any]) -> Any:
        """The compiled grammar of `schema`; unbounded or unsupported schemas raise `SchemaError`."""
        key = json.dumps(schema)  # not sorted: property order is the output's order
        with self._lock:
            if key in self._cache:
                return self._cache[key]
            if schema != ANY_OBJECT:
                token_bound(schema)  # names the unbounded or unsupported field first
            import xgrammar as xgr

            if self._compiler is None:
                info = xgr.TokenizerInfo.from_huggingface(self.tokenizer, vocab_size=self.vocab_size)
                self._compiler = xgr.GrammarCompiler(info)
            try:
                # One line, ", " and ": ": the layout adapters are trained on.
                compiled = self._compiler.compile_json_schema(key, any_whitespace=False, strict_mode=True)
            except RuntimeError as exc:
                detail = str(exc).strip().splitlines()[-1].split(": ", 1)[-1]
                raise SchemaError(f"the schema cannot be compiled to a grammar: {detail}") from None
            self._cache[key] = compiled
            return compiled

    def processor(self, schemas: Sequence[dict[str, Any]]) -> Any:
        """A fresh `transformers` logits processor, one grammar per batch row."""
        import xgrammar as xgr

        grammar = xgr.contrib.hf.LogitsProcessor([self.compile(s) for s in schemas])
        banned = self._control_tokens()

        def process(input_ids: Any, scores: Any) -> Any:
            scores = grammar(input_ids, scores)
            scores[:, banned] = float("-inf")
            return scores

        return process

    def _control_tokens(self) -> Any:
        import torch

        with self._lock:
            if self._banned is None:
                ids = [
                    i
                    for i in range(len(self.tokenizer))
                    if i not in self.tokenizer.all_special_ids
                    and any(ord(c) < 0x20 for c in self.tokenizer.decode([i]))
                ]
                self._banned = torch.tensor(ids, dtype=torch.long)
            return self._banned
