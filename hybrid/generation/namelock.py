"""Name-locked decoding: mid-sentence, a row writes a title-case word only if its sources
(or the request) hold that word.

The claim check (`hybrid.figures.fact_spans`) reads a name as a title-case word that
follows a lower-case letter, a digit or , ; : and a space, and calls it supported when
its sources hold it in any case. `NameLock` enforces the same rule while decoding: where
such a word may begin, a token that starts one must spell the beginning of an allowed
word, and inside it, each next token must keep spelling one, ending only where an
allowed word ends. Sentence-initial words stay free: every sentence starts with a
capital, and a lock there would ban ordinary words. "Zephyr offers..." at the start of a
sentence is therefore not blocked here; the claim check still reads every draft.

Like `CopyLock` it only sets scores to -inf, so it composes with the grammar, the
n-gram block and the figure lock in one `LogitsProcessorList`, and a row it leaves with
no token at all ends (EOS) rather than sampling from nothing.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
from transformers import LogitsProcessor

from hybrid.figures import COMMON_NAMES, MONTHS
from hybrid.generation.copylock import token_texts

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# A token: optional leading space, a word part, and whatever follows it.
_TOKEN = re.compile(r"( ?)([A-Za-z][A-Za-z0-9]*)(.*)", re.S)
# Where the claim check's NAME pattern lets a name begin: after [a-z0-9,;:] and one space.
_BEFORE_NAME = re.compile(r"[a-z0-9,;:]$")
_IN_WORD = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][A-Za-z0-9]*)$")
_TAIL_CHARS = 48


def allowed_words(texts: Iterable[str]) -> frozenset[str]:
    """The lower-case words a name-locked row may write in title case: its texts' words,
    plus the title-case words the claim check never calls names (days, months, "I")."""
    words = {w.lower() for t in texts for w in _WORD.findall(t)}
    return frozenset(words | {w.lower() for w in COMMON_NAMES} | {m.lower() for m in MONTHS})


@dataclass
class NameVocab:
    """Each token's word part, computed once per tokenizer."""

    texts: list[str]
    # Word part (lower case) -> [(token id, has text after the word)] for tokens that
    # start a title-case word with a leading space / with none.
    spaced_upper: dict[str, list[tuple[int, bool]]]
    glued_upper: dict[str, list[tuple[int, bool]]]
    # Word part -> tokens that continue a word (no leading space, a letter or digit first).
    glued: dict[str, list[tuple[int, bool]]]
    # Tokens that cannot continue a word: they start with a space or a non-word character.
    breaks: list[int]
    rows: dict[frozenset[str], dict[str, torch.Tensor]] = field(default_factory=dict)


_VOCABS: weakref.WeakKeyDictionary[Any, NameVocab] = weakref.WeakKeyDictionary()


def name_vocab(tokenizer: PreTrainedTokenizerBase) -> NameVocab:
    cached = _VOCABS.get(tokenizer)
    if cached is not None:
        return cached
    texts = token_texts(tokenizer)
    spaced: dict[str, list[tuple[int, bool]]] = {}
    glued_upper: dict[str, list[tuple[int, bool]]] = {}
    glued: dict[str, list[tuple[int, bool]]] = {}
    breaks = []
    for i, text in enumerate(texts):
        m = _TOKEN.fullmatch(text)
        if m is None:
            if text and not text[0].isalnum():
                breaks.append(i)
            continue
        space, word, rest = m.groups()
        entry = (i, bool(rest))
        if space:
            breaks.append(i)
            if word[0].isupper():
                spaced.setdefault(word.lower(), []).append(entry)
        else:
            glued.setdefault(word.lower(), []).append(entry)
            if word[0].isupper():
                glued_upper.setdefault(word.lower(), []).append(entry)
    vocab = NameVocab(texts, spaced, glued_upper, glued, breaks)
    _VOCABS[tokenizer] = vocab
    return vocab


