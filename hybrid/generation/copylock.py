"""Copy-locked decoding: a row writes a figure only by copying one its sources state.

Half the drafts of a 135M model invent a figure. Under `CopyLock`, a row's digit runs
(digits with the separators , . : / - between them, as in "1,299.00", "14:30",
"2026-04-01") can only walk a trie of the figures its sources hold, and a run may end
only where an allowed figure ends: a row allowed "14.50" can write neither "14.57" nor
"14.5" then stop. Spelled-out number words ("five", "hundred") are banned unless the
row's sources use that word; "one" stays free, being a pronoun as often as a figure.

The processor only sets scores to -inf, so it composes with other processors (a grammar's
mask, a repetition penalty) in a `LogitsProcessorList`. Per-tokenizer tables are built
once and cached; per-row masks are cached by the run in progress, so a step costs a
dictionary look-up per row and one add of a cached 0/-inf bias. What it cannot see: a number word split
into sub-word tokens ("tw" + "enty"); the claim check after decoding still reads those.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
from transformers import LogitsProcessor

from hybrid.figures import NUMBER_WORDS, RUN, allowed_figures

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

SEPARATORS = ",.:/-"
# "one" is left free: "one of our", "no one".
BANNED_WORDS = frozenset(w for w in NUMBER_WORDS if w != "one")
_TAIL = re.compile(r"\d+(?:[,.:/\-]\d+)*[,.:/\-]?$")
_WORD_TOKEN = re.compile(r"[\s\-]*([A-Za-z]+)\s*")
_LOCKS_PER_VOCAB = 64
_STACKS_PER_PROCESSOR = 256


@dataclass
class Vocab:
    """What the lock needs to know of each token, computed once per tokenizer."""

    texts: list[str]
    digit_ids: list[int]  # tokens whose text holds a digit
    separator_ids: list[int]  # tokens that are exactly one separator
    word_ids: dict[str, list[int]]  # banned number word -> the tokens that spell it
    locks: dict[tuple[str, ...], _Lock] = field(default_factory=dict)


_VOCABS: weakref.WeakKeyDictionary[Any, Vocab] = weakref.WeakKeyDictionary()


def token_texts(tokenizer: PreTrainedTokenizerBase) -> list[str]:
    """Each token's text as it reads inside a sequence; special tokens read as ""."""
    size = len(tokenizer)
    texts = tokenizer.batch_decode([[i] for i in range(size)])
    pieces = tokenizer.convert_ids_to_tokens(list(range(size)))
    for i, piece in enumerate(pieces):
        # SentencePiece drops a word-initial space when a token is decoded alone.
        if isinstance(piece, str) and piece.startswith("▁") and not texts[i].startswith(" "):
            texts[i] = " " + texts[i]
    for i in set(tokenizer.all_special_ids):
        if 0 <= i < size:
            texts[i] = ""
    return texts


def vocab_of(tokenizer: PreTrainedTokenizerBase) -> Vocab:
    """The token tables of `tokenizer`, built on first use (about 1 s for 49k tokens)."""
    try:
        return _VOCABS[tokenizer]
    except (KeyError, TypeError):
        pass
    texts = token_texts(tokenizer)
    word_ids: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if (m := _WORD_TOKEN.fullmatch(text)) and (word := m[1].lower()) in BANNED_WORDS:
            word_ids.setdefault(word, []).append(i)
    vocab = Vocab(
        texts=texts,
        digit_ids=[i for i, t in enumerate(texts) if any(c.isdigit() for c in t)],
        separator_ids=[i for i, t in enumerate(texts) if len(t) == 1 and t in SEPARATORS],
        word_ids=word_ids,
    )
    with contextlib.suppress(TypeError):  # not weak-referenceable: rebuilt per processor
        _VOCABS[tokenizer] = vocab
    return vocab


class _Lock:
    """One set of allowed figures: its trie, its number words, and its masks by run."""

    def __init__(self, vocab: Vocab, allowed: Sequence[str]) -> None:
        runs = {m.group() for s in allowed_figures(allowed) for m in RUN.finditer(s)}
        self.complete = runs
        self.prefixes = {r[:i] for r in runs for i in range(1, len(r) + 1)}
        words = {w.lower() for s in allowed for w in re.findall(r"[A-Za-z]+", s)}
        self.vocab = vocab
        self.banned_words = [i for w, ids in vocab.word_ids.items() if w not in words for i in ids]
        self.masks: dict[tuple[str, int, torch.device], torch.Tensor] = {}

    def valid(self, text: str) -> bool:
        """Whether `text` (the run in progress and what follows) keeps every run on the trie."""
        for m in RUN.finditer(text):
            run, end = m.group(), m.end()
            if end == len(text):
                ok = run in self.prefixes
            elif end == len(text) - 1 and text[end] in SEPARATORS:
                # "14." may go on to "14.50", or the "." may end a sentence after "14".
                ok = run + text[end] in self.prefixes or run in self.complete
            else:
                ok = run in self.complete
            if not ok:
                return False
        return True

    def mask(self, tail: str, size: int, device: torch.device) -> torch.Tensor:
        """The tokens this row may not write next, given the run `tail` in progress."""
        key = (tail, size, device)
        if (cached := self.masks.get(key)) is not None:
            return cached
        texts = self.vocab.texts
        # Mid-figure, nothing that ends the run may come next (an end of text included).
        banned = torch.zeros(size, dtype=torch.bool)
        if tail and not self.valid(tail + " "):
            banned[: len(texts)] = True
        candidates = self.vocab.separator_ids + self.vocab.digit_ids
        ok = [self.valid(tail + texts[i]) for i in candidates]
        banned[_ids([i for i, good in zip(candidates, ok, strict=True) if good])] = False
        banned[_ids([i for i, good in zip(candidates, ok, strict=True) if not good])] = True
        banned[_ids(self.banned_words)] = True
        if bool(banned[: len(texts)].all()):
            # No token can finish this figure: let the row end the run rather than emit NaNs.
            banned = torch.zeros(size, dtype=torch.bool)
            banned[_ids(self.banned_words)] = True
        self.masks[key] = banned = banned.to(device)
        return banned


