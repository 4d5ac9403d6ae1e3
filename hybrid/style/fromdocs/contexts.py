"""The context of a section's example: its facts as source passages, plus distractors.

Retrieval hands the generator numbered `<source>` passages (`hybrid.prompts.format_sources`)
and the adapter must write from them in voice. Here each section's sentences become plain
notes, the facts kept (figures, names, dates, defined terms) and the voice taken out
(pronouns, articles, auxiliaries, politeness), grouped into passages named by the
document, as retrieval names a chunk by its file. Passages of other documents go in as
distractors (the retrieval-aware idea of RAFT, Zhang et al., 2024), so the adapter learns
to pick its facts from sources, not to memorise them or state everything it is shown.
The response gets a `[n]` after each sentence a passage holds, as drafting must cite.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from hybrid.figures import fact_spans
from hybrid.pipeline.prose import plain
from hybrid.style.corpus import ContextPassage
from hybrid.style.fromdocs.sections import Section
from hybrid.text import sentence_spans

NOTES_PER_PASSAGE = 4
MAX_NOTES = 8  # the most sentences of one section given as facts (longer sections: the factual ones)
NOTE_WORDS = 30  # a note longer than this is cut: a fact needs few words, a prompt's tokens cost time
DISTRACTORS = 1
DISTRACTOR_NOTES = 2
DEFINED_TERM = re.compile(r"\(\s*(?:the\s+)?[\"“]([A-Z][^\"”]{1,40})[\"”]\s*\)")
# Words that carry how a team writes rather than what it says: the plain note drops them.
# Negations and modals stay: "may not" and "must" are facts of a policy.
_VOICE_TEXT = """a an the this that these those it its it's we we're we've we'll our ours us you you're you've you'll
    your yours i i'm me my they them their there here is are was were be been being am do does did
    has have had having please kindly simply just really very quite also so then thus hence therefore
    of to in on at by for with about as from into onto upon which who whom whose what"""
_VOICE_WORDS = set(_VOICE_TEXT.split())
_TOKEN = re.compile(r"[$€£]?[A-Za-z0-9][\w'’.,:/%$€£-]*[\w%$€£]|[A-Za-z0-9]")


@dataclass(frozen=True)
class Note:
    sentence: tuple[int, int]  # the sentence's span in the section text
    text: str  # the plain note


def plain_note(sentence: str) -> str:
    """A sentence with its voice taken out and its facts kept: the plain statement a
    rewrite row starts from, e.g. "GitHub prohibits account name squatting"."""
    words = _TOKEN.findall(plain(sentence))
    kept = [w for w in words if w.lower().strip(".,:") not in _VOICE_WORDS or any(c.isdigit() for c in w)]
    note = " ".join(kept[:NOTE_WORDS]).rstrip(",:;")
    return note[:1].upper() + note[1:] + ("." if note and not note.endswith(".") else "")


def has_facts(sentence: str) -> bool:
    return bool(fact_spans(sentence) or DEFINED_TERM.search(sentence))


def notes(section: Section) -> list[Note]:
    """Plain notes of the section's sentences, in order; at most MAX_NOTES, factual first."""
    found: list[tuple[bool, int, Note]] = []
    for a, b in sentence_spans(section.text, source=True):
        sentence = section.text[a:b]
        if sentence.lstrip().startswith("#") or len(re.findall(r"[A-Za-z]{2,}", sentence)) < 3:
            continue
        note = plain_note(sentence)
        if len(note.split()) >= 2:
            found.append((not has_facts(sentence), len(found), Note((a, b), note)))
    chosen = sorted(sorted(found)[:MAX_NOTES], key=lambda t: t[1])
    return [n for _, _, n in chosen]


def passages(section: Section, own: Sequence[Note]) -> list[list[Note]]:
    return [list(own[i : i + NOTES_PER_PASSAGE]) for i in range(0, len(own), NOTES_PER_PASSAGE)]


def build_context(section: Section, others: Sequence[Section], rng: random.Random) -> tuple[list[ContextPassage], str]:
    """The section's passages and distractors (order shuffled by `rng`) and its text with
    `[n]` after each sentence a passage holds."""
    own = notes(section)
    groups = passages(section, own)
    pool = [s for s in others if s.document != section.document]
    picked = rng.sample(pool, min(DISTRACTORS, len(pool)))
    distractors = [("\n".join(n.text for n in notes(s)[:DISTRACTOR_NOTES]), s.document) for s in picked]
    items: list[tuple[str, list[Note] | None, str]] = [(section.document, g, "") for g in groups]
    items += [(doc, None, text) for text, doc in distractors if text]
    rng.shuffle(items)
    context: list[ContextPassage] = []
    cite: dict[tuple[int, int], int] = {}
    for n, (doc, group, text) in enumerate(items, 1):
        if group is None:
            context.append(ContextPassage(source=doc, text=text, distractor=True))
            continue
        context.append(ContextPassage(source=doc, text="\n".join(note.text for note in group)))
        cite.update({note.sentence: n for note in group})
    return context, cited(section.text, cite)


def cited(text: str, cite: dict[tuple[int, int], int]) -> str:
    """`text` with " [n]" before the closing punctuation of each sentence in `cite`."""
    out, last = [], 0
    for (a, b), n in sorted(cite.items()):
        end = b
        while end > a and text[end - 1] in ".!?:;\"'”’)":
            end -= 1
        out.append(text[last:end] + f" [{n}]")
        last = end
    out.append(text[last:])
    return "".join(out)
