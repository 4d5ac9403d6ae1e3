"""A STYLE.md drafted from the documents: measured, so the prompt-only comparison gets a
guide as specific as the writing allows.

It measures sentence length, person (we / you / third person), formality markers
(contractions, exclamations, modal verbs, hedges, politeness) and the phrases that recur
across documents, then states each as an instruction with its figure.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from hybrid.style.fromdocs.sections import Section
from hybrid.text import sentences

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
PERSONS = {
    "first person plural (we, our, us)": {"we", "our", "ours", "us", "we're", "we've", "we'll"},
    "second person (you, your)": {"you", "your", "yours", "you're", "you've", "you'll"},
    "first person singular (I, my)": {"i", "my", "me", "i'm", "i've"},
}
MODALS = ("shall", "must", "may", "will", "can", "should")
HEDGES = ("subject to", "to the extent", "provided that", "notwithstanding", "in accordance with", "at our discretion")
_CONTRACTION = re.compile(r"\b\w+(?:'|’)(?:t|re|ve|ll|d|s|m)\b", re.IGNORECASE)
_FUNCTION_WORDS = "the a an of to and or in on for with by is are be as at it this that from"
_FUNCTION = set(_FUNCTION_WORDS.split())
MIN_DOCUMENTS_FOR_PHRASE = 3


@dataclass(frozen=True)
class StyleFigures:
    sentences: int
    words: int
    mean_sentence_words: float
    median_sentence_words: float
    person_per_1000: dict[str, float]
    contractions_per_1000: float
    exclamations_per_1000: float
    modals_per_1000: dict[str, float]
    hedges: dict[str, int]
    list_share: float  # lines that are list items
    phrases: list[tuple[str, int]]  # recurring phrase, documents it appears in


def measure(sections: Sequence[Section]) -> StyleFigures:
    text = "\n\n".join(s.text for s in sections)
    said = [s for s in sentences(text, source=True) if len(_WORD.findall(s)) >= 3 and not s.lstrip().startswith("#")]
    lengths = [len(_WORD.findall(s)) for s in said] or [0]
    words = [w.lower() for w in _WORD.findall(text)]
    counts = Counter(words)
    per = 1000 / max(len(words), 1)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    lists = sum(1 for ln in lines if re.match(r"\s*(?:[-*+]|\d+[.)])\s", ln))
    lower = text.lower()
    return StyleFigures(
        sentences=len(said),
        words=len(words),
        mean_sentence_words=round(statistics.mean(lengths), 1),
        median_sentence_words=float(statistics.median(lengths)),
        person_per_1000={k: round(sum(counts[w] for w in ws) * per, 1) for k, ws in PERSONS.items()},
        contractions_per_1000=round(len(_CONTRACTION.findall(text)) * per, 1),
        exclamations_per_1000=round(text.count("!") * per, 1),
        modals_per_1000={m: round(counts[m] * per, 1) for m in MODALS},
        hedges={h: lower.count(h) for h in HEDGES if h in lower},
        list_share=round(lists / max(len(lines), 1), 2),
        phrases=recurring_phrases(sections),
    )


def recurring_phrases(sections: Sequence[Section], n: int = 3, top: int = 10) -> list[tuple[str, int]]:
    """Word n-grams found in the most documents (at least MIN_DOCUMENTS_FOR_PHRASE), not all function words."""
    by_doc: dict[str, set[str]] = {}
    for s in sections:
        words = [w.lower() for w in _WORD.findall(s.text)]
        grams = {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}
        by_doc.setdefault(s.document, set()).update(g for g in grams if not set(g.split()) <= _FUNCTION)
    seen = Counter(g for grams in by_doc.values() for g in grams)
    ranked = sorted(((g, c) for g, c in seen.items() if c >= MIN_DOCUMENTS_FOR_PHRASE), key=lambda t: (-t[1], t[0]))
    return ranked[:top]


def _person_rule(f: StyleFigures) -> str:
    ranked = sorted(f.person_per_1000.items(), key=lambda t: -t[1])
    main, rate = ranked[0]
    if rate < 2:
        return "- Write in the third person: name the organisation and the reader; avoid we and you."
    others = ", ".join(f"{k} {v}" for k, v in ranked[1:])
    return f"- Write mainly in the {main} ({rate} per 1,000 words; {others})."


def render(department: str, f: StyleFigures, documents: int) -> str:
    """The guide as Markdown, each rule with the figure it comes from."""
    contractions = (
        "Use contractions freely" if f.contractions_per_1000 >= 5 else "Avoid contractions"
    ) + f" ({f.contractions_per_1000} per 1,000 words)."
    modals = ", ".join(f'"{m}" {v}' for m, v in sorted(f.modals_per_1000.items(), key=lambda t: -t[1]) if v > 0)
    lines = [
        f"# {department} voice",
        "",
        f"Drafted from {documents} documents ({f.words} words, {f.sentences} sentences) by "
        "`hybrid adapters train --from-docs`; edit freely.",
        "",
        "## Voice",
        f"- Sentences average {f.mean_sentence_words} words (median {f.median_sentence_words:g}).",
        _person_rule(f),
        f"- {contractions}",
        "- "
        + ("No exclamation marks." if f.exclamations_per_1000 < 0.5 else "Exclamation marks are used sparingly.")
        + f" ({f.exclamations_per_1000} per 1,000 words)",
        f"- Modal verbs per 1,000 words: {modals or 'none'}.",
    ]
    if f.hedges:
        lines.append("- Qualify obligations as the documents do: " + ", ".join(f'"{h}"' for h in f.hedges) + ".")
    lines.append(
        f"- {'Lists are common' if f.list_share >= 0.2 else 'Mostly prose paragraphs'} "
        f"({f.list_share:.0%} of lines are list items)."
    )
    if f.phrases:
        lines += ["", "## Recurring phrases", *(f'- "{p}" (in {c} documents)' for p, c in f.phrases)]
    lines += [
        "",
        "## Facts and citations",
        "- Use only facts from the supplied sources; cite each by its number, [1], [2].",
    ]
    return "\n".join(lines) + "\n"


def style_guide(department: str, sections: Sequence[Section]) -> str:
    return render(department, measure(sections), len({s.document for s in sections}))
