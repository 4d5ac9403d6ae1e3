"""Defuse instructions planted in retrieved documents.

The first line of defence is the prompt: passages sit in <source> blocks that the system
prompt calls data. A 135M-parameter model does not reliably honour that, so sentences
that address the model ("ignore previous instructions", "you are now ...") are also cut
from the passage before it reaches the prompt, and the draft notes which source had them.
"""

from __future__ import annotations

import re

from hybrid.types import Passage

PATTERNS = [
    r"\bignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\b",
    r"\bdisregard\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|system)\b",
    r"\bforget\s+(?:all\s+|everything\s+|your\s+)(?:previous\s+|prior\s+)?(?:instructions|rules|you)\b",
    r"\byou\s+are\s+now\b",
    r"\bnew\s+instructions?\s*:",
    r"\bsystem\s+prompt\b",
    r"\b(?:assistant|ai|model|llm)\s*[,:]\s*(?:you\s+must|always|never|write|say|respond)\b",
    r"\binstead,?\s+(?:write|say|respond|reply|output)\b",
    r"</?\s*(?:source|system|assistant|user|im_start|im_end)\b",
]
INJECTION = re.compile("|".join(PATTERNS), re.I)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def defuse(passage: Passage) -> tuple[Passage, int]:
    """The passage without its instruction-like sentences, and how many were cut."""
    if not INJECTION.search(passage.text):
        return passage, 0
    kept, cut = [], 0
    for m in _SENTENCE.finditer(passage.text):
        if INJECTION.search(m.group()):
            cut += 1
            kept.append("[removed: instruction-like text]" + ("\n" if m.group().endswith("\n") else " "))
        else:
            kept.append(m.group())
    return passage.model_copy(update={"text": "".join(kept).strip()}), cut
