"""Rewrite examples from documents: a plain statement of a fact -> the sentence in voice.

Attributed drafting (`hybrid.pipeline.stages.attributed`) asks the adapter to restate one
source sentence in voice (`hybrid.prompts.REWRITE`). A team's documents hold the voiced
side; the plain side is the template note of `contexts.plain_note` (facts kept, voice
words dropped). The base model could phrase the plain side instead; the template was
used because it is deterministic and was not measured to be worse. A pair is kept only
when drafting would accept the rewrite for that source (`hybrid.style.rewrite._acceptable`).
"""

from __future__ import annotations

from hybrid.prompts import REWRITE
from hybrid.style.corpus import ContextPassage, StyleExample
from hybrid.style.fromdocs.contexts import has_facts, notes
from hybrid.style.fromdocs.sections import Section
from hybrid.style.rewrite import _acceptable, _prose

PER_SECTION = 1  # enough to teach the task without crowding out whole-section drafting (or the time budget)


def rewrite_examples(section: Section) -> list[StyleExample]:
    """Up to PER_SECTION rewrite rows from the section's factual sentences, in order."""
    out = []
    for note in notes(section):
        a, b = note.sentence
        target = _prose(section.text[a:b])
        if target is None or not has_facts(target) or not _acceptable(note.text, target):
            continue
        out.append(
            StyleExample(
                instruction=REWRITE,
                context=[ContextPassage(source=section.document, text=note.text)],
                response=target,
            )
        )
        if len(out) == PER_SECTION:
            break
    return out
