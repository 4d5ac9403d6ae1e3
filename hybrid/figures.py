"""Figures and names in text, in comparable form: what a draft may state only if a source does.

Numbers compare by value ("$1,299.00" matches "1299"), dates by calendar date ("March 3,
2026" matches "2026-03-03"), names by their words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PATTERNS = [
    # 2026-03-03
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda m: (int(m[1]), int(m[2]), int(m[3]))),
    # March 3, 2026 / March 3rd 2026
    (
        re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
        lambda m: (int(m[3]), MONTHS[m[1].lower().rstrip(".")], int(m[2])),
    ),
    # 3 March 2026
    (
        re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})\b", re.I),
        lambda m: (int(m[3]), MONTHS[m[2].lower().rstrip(".")], int(m[1])),
    ),
    # March 2026
    (re.compile(rf"\b({_MONTH})\s+(\d{{4}})\b", re.I), lambda m: (int(m[2]), MONTHS[m[1].lower().rstrip(".")], 0)),
    # March 3rd (no year): matched against any passage date on that day
    (
        re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})", re.I),
        lambda m: (0, MONTHS[m[1].lower().rstrip(".")], int(m[2])),
    ),
    # Q3 2026
    (re.compile(r"\b(Q[1-4])\s+(\d{4})\b"), lambda m: (int(m[2]), 100 + int(m[1][1]), 0)),
]
PRICE = re.compile(
    r"(?:[$€£]\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:k|m|million|billion))?|\b\d(?:[\d,]*\d)?(?:\.\d+)?\s?(?:USD|EUR|GBP)\b)"
)
PERCENT = re.compile(r"\b\d+(?:\.\d+)?\s?%")
NUMBER = re.compile(r"(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w])")
# Title-case words in the middle of a sentence: product and company names, mostly.
NAME = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][a-zA-Z0-9]+(?:[- ][A-Z0-9][a-zA-Z0-9]*)*)")
COMMON_NAMES = {
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Dear",
    "Team",
    "Thanks",
    "Best",
    "Regards",
    "Customer",
    "Customers",
    "Please",
    "FAQ",
    "CEO",
    "CTO",
    "PT",
    "ET",
    "UTC",
    "US",
    "EU",
    "UK",
}


def _value(s: str) -> float | None:
    digits = re.sub(r"[^\d.]", "", s.replace(",", ""))
    try:
        v = float(digits)
    except ValueError:
        return None
    low = s.lower()
    if re.search(r"\d\s?k\b", low):
        v *= 1_000
    elif "million" in low or re.search(r"\d\s?m\b", low):
        v *= 1_000_000
    elif "billion" in low:
        v *= 1_000_000_000
    return v


@dataclass
class Evidence:
    """The values the passages (and the request) state, in comparable form."""

    numbers: set[float]
    dates: set[tuple[int, int, int]]
    text: str

    @classmethod
    def of(cls, texts: Iterable[str]) -> Evidence:
        joined = "\n".join(texts)
        numbers = {v for m in NUMBER.finditer(joined) if (v := _value(m.group())) is not None}
        numbers |= {v for m in PRICE.finditer(joined) if (v := _value(m.group())) is not None}
        dates: set[tuple[int, int, int]] = set()
        for pattern, parse in DATE_PATTERNS:
            for m in pattern.finditer(joined):
                try:
                    y, mo, d = parse(m)
                except (KeyError, ValueError):
                    continue
                dates.add((y, mo, d))
                dates.add((y, mo, 0))  # "March 2026" is supported by any date in it
                dates.add((0, mo, d))  # and "March 3rd" by March 3 of any year
        return cls(numbers, dates, re.sub(r"\s+", " ", joined.lower()))

    def supports_date(self, date: tuple[int, int, int]) -> bool:
        return date in self.dates

    def supports_number(self, value: float) -> bool:
        return value in self.numbers

    def supports_name(self, name: str) -> bool:
        return re.sub(r"\s+", " ", name.lower()) in self.text

    def supports(self, span: Span) -> bool:
        if span.kind == "date":
            return self.supports_date(span.value)  # type: ignore[arg-type]
        if span.kind == "name":
            return self.supports_name(span.text)
        return self.supports_number(span.value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Span:
    """A fact-like span of a sentence, with its value in comparable form."""

    text: str
    kind: str  # date, price, percent, number or name
    value: object


def fact_spans(sentence: str) -> list[Span]:
    """Dates, prices, percents, numbers (10 and up, or with decimals) and names, each once."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    for pattern, parse in DATE_PATTERNS:
        for m in pattern.finditer(sentence):
            if not free(m):
                continue
            try:
                date = parse(m)
            except (KeyError, ValueError):
                continue
            taken.append((m.start(), m.end()))
            spans.append(Span(m.group().strip(), "date", date))
    for pattern, kind in ((PRICE, "price"), (PERCENT, "percent"), (NUMBER, "number")):
        for m in pattern.finditer(sentence):
            if not free(m) or (value := _value(m.group())) is None:
                continue
            taken.append((m.start(), m.end()))
            # One-digit counts ("3 steps") carry little risk and are everywhere.
            if kind == "number" and value < 10 and "." not in m.group():
                continue
            spans.append(Span(m.group().strip(), kind, value))
    for m in NAME.finditer(sentence):
        word = m.group()
        if not free(m) or word in COMMON_NAMES or word.lower().rstrip(".") in MONTHS:
            continue
        taken.append((m.start(), m.end()))
        spans.append(Span(word, "name", word.lower()))
    return spans
