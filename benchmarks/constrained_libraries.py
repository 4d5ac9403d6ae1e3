"""Which constrained-decoding library to build on: measured, not guessed.

Runs the bundled SmolLM2-135M (no adapter) on held-out changelog PRs, once without
constraints and once through each library's JSON-schema logits processor for
`ChangelogEntry`, and prints per library: schema compile time, latency per entry,
decode tokens/s against unconstrained on the same prompts, and the schema-valid rate.

    python benchmarks/constrained_libraries.py [--n 8] [--json]

The libraries are optional: `pip install xgrammar llguidance lm-format-enforcer outlines`
(with `-c constraints.txt`). Ones not installed are reported as such.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _xgrammar(model: Any, tokenizer: Any, schema: str) -> tuple[float, Any]:
    import xgrammar as xgr

    t = time.perf_counter()
    info = xgr.TokenizerInfo.from_huggingface(tokenizer, vocab_size=model.config.vocab_size)
    compiled = xgr.GrammarCompiler(info).compile_json_schema(schema, any_whitespace=False)
    seconds = time.perf_counter() - t
    return seconds, lambda: {"logits_processor": [xgr.contrib.hf.LogitsProcessor(compiled)]}


def _llguidance(model: Any, tokenizer: Any, schema: str) -> tuple[float, Any]:
    import llguidance
    import llguidance.hf
    import llguidance.torch
    from transformers import LogitsProcessor

    t = time.perf_counter()
    lltok = llguidance.hf.from_tokenizer(tokenizer, n_vocab=model.config.vocab_size)
    grammar = llguidance.LLMatcher.grammar_from_json_schema(schema, defaults={"whitespace_flexible": False})
    llguidance.LLMatcher(lltok, grammar)  # compile once, like the others
    seconds = time.perf_counter() - t

    class Processor(LogitsProcessor):
        def __init__(self) -> None:
            self.matcher = llguidance.LLMatcher(lltok, grammar)
            self.mask = llguidance.torch.allocate_token_bitmask(1, model.config.vocab_size)
            self.started = False

        def __call__(self, input_ids: Any, scores: Any) -> Any:
            if self.started:
                self.matcher.consume_token(int(input_ids[0, -1]))
            self.started = True
            llguidance.torch.fill_next_token_bitmask(self.matcher, self.mask, 0)
            llguidance.torch.apply_token_bitmask_inplace(scores, self.mask)
            return scores

    return seconds, lambda: {"logits_processor": [Processor()]}


def _lmfe(model: Any, tokenizer: Any, schema: str) -> tuple[float, Any]:
    from lmformatenforcer import JsonSchemaParser
    from lmformatenforcer.integrations.transformers import (
        build_token_enforcer_tokenizer_data,
        build_transformers_prefix_allowed_tokens_fn,
    )

    t = time.perf_counter()
    data = build_token_enforcer_tokenizer_data(tokenizer)
    JsonSchemaParser(json.loads(schema))
    seconds = time.perf_counter() - t
    return seconds, lambda: {
        "prefix_allowed_tokens_fn": build_transformers_prefix_allowed_tokens_fn(
            data, JsonSchemaParser(json.loads(schema))
        )
    }


def _outlines(model: Any, tokenizer: Any, schema: str) -> tuple[float, Any]:
    import outlines
    from outlines.backends import get_json_schema_logits_processor

    t = time.perf_counter()
    wrapped = outlines.from_transformers(model, tokenizer)
    get_json_schema_logits_processor("outlines_core", wrapped, schema, whitespace_pattern=r"[ ]?")
    seconds = time.perf_counter() - t
    return seconds, lambda: {
        "logits_processor": [
            get_json_schema_logits_processor("outlines_core", wrapped, schema, whitespace_pattern=r"[ ]?")
        ]
    }


LIBRARIES = {"xgrammar": _xgrammar, "llguidance": _llguidance, "lm-format-enforcer": _lmfe, "outlines": _outlines}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=8, help="held-out PRs per library")
    parser.add_argument("--json", action="store_true", help="also print one JSON object as the last line")
    args = parser.parse_args()

    import torch

    from hybrid.changelog import ChangelogEntry, read_labelled, request_text
    from hybrid.settings import load_settings
    from hybrid.structured.prompting import schema_instruction
    from hybrid.structured.validation import validate

    torch.manual_seed(0)
    settings = load_settings()
    from hybrid.registry import build_local_generator

    generator = build_local_generator(settings)
    generator.warm_up()
    model = generator.model.get_base_model() if hasattr(generator.model, "get_base_model") else generator.model
    tok = generator.tokenizer
    schema = json.dumps(ChangelogEntry.model_json_schema())
    cases = read_labelled(ROOT / "corpora/changelog/heldout.jsonl")[: args.n]
    prompts = []
    for case in cases:
        messages = [{"role": "user", "content": request_text(case.pull) + "\n\n" + schema_instruction(ChangelogEntry)}]
        prompts.append(tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True))

    def run(extra: Any) -> dict[str, Any]:
        valid, seconds, tokens, decode = 0, 0.0, 0, 0.0
        for prompt, case in zip(prompts, cases, strict=True):
            enc = tok(prompt, return_tensors="pt", add_special_tokens=False)
            kwargs = extra() if extra else {}
            with torch.inference_mode():
                t = time.perf_counter()
                first = model.generate(**enc, max_new_tokens=1, do_sample=False, pad_token_id=tok.pad_token_id)
                prefill = time.perf_counter() - t
                t = time.perf_counter()
                out = model.generate(
                    **enc, max_new_tokens=160, do_sample=False, pad_token_id=tok.pad_token_id, **kwargs
                )
                took = time.perf_counter() - t
            del first
            new = out[0, enc["input_ids"].shape[1] :]
            text = tok.decode(new, skip_special_tokens=True)
            valid += int(validate(text, ChangelogEntry, {"pr": case.pull.pr}).structurally_valid)
            seconds += took
            tokens += len(new)
            decode += max(took - prefill, 1e-6)
        return {
            "schema_valid_rate": valid / len(cases),
            "seconds_per_entry": seconds / len(cases),
            "tokens_per_entry": tokens / len(cases),
            "decode_tokens_per_s": tokens / decode,
        }

    report: dict[str, Any] = {"model": settings.models.generator, "n": len(cases), "unconstrained": run(None)}
    for name, build in LIBRARIES.items():
        try:
            compile_s, extra = build(model, tok, schema)
        except ImportError as exc:  # not installed, or incompatible with this transformers
            report[name] = {"error": f"cannot import: {exc}"}
            continue
        row = run(extra)
        row["compile_seconds"] = compile_s
        baseline = report["unconstrained"]["decode_tokens_per_s"]
        row["decode_speed_vs_unconstrained"] = row["decode_tokens_per_s"] / baseline
        report[name] = row
    print("| library | compile s | s per entry | decode tok/s | vs unconstrained | schema-valid |")
    print("|---|---|---|---|---|---|")
    for name, row in report.items():
        if not isinstance(row, dict):
            continue
        if "error" in row:
            print(f"| {name} | {row['error']} | | | | |")
            continue
        print(
            f"| {name} | {row.get('compile_seconds', 0):.2f} | {row['seconds_per_entry']:.2f} "
            f"| {row['decode_tokens_per_s']:.1f} | {row.get('decode_speed_vs_unconstrained', 1):.2f}x "
            f"| {row['schema_valid_rate']:.2f} |"
        )
    if args.json:  # one JSON object on the last line
        print(json.dumps(report))


if __name__ == "__main__":
    main()