class NameLock(LogitsProcessor):
    """Per row: title-case words mid-sentence only from `allowed[b]` (None: unlocked).

    `allowed[b]` is a set from `allowed_words` (or raw texts, whose words are read out).
    One instance per generate call; `prompt_lengths` as for `CopyLock`."""

    def __init__(
        self,
        tokenizer: PreTrainedTokenizerBase,
        allowed: Sequence[Iterable[str] | None],
        prompt_lengths: Sequence[int] | None = None,
    ) -> None:
        self.vocab = name_vocab(tokenizer)
        self.eos = tokenizer.eos_token_id
        self.allowed = [None if a is None else _as_words(a) for a in allowed]
        self.prefixes = [None if a is None else _prefixes(a) for a in self.allowed]
        self.prompt_lengths = list(prompt_lengths) if prompt_lengths is not None else None
        self.tails = [""] * len(self.allowed)
        self._seen: int | None = None

    def _read(self, input_ids: torch.Tensor) -> None:
        width = input_ids.shape[1]
        if self._seen is None or width < self._seen:
            starts = self.prompt_lengths or [width] * len(self.allowed)
            self.tails = [""] * len(self.allowed)
            self._seen = min([width, *starts])
        else:
            starts = [self._seen] * len(self.allowed)
        if width == self._seen:
            return
        new = input_ids[:, self._seen :].tolist()
        texts = self.vocab.texts
        for b, words in enumerate(self.allowed):
            if words is None:
                continue
            skip = max(0, starts[b] - self._seen)
            tail = self.tails[b] + "".join(texts[t] if 0 <= t < len(texts) else "" for t in new[b][skip:])
            self.tails[b] = tail[-_TAIL_CHARS:]
        self._seen = width

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if len(self.allowed) != scores.shape[0]:
            raise ValueError(f"NameLock got {len(self.allowed)} rows of allowed words for a batch of {scores.shape[0]}")
        if all(a is None for a in self.allowed):
            return scores
        self._read(input_ids)
        out: torch.Tensor = scores
        for b, words in enumerate(self.allowed):
            if words is None:
                continue
            ban = self._ban(b, scores.shape[-1], scores.device)
            if ban is not None:
                if out is scores:
                    out = scores.clone()
                out[b].masked_fill_(ban, float("-inf"))
        if out is not scores and self.eos is not None:
            dead = torch.isinf(out).all(dim=-1)
            if bool(dead.any()):
                out[dead, self.eos] = 0.0
        return out  # type: ignore[return-value]  # a clone of a FloatTensor is one

    def _ban(self, b: int, size: int, device: Any) -> torch.Tensor | None:
        """Row b's banned tokens at this step, or None where the lock does not apply."""
        tail, words, prefixes = self.tails[b], self.allowed[b], self.prefixes[b]
        assert words is not None and prefixes is not None
        inside = _IN_WORD.search(tail)
        if inside is not None:
            return self._inside(inside.group().lower(), words, prefixes, size, device)
        if _BEFORE_NAME.search(tail):  # a spaced token may start a name
            return self._cached(words, prefixes, "spaced", self.vocab.spaced_upper, size, device)
        if tail.endswith(" ") and _BEFORE_NAME.search(tail[:-1]):  # the space came alone
            return self._cached(words, prefixes, "glued", self.vocab.glued_upper, size, device)
        return None

    def _cached(
        self,
        words: frozenset[str],
        prefixes: frozenset[str],
        kind: str,
        starts: dict[str, list[tuple[int, bool]]],
        size: int,
        device: Any,
    ) -> torch.Tensor:
        """Ban every token that starts a title-case word no allowed word begins with."""
        per_row = self.vocab.rows.setdefault(words, {})
        ban = per_row.get(kind)
        if ban is None or ban.shape[0] != size:
            ban = torch.zeros(size, dtype=torch.bool)
            for part, ids in starts.items():
                for i, has_rest in ids:
                    if i < size and not (part in words if has_rest else part in prefixes):
                        ban[i] = True
            per_row[kind] = ban
        return ban.to(device)

    def _inside(
        self, word: str, words: frozenset[str], prefixes: frozenset[str], size: int, device: Any
    ) -> torch.Tensor | None:
        """Inside a locked word: only tokens that keep spelling an allowed word, and a
        break only where one ends."""
        if word not in prefixes:
            return None  # begun before the lock could see it (a split token): the check reads it
        allow = torch.zeros(size, dtype=torch.bool)
        longer = {w for w in words if w.startswith(word) and len(w) > len(word)}
        chunks = {w[len(word) : k] for w in longer for k in range(len(word) + 1, len(w) + 1)}
        for chunk in chunks:
            for i, has_rest in self.vocab.glued.get(chunk, ()):
                if i < size and (word + chunk in words if has_rest else True):
                    allow[i] = True
        if word in words:
            allow[[i for i in self.vocab.breaks if i < size]] = True
            if self.eos is not None and self.eos < size:
                allow[self.eos] = True
        if not bool(allow.any()):
            return None  # no token spells on: leave it to the claim check, never strand the row
        return (~allow).to(device)


def _as_words(texts: Iterable[str]) -> frozenset[str]:
    if isinstance(texts, frozenset):
        return texts
    return allowed_words(texts)


def _prefixes(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:k] for w in words for k in range(1, len(w) + 1))
