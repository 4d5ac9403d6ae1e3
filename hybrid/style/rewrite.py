"""Rewrite examples: the attributed-drafting task, mined from a style corpus.

Attributed drafting (`hybrid.pipeline.stages.attributed`) asks an adapter to restate one
source sentence in voice (`hybrid.prompts.REWRITE`), and to frame a draft with an opening
and a closing that state no facts. The style corpora already hold that task, implicitly:
each response states its context passages in voice, sentence by sentence. This module
aligns each response sentence to the context sentence it states and keeps the pair only
when the attributed stage itself would accept it (`keeps_facts`), so the adapter learns
exactly what drafting will check.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from hybrid.figures import Evidence, fact_spans
from hybrid.pipeline.prose import plain
from hybrid.pipeline.stages.attributed import keeps_facts
from hybrid.pipeline.stages.plan import content_words
from hybrid.prompts import CLOSING, OPENING, REWRITE
from hybrid.style.corpus import ContextPassage, StyleExample
from hybrid.text import MARKER, sentences, strip_markers

# A response line that is a heading, a subject line or a list item is not a sentence in
# voice: the rewrite row must answer with prose.
_NOT_PROSE = re.compile(r"^\s*(?:#|[-*+]\s|\d+[.)]\s|subject:|re:|dear\b)", re.IGNORECASE)


@dataclass(frozen=True)
class _ContextSentence:
    source: str
    text: str  # as the attributed stage shows it: emphasis and bullets removed
    passage: int  # 1-based, the number the response cites it by


def rewrite_pairs(example: StyleExample) -> list[StyleExample]:
    """The faithful (source sentence -> response sentence) restatements in one example."""
    candidates = _context_sentences(example.context)
    out: list[StyleExample] = []
    for raw in sentences(example.response):
        target = _prose(raw)
        if target is None:
            continue
        cited = {int(n) for group in MARKER.findall(raw) for n in re.findall(r"\d+", group)}
        pool = [c for c in candidates if c.passage in cited] or candidates
        best = _best_match(target, pool)
        if best is None or not _acceptable(best.text, target):
            continue
        out.append(
            StyleExample(
                instruction=REWRITE,
                context=[ContextPassage(source=best.source, text=best.text)],
                response=target,
            )
        )
    return out


def frame_examples(example: StyleExample) -> list[StyleExample]:
    """An opening and a closing in voice, from the response's first and last sentences,
    each only if it states no figure and no name (as drafting's frame rows must not)."""
    said = [s for s in sentences(example.response) if s.strip()]
    if len(said) < 2:
        return []
    out: list[StyleExample] = []
    for template, raw in ((OPENING, said[0]), (CLOSING, said[-1])):
        text = _prose(raw)
        if text is None or MARKER.search(raw) or fact_spans(text):
            continue
        out.append(StyleExample(instruction=template.format(request=example.instruction.strip()), response=text))
    return out


def rewrite_examples(examples: Sequence[StyleExample], frames: bool = True) -> list[StyleExample]:
    """Every rewrite pair (and, with `frames`, opening/closing) of `examples`, in corpus order,
    duplicates dropped: the same corpus always gives the same list."""
    seen: set[tuple[str, str, str]] = set()
    out: list[StyleExample] = []
    for example in examples:
        found = rewrite_pairs(example) + (frame_examples(example) if frames else [])
        for ex in found:
            key = (ex.instruction, ex.context[0].text if ex.context else "", ex.response)
            if key not in seen:
                seen.add(key)
                out.append(ex)
    return out


def is_rewrite(example: StyleExample) -> bool:
    """Whether `example` is a rewrite pair (not an opening, closing or free draft)."""
    return example.instruction == REWRITE and len(example.context) == 1


def _context_sentences(context: Sequence[ContextPassage]) -> list[_ContextSentence]:
    out = []
    for n, passage in enumerate(context, 1):
        if passage.distractor:
            continue  # a faithful response never states a distractor
        for s in sentences(passage.text, source=True):
            text = plain(s)
            if re.search(r"[A-Za-z]", text):
                out.append(_ContextSentence(passage.source, text, n))
    return out


def _prose(raw: str) -> str | None:
    """A response sentence as a rewrite target: markers removed, or None if it is not prose."""
    text = re.sub(r"\s+", " ", strip_markers(raw)).strip()
    if not text or _NOT_PROSE.match(text) or not re.search(r"[.!?]$", text):
        return None
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 3:  # "1." of a numbered list, "Thanks!"
        return None
    return text


def _best_match(target: str, pool: Sequence[_ContextSentence]) -> _ContextSentence | None:
    """The context sentence `target` states: most shared figures first, then the most
    shared topic words (ties go to the earlier sentence)."""
    spans = [s for s in fact_spans(target) if s.kind != "name"]
    words = content_words(target)

    def score(c: _ContextSentence) -> tuple[int, float]:
        evidence = Evidence.of([c.text])
        shared = sum(1 for s in spans if evidence.supports(s))
        want = content_words(c.text)
        return shared, len(want & words) / len(want) if want else 0.0

    scored = [(score(c), -i, c) for i, c in enumerate(pool)]
    if not scored:
        return None
    (figures, overlap), _, best = max(scored, key=lambda t: (t[0], t[1]))
    return best if figures or overlap > 0 else None


def _acceptable(source: str, rewrite: str) -> bool:
    """Whether drafting would keep `rewrite` for `source`: the length window of the
    attributed stage, then `keeps_facts`."""
    if not 0.3 * len(source) <= len(rewrite) <= 3 * len(source) + 40:
        return False
    return keeps_facts(source, rewrite)


def with_rewrites(
    train: Sequence[StyleExample], limit: int | None, replay: int | None, seed: int
) -> tuple[list[StyleExample], int]:
    """The training list for the rewrite task and how many of it are rewrite pairs.

    Up to `limit` rewrite pairs and every opening/closing mined from `train`, plus `replay`
    of the original examples (all with None), so the free-drafting voice is still trained.
    Samples are seeded and keep corpus order: same corpus and seed, same list."""
    rng = random.Random(seed)
    mined = rewrite_examples(train)
    pairs = [e for e in mined if is_rewrite(e)]
    frames = [e for e in mined if not is_rewrite(e)]
    pairs = _sample(pairs, limit, rng)
    originals = _sample(list(train), replay, rng)
    return [*originals, *pairs, *frames], len(pairs)


def _sample(items: list[StyleExample], n: int | None, rng: random.Random) -> list[StyleExample]:
    if n is None or n >= len(items):
        return items
    keep = sorted(rng.sample(range(len(items)), n))
    return [items[i] for i in keep]