def _ids(ids: list[int]) -> torch.Tensor:
    return torch.tensor(ids, dtype=torch.long)


def _lock_for(vocab: Vocab, allowed: Sequence[str]) -> _Lock:
    key = tuple(allowed)
    lock = vocab.locks.get(key)
    if lock is None:
        if len(vocab.locks) >= _LOCKS_PER_VOCAB:
            vocab.locks.pop(next(iter(vocab.locks)))
        lock = vocab.locks[key] = _Lock(vocab, allowed)
    return lock


class CopyLock(LogitsProcessor):
    """Lets each row write only the figures its own sources state.

    `allowed[b]` holds row b's allowed figures (`hybrid.figures.allowed_figures`) or the
    source texts themselves (their figures are read out); None leaves the row unlocked,
    for mixed batches where some rows have no sources. `prompt_lengths[b]` is where row
    b's generated tokens start in `input_ids`; by default, the width of `input_ids` at the
    first call, which is right for left-padded batches. `markers=k` lets locked rows also
    write 1..k, the citation markers [1]..[k] of a prompt with k passages. Use one
    instance per generate call.
    """

    def __init__(
        self,
        tokenizer: PreTrainedTokenizerBase,
        allowed: Sequence[Sequence[str] | None],
        prompt_lengths: Sequence[int] | None = None,
        *,
        markers: int = 0,
    ) -> None:
        self.vocab = vocab_of(tokenizer)
        self.eos = tokenizer.eos_token_id
        numbers = [str(n) for n in range(1, markers + 1)]
        self.locks = [None if a is None else _lock_for(self.vocab, [*a, *numbers]) for a in allowed]
        self.prompt_lengths = list(prompt_lengths) if prompt_lengths is not None else None
        self.tails = [""] * len(self.locks)
        self._seen: int | None = None
        self._stacks: dict[tuple[Any, ...], torch.Tensor] = {}

    def _read(self, input_ids: torch.Tensor) -> None:
        """Fold the tokens generated since the last call into each locked row's run."""
        width = input_ids.shape[1]
        if self._seen is None or width < self._seen:  # first call, or a new generate call
            starts = self.prompt_lengths or [width] * len(self.locks)
            self.tails = [""] * len(self.locks)
            self._seen = min([width, *starts])
        else:
            starts = [self._seen] * len(self.locks)
        if width == self._seen:
            return
        new = input_ids[:, self._seen :].tolist()
        texts = self.vocab.texts
        for b, lock in enumerate(self.locks):
            if lock is None:
                continue
            skip = max(0, starts[b] - self._seen)
            tail = self.tails[b] + "".join(texts[t] if 0 <= t < len(texts) else "" for t in new[b][skip:])
            m = _TAIL.search(tail)
            self.tails[b] = m.group() if m else ""
        self._seen = width

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        if len(self.locks) != scores.shape[0]:
            raise ValueError(f"CopyLock got {len(self.locks)} rows of allowed figures for a batch of {scores.shape[0]}")
        if all(lock is None for lock in self.locks):
            return scores
        self._read(input_ids)
        size, device = scores.shape[-1], scores.device
        masks = [None if lock is None else lock.mask(self.tails[b], size, device) for b, lock in enumerate(self.locks)]
        key = (scores.dtype, *(id(m) for m in masks))
        bias = self._stacks.get(key)
        if bias is None:
            if len(self._stacks) >= _STACKS_PER_PROCESSOR:
                self._stacks.clear()
            free = torch.zeros(size, dtype=torch.bool, device=device)
            banned = torch.stack([free if m is None else m for m in masks])
            bias = torch.zeros(banned.shape, dtype=scores.dtype, device=device).masked_fill_(banned, float("-inf"))
            self._stacks[key] = bias
        # Adding 0 or -inf lowers scores and never raises one; an add is ~7x a masked_fill here.
        out = scores + bias
        # With other processors' bans (an n-gram block, a grammar) a locked row can be left
        # with no token at all, which breaks sampling (NaN probabilities). Such a row ends:
        # its text then fails the caller's checks instead of writing a figure it may not.
        dead = torch.isinf(out).all(dim=-1)
        if self.eos is not None and bool(dead.any()):
            out[dead, self.eos] = 0.0
        return out  # type: ignore[return-value]
