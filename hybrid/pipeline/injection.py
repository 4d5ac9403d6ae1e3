"""Defuse instructions planted in retrieved documents.

The first line of defence is the prompt: passages sit in <source> blocks that the system
prompt calls data, and no text can forge those delimiters or a chat turn
(`hybrid.prompts.neutralise`). A 135M-parameter model does not reliably honour that, so
sentences that address the model ("ignore previous instructions", "you are now ...",
a `SYSTEM:` line) are also cut from the passage before it reaches the prompt, and the draft
notes which source had them. This is best effort: it is matched on a normalised copy of each
sentence (NFKC, zero-width characters, accents and Markdown emphasis removed, look-alike
letters folded), alone and joined with its neighbour, in English, French, German, Spanish,
Italian, Portuguese and Chinese; only the instruction sentences go, the facts and newlines
around them stay.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata

from hybrid.types import Passage

MARKER = "[removed: instruction-like text]"

_VERB = (
    r"(?:ignore|disregard|forget|override|overrule|bypass|skip|do\s+not\s+follow|don'?t\s+follow|"
    r"stop\s+following|no\s+longer\s+follow|never\s+mind)"
)
_QUALIFIER = (
    r"(?:all|any|every|each|of|the|your|my|its|their|these|those|previous|prev\.?|prior|above|earlier|"
    r"preceding|former|original|initial|system|old|existing|given|other)"
)
_NOUN = (
    r"(?:instructions?|rules?|guidance|guidelines?|directions?|directives?|prompts?|orders|commands|"
    r"constraints|policies|sources|context)"
)
_ROLE = r"(?:assistant|ai|model|llm|chatbot|bot|gpt|ia|ki)"
# Instructions in other languages, matched with accents removed.
_FOREIGN = [
    # French: ignorez/oubliez ... les instructions/consignes/règles; tu es maintenant ...
    r"\b(?:ignore[zs]?|oublie[zs]?|ne\s+tenez\s+pas\s+compte\s+de)\s+(?:\w+\s+){0,3}"
    r"(?:instructions|consignes|regles|directives|ordres)\b",
    r"\b(?:tu\s+es|vous\s+etes)\s+maintenant\b",
    # German: ignoriere/vergiss ... Anweisungen/Regeln; du bist jetzt ...
    r"\b(?:ignorier(?:e|en|t)?|vergiss|vergessen\s+sie|missachte(?:n)?)\s+(?:\w+\s+){0,3}"
    r"(?:anweisungen|anweisung|instruktionen|regeln|vorgaben|befehle)\b",
    r"\b(?:du\s+bist|sie\s+sind)\s+(?:jetzt|nun|ab\s+sofort)\b",
    # Spanish, Italian, Portuguese: ignora/olvida/dimentica/esqueça ... instrucciones/istruzioni/instruções
    r"\b(?:ignora[rs]?|ignoren|ignore|olvida[rs]?|olvide[ns]?|descarta|omite|dimentica|esqueca)\s+(?:\w+\s+){0,3}"
    r"(?:instrucciones|reglas|indicaciones|ordenes|directrices|istruzioni|regole|instrucoes|regras)\b",
    r"\b(?:ahora\s+eres|ahora\s+usted\s+es|ora\s+sei|agora\s+voce\s+e)\b",
    # Chinese: ignore/forget ... instructions/rules/prompt
    r"(?:忽略|无视|忽视|忘记|忘掉|不要理会)[^。！？]{0,12}(?:指令|指示|规则|提示|说明|要求)",
]
PATTERNS = [
    rf"\b{_VERB}\s+(?:{_QUALIFIER}\s+){{0,5}}{_NOUN}\b",
    rf"\b{_VERB}\s+(?:(?:all|everything|anything)\s+)?(?:the\s+)?(?:above|before|prior)\b",
    rf"\b{_VERB}\s+everything\b",
    rf"\b{_VERB}\s+what\s+(?:you|it)\s+(?:were|was|have\s+been|has\s+been)\s+(?:told|given|instructed)\b",
    r"\byou\s+are\s+now\s+(?:a|an|the|my|acting|playing|called|named|known\s+as|free\s+from|no\s+longer|"
    r"unrestricted|unfiltered|jailbroken|dan|in\s+developer\s+mode|developer|evil|root|admin)\b",
    r"\bnew\s+instructions?\s*:",
    r"\byour\s+(?:new|real|actual|true|only)\s+(?:task|job|goal|instructions?|role|purpose)\s+(?:is|are)\b",
    r"\bsystem\s+prompt\b",
    rf"\b{_ROLE}\s*[,:\-–—]\s*(?:you\s+must|always|never|write|say|respond|reply|output)\b",
    r"\binstead,?\s+(?:write|say|respond|reply|output)\b",
    r"\bfrom\s+now\s+on\b[^.!?]*\b(?:respond|reply|answer|write|say|output|speak|act|behave|only)\b",
    r"^\s*(?:please\s+)?(?:act|behave|pretend|roleplay)\s+(?:as|like|to\s+be)\b",
    rf"\bnote\s+(?:to|for)\s+(?:the\s+)?{_ROLE}\b",
    r"\bdecode\s+(?:this\s+|it\s+)?and\s+(?:follow|obey|execute|run|do)\b",
    # Role markers and template tokens: a line that opens a turn ("SYSTEM:", "### Instruction").
    r"^\s*#*\s*(?:system|assistant|developer|human|instructions?)\s*(?:prompt|message|note)?\s*(?::|-\s|$)",
    r"<\s*\|?\s*/?\s*(?:source|system|assistant|user|im_?start|im_?end|end_?of_?text)\b",
    r"\[/?inst\]|<<\s*/?\s*sys\s*>>",
    *_FOREIGN,
]
INJECTION = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.I | re.M)
# Sentences next to an instruction that carry it on: cut only beside a match.
_FOLLOW_ON = re.compile(
    rf"^\s*(?:please\s+)?(?:write|say|reply|respond|output|print|answer|repeat|type)\b"
    rf"|\b(?:it|you)\s+(?:must|should|shall|will|need\s+to)\s+(?:now\s+)?(?:only\s+)?"
    rf"(?:write|say|reply|respond|output|print|answer|ignore|obey|follow)\b"
    rf"|\b(?:for|to)\s+(?:the\s+)?{_ROLE}\b",
    re.I,
)
# A sentence ends at . ! ? (or their CJK forms) before a space, or at a newline.
_BOUNDARY = re.compile(r"(?<=[.!?。！？])[\"')\]]*[ \t]+|(?<=[。！？])|\n")
_EMPHASIS = re.compile(r"[*_~`]+")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
# Latin look-alikes that NFKC leaves alone (Cyrillic and Greek), folded for matching only.
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁһӏАЕОРСХІЈЅВНКМТοαειкνρτυχΟΑΕΙΚΝΡΤΥΧ",
    "aeopcyxijsdhlAEOPCXIJSBHKMToaeikvptuxOAEIKNPTYX",
)


def normalise(text: str) -> str:
    """The form instructions are matched in: NFKC, no format characters (zero-width,
    soft hyphen, bidi controls), no accents or Markdown emphasis, look-alikes folded, and
    runs of white space as one space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = _LINK.sub(r"\1", text).translate(_CONFUSABLES)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def _decoded(text: str) -> str:
    """Base64 runs in `text` that decode to readable text: instructions hidden that way."""
    found = []
    for m in _BASE64.finditer(text):
        try:
            raw = base64.b64decode(m.group() + "=" * (-len(m.group()) % 4), validate=True)
            found.append(raw.decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
    return " ".join(found)


def _flagged(sentence: str) -> bool:
    norm = normalise(sentence)
    return bool(INJECTION.search(norm) or INJECTION.search(normalise(_decoded(norm))))


def _segments(text: str) -> list[str]:
    """`text` cut into sentences, each keeping the white space after it, so that joining
    them gives `text` back exactly."""
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.end() > start:
            pieces.append(text[start : m.end()])
            start = m.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _cut_indices(pieces: list[str]) -> set[int]:
    """Which sentences to cut: each one that matches alone; both of two neighbours that
    match only together (an instruction split over a boundary); and a neighbour of a cut
    one that carries the instruction on."""
    alone = [_flagged(p) for p in pieces]
    cut = {i for i, hit in enumerate(alone) if hit}
    for i in range(len(pieces) - 1):
        if not alone[i] and not alone[i + 1] and _flagged(pieces[i] + " " + pieces[i + 1]):
            cut |= {i, i + 1}
    for i in sorted(cut):
        for j in (i - 1, i + 1):
            if 0 <= j < len(pieces) and j not in cut and _FOLLOW_ON.search(normalise(pieces[j])):
                cut.add(j)
    return {i for i in cut if pieces[i].strip()}


def defuse(passage: Passage) -> tuple[Passage, int]:
    """The passage without its instruction-like sentences, and how many were cut."""
    pieces = _segments(passage.text)
    cut = _cut_indices(pieces)
    if not cut:
        return passage, 0
    kept = []
    for i, piece in enumerate(pieces):
        if i in cut:
            core = piece.strip()
            start = piece.index(core)
            piece = piece[:start] + MARKER + piece[start + len(core) :]
        kept.append(piece)
    return passage.model_copy(update={"text": "".join(kept)}), len(cut)
