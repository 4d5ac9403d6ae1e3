"""Figures and names in text, in comparable form: what a draft may state only if a source does.

A figure is a number (digits or words: "1,299", "five hundred", "six (6)"), a price
(value and currency: "$1,299.00" is ("1299", USD); "£2.50" is not "€2.50"), a percentage,
a date ("March 3, 2026" matches "2026-03-03"), a time ("2 pm" matches "14:00") or a
quantity (value and unit: "13 knots" is not "13.7 km/h", and no unit is converted). A
name is a title-case phrase mid-sentence, compared by its words.

`Evidence` holds what some texts state; `misattributed` finds figures a source states of
another thing; `allowed_figures` lists the strings decoding may copy
(`hybrid.generation.copylock`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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
# 14:30, 9:00 a.m., 2 pm
_AMPM = r"([ap]\.m\.|[ap]m\b)"
TIME = re.compile(rf"(?<![\d:.])(?:([01]?\d|2[0-3]):([0-5]\d)(?:\s?{_AMPM})?|(1[0-2]|0?[1-9])\s?{_AMPM})", re.I)
# Kept for callers that matched these directly; `fact_spans` no longer uses them.
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

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
ONES = {w: i for i, w in enumerate([*_ONES.split(), "seventeen", "eighteen", "nineteen"])}
TENS = {w: 10 * i for i, w in enumerate(_TENS.split(), 2)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = {**ONES, **TENS, **SCALES, "dozen": 12}
_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
SPELLED = re.compile(
    rf"\b(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*\b", re.I
)
# 1,299.00 / 14.50 / 1299; not inside a word, a version ("v2.3") or an ordinal ("21st").
# "14,50" (a decimal comma, as in "14,50 €") reads as 14.50.
DIGITS = re.compile(r"(?<![\w.,])(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\d+,\d{1,2})(?![\d]|[.,]\d|(?:st|nd|rd|th)\b)")
# A digit run as decoding writes it: digits with the separators between them.
RUN = re.compile(r"\d+(?:[,.:/\-]\d+)*")

CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "chf": "CHF",
    "francs": "CHF",
}
_CUR_PREFIX = re.compile(r"(?:US\$|[$€£¥]|\b(?:USD|EUR|GBP|JPY|CHF)\s?)\s?$")
_CUR_SUFFIX = re.compile(r"\s?(?:US\$|[$€£¥]|USD|EUR|GBP|JPY|CHF|(?i:euros?|dollars?|pounds?|yen|francs))(?![A-Za-z])")
_PERCENT_SUFFIX = re.compile(r"\s?(?:%|(?i:per\s?cent|percent)\b)")
# "1.2 million"; k/m/bn only after a currency, where "m" cannot be metres.
_SCALE = re.compile(r"\s?(?:(?i:thousand|million|billion)\b|(?:[kKmM]|bn|BN)\b)")
_SCALE_VALUES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
# Unit aliases → one canonical name. Symbols match case-sensitively ("5G" is no gram); words do not.
UNITS: dict[str, tuple[str, ...]] = {
    "km/h": ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour"),
    "mph": ("mph", "miles per hour"),
    "m/s": ("m/s", "metres per second", "meters per second"),
    "knot": ("knots", "knot", "kn", "kt"),
    "m²": ("m²", "m2", "sq m", "square metres", "square meters"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "cm": ("cm", "centimetres", "centimeters", "centimetre", "centimeter"),
    "mm": ("mm", "millimetres", "millimeters", "millimetre", "millimeter"),
    "m": ("m", "metres", "meters", "metre", "meter"),
    "mile": ("miles", "mile", "mi"),
    "ft": ("ft", "feet", "foot"),
    "inch": ("inches", "inch"),
    "kg": ("kg", "kilograms", "kilogram", "kilos", "kilo"),
    "g": ("g", "grams", "gram"),
    "t": ("t", "tonnes", "tonne", "tons", "ton"),
    "lb": ("lb", "lbs"),
    "ml": ("ml", "mL", "millilitres", "milliliters"),
    "l": ("l", "L", "litres", "liters", "litre", "liter"),
    "GWh": ("GWh",),
    "MWh": ("MWh",),
    "kWh": ("kWh",),
    "Wh": ("Wh",),
    "GW": ("GW", "gigawatts"),
    "MW": ("MW", "megawatts"),
    "kW": ("kW", "kilowatts"),
    "W": ("W", "watts", "watt"),
    "V": ("V", "volts", "volt"),
    "°C": ("°C", "degrees celsius"),
    "°F": ("°F", "degrees fahrenheit"),
    "TB": ("TB",),
    "GB": ("GB",),
    "MB": ("MB",),
    "GHz": ("GHz",),
    "MHz": ("MHz",),
    "second": ("seconds", "second", "secs", "sec"),
    "minute": ("minutes", "minute", "mins", "min"),
    "hour": ("hours", "hour", "hrs", "hr", "h"),
    "day": ("days", "day"),
    "week": ("weeks", "week"),
    "month": ("months", "month"),
    "year": ("years", "year", "yrs", "yr"),
}
_UNIT_OF = {alias.lower() if " " in alias or len(alias) > 3 else alias: u for u, a in UNITS.items() for alias in a}
_ALIASES = sorted(_UNIT_OF, key=len, reverse=True)
_UNIT_SUFFIX = re.compile(
    r"\s?(" + "|".join(f"(?i:{re.escape(a)})" if a.islower() and len(a) > 3 else re.escape(a) for a in _ALIASES) + r")"
    r"(?![A-Za-z0-9])"
)
_RANGE = re.compile(r"\s?(?:-|–|to)\s?")
_PAREN = re.compile(r"\s*\(\s*([^()]{1,30}?)\s*\)")
KINDS = ("date", "time", "price", "percent", "quantity", "number", "name")


@dataclass(frozen=True)
class Span:
    """A fact-like span of a sentence, with its value in comparable form.

    `value` is a float (number, percent), a (year, month, day) tuple (date), an
    (hour, minute) tuple (time), an (amount, currency or unit) tuple (price, quantity),
    or the lower-case text (name). A range's amount is a (low, high) tuple."""

    text: str
    kind: str  # date, time, price, percent, quantity, number or name
    value: object
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)


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


def spelled_value(words: str) -> float:
    """The value of number words: "five hundred" 500, "twenty-four" 24, "a dozen" 12."""
    total = current = 0
    for w in re.findall(r"[a-z]+", words.lower()):
        if w in ("a", "an", "and"):
            continue
        if w == "hundred":
            current = max(current, 1) * 100
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w in SCALES:
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            current += NUMBER_WORDS[w]
    return float(total + current)


def _core_at(text: str, pos: int) -> re.Match[str] | None:
    """A number (digits or words) starting exactly at `pos`."""
    return DIGITS.match(text, pos) or SPELLED.match(text, pos)


def _core_value(m: re.Match[str]) -> float | None:
    text = m.group()
    if not text[0].isdigit():
        return spelled_value(text)
    return _value(text.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", text) else text)


def _paren_end(text: str, end: int, value: float) -> int:
    """Past a restatement in parentheses: "six (6)", "6 (six)"."""
    p = _PAREN.match(text, end)
    if p and (inner := _core_at(p[1], 0)) and inner.end() == len(p[1]) and _core_value(inner) == value:
        return p.end()
    return end


def _figure(text: str, m: re.Match[str]) -> tuple[Span, int] | None:
    """The figure whose number is `m`: currency, scale, range, percent or unit around it."""
    value = _core_value(m)
    if value is None:
        return None
    start, end = m.start(), _paren_end(text, m.end(), value)
    prefix = _CUR_PREFIX.search(text[max(0, start - 5) : start]) if m.group()[0].isdigit() else None
    if scale := _SCALE.match(text, end):
        word = scale.group().strip().lower()
        if prefix or word in ("thousand", "million", "billion"):
            value *= _SCALE_VALUES[word]
            end = scale.end()
    amount: float | tuple[float, float] = value
    if (dash := _RANGE.match(text, end)) and (second := _core_at(text, dash.end())):
        high = _core_value(second)
        tail = second.end()
        if high is not None and (prefix or _suffix(text, tail)):
            amount, end = (value, high), tail
    if prefix:
        start -= len(prefix.group())
        currency = CURRENCIES[prefix.group().strip().lower()]
        return Span(text[start:end].strip(), "price", (amount, currency), start, end), end
    kind, unit, end2 = _suffix(text, end) or ("number", None, end)
    span_value: object = amount if unit is None else (amount, unit)
    return Span(text[start:end2].strip(), kind, span_value, start, end2), end2


def _suffix(text: str, end: int) -> tuple[str, str | None, int] | None:
    """What follows a number: (kind, currency or unit, end), or None."""
    if s := _PERCENT_SUFFIX.match(text, end):
        return "percent", None, s.end()
    if s := _CUR_SUFFIX.match(text, end):
        return "price", CURRENCIES[s.group().strip().lower()], s.end()
    if s := _UNIT_SUFFIX.match(text, end):
        alias = s[1]
        return "quantity", _UNIT_OF.get(alias, _UNIT_OF.get(alias.lower(), alias)), s.end()
    return None


def _time_value(m: re.Match[str]) -> tuple[int, int]:
    hour, minute, ampm = (int(m[1]), int(m[2]), m[3]) if m[1] else (int(m[4]), 0, m[5])
    if ampm and ampm[0].lower() == "p" and hour < 12:
        hour += 12
    elif ampm and ampm[0].lower() == "a" and hour == 12:
        hour = 0
    return hour, minute


def figure_spans(text: str) -> list[Span]:
    """Every figure of `text` (dates, times, prices, percents, quantities, numbers), in text order."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for pattern, parse in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            try:
                date = parse(m)
            except (KeyError, ValueError):
                continue
            taken.append((m.start(), m.end()))
            spans.append(Span(m.group().strip(), "date", date, m.start(), m.end()))
    for m in TIME.finditer(text):
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end()))
            spans.append(Span(m.group().strip(), "time", _time_value(m), m.start(), m.end()))
    pos = 0
    cores = sorted([*DIGITS.finditer(text), *SPELLED.finditer(text)], key=lambda m: m.start())
    for m in cores:
        if m.start() < pos or not free(m.start(), m.end()):
            continue
        found = _figure(text, m)
        if found is None:
            continue
        span, pos = found
        taken.append((span.start, span.end))
        spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def _amount(span: Span) -> object:
    return span.value[0] if isinstance(span.value, tuple) and span.kind in ("price", "quantity") else span.value


def _is_small_count(span: Span) -> bool:
    # One-digit counts ("3 steps", "one of") carry little risk and are everywhere.
    return span.kind == "number" and isinstance(span.value, float) and span.value < 10 and "." not in span.text


def fact_spans(sentence: str) -> list[Span]:
    """Figures (bare numbers only from 10 up, or with decimals) and names, each once.

    Ordered by kind (date, time, price, percent, quantity, number, name), then position."""
    figures = figure_spans(sentence)
    spans = [s for s in figures if not _is_small_count(s)]
    taken = [(s.start, s.end) for s in figures]
    for m in NAME.finditer(sentence):
        word = m.group()
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if word in COMMON_NAMES or word.lower().rstrip(".") in MONTHS:
            continue
        spans.append(Span(word, "name", word.lower(), m.start(), m.end()))
    return sorted(spans, key=lambda s: (KINDS.index(s.kind), s.start))


def _keys(span: Span) -> list[tuple[str, object]]:
    """What a span lets a draft state: itself, and each end of a range."""
    keys: list[tuple[str, object]] = [(span.kind, span.value)]
    amount = _amount(span)
    if isinstance(amount, tuple) and span.kind != "time":
        tag = span.value[1] if span.kind in ("price", "quantity") else None  # type: ignore[index]
        keys += [(span.kind, (a, tag) if tag else a) for a in amount]
    return keys


def _numbers(span: Span) -> set[float]:
    amount = _amount(span)
    if span.kind in ("date", "time", "name"):
        return set()
    return {float(a) for a in amount} if isinstance(amount, tuple) else {float(amount)}  # type: ignore[arg-type]


@dataclass
class Evidence:
    """The values the passages (and the request) state, in comparable form."""

    numbers: set[float]
    dates: set[tuple[int, int, int]]
    text: str
    figures: set[tuple[str, object]] = field(default_factory=set)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Evidence:
        joined = "\n".join(texts)
        spans = figure_spans(joined)
        # Any number as written counts, date parts included ("2026" of "2026-04-01").
        numbers = {v for m in NUMBER.finditer(joined) if (v := _value(m.group())) is not None}
        numbers |= {v for s in spans for v in _numbers(s)}
        figures = {key for s in spans for key in _keys(s)}
        dates: set[tuple[int, int, int]] = set()
        for s in spans:
            if s.kind == "date" and isinstance(s.value, tuple):
                y, mo, d = (int(x) for x in s.value)
                dates |= {(y, mo, d), (y, mo, 0), (0, mo, d)}  # "March 2026" and "March 3rd" are supported too
        return cls(numbers, dates, re.sub(r"\s+", " ", joined.lower()), figures)

    def supports_date(self, date: tuple[int, int, int]) -> bool:
        return date in self.dates

    def supports_number(self, value: float) -> bool:
        return value in self.numbers

    def supports_name(self, name: str) -> bool:
        return re.sub(r"\s+", " ", name.lower()) in self.text

    def supports(self, span: Span) -> bool:
        """Whether a text states `span`'s value: a price needs its currency, a quantity its unit."""
        if span.kind == "date":
            return self.supports_date(span.value)  # type: ignore[arg-type]
        if span.kind == "name":
            return self.supports_name(span.text)
        if span.kind == "number":
            return self.supports_number(span.value)  # type: ignore[arg-type]
        if (span.kind, span.value) in self.figures:
            return True
        keys = _keys(span)
        return len(keys) > 1 and all(k in self.figures for k in keys[1:])


def allowed_figures(texts: Iterable[str]) -> list[str]:
    """The digit runs and number words of `texts`, as written and normalised.

    "$1,299.00" gives "1,299.00", "1299.00" and "1299"; "2026-04-01" gives its parts as
    well; "five hundred" gives itself and "500". Copy-locked decoding lets a row write
    only these."""
    out: dict[str, None] = {}
    for text in texts:
        for m in RUN.finditer(text):
            run = m.group()
            out[run] = None
            for part in re.split(r"[:/\-]", run):
                plain = part.replace(",", "")
                out.update(dict.fromkeys([part, plain, re.sub(r"\.0+$", "", part), re.sub(r"\.0+$", "", plain)]))
        for m in SPELLED.finditer(text):
            out[m.group()] = None
            value = spelled_value(m.group())
            out[f"{value:.0f}" if value == int(value) else str(value)] = None
    return [s for s in out if s]


_STOPWORDS = (
    "a an the of to in on at by for from with and or but is are was were be been being it its this that these those "
    "your our their his her my we you they he she i as per up down out over under than then so not no yes will shall "
    "may can could would should must do does did has have had which who whom whose what when where how all any each "
    "every some only just also into onto about after before within between both either neither there here"
)
STOPWORDS = frozenset(_STOPWORDS.split())
_CLAUSE = re.compile(r"[;:,()\n]|\b(?:and|but|while|whereas|or)\b", re.I)
WINDOW = 4


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def figure_context(sentence: str, span: Span, spans: Sequence[Span] = ()) -> set[str]:
    """The thing a figure is stated of: the nearest content words in its clause.

    A clause ends at ; : , ( ) and at "and", "but", "while", "whereas", "or", and at the
    next figure; of its words, stopwords, number words and other figures' text are left
    out, and the `WINDOW` nearest on each side are kept, stemmed ("fares" → "fare")."""
    others = [s for s in spans if s.start != span.start]
    left = max([0, *(m.end() for m in _CLAUSE.finditer(sentence, 0, span.start))])
    left = max([left, *(s.end for s in others if s.end <= span.start)])
    stop = _CLAUSE.search(sentence, span.end)
    right = min([stop.start() if stop else len(sentence), *(s.start for s in others if s.start >= span.end)])

    def content(text: str) -> list[str]:
        words = re.findall(r"[a-z][a-z'-]*", text.lower())
        return [_stem(w) for w in words if w not in STOPWORDS and w not in NUMBER_WORDS and len(w) > 1]

    return set(content(sentence[left : span.start])[-WINDOW:] + content(sentence[span.end : right])[:WINDOW])


def misattributed(sentence: str, evidence_texts: Iterable[str]) -> list[Span]:
    """Figures of `sentence` that a source states, but of another thing; see `SourceFigures`."""
    return SourceFigures.of(evidence_texts).misattributed(sentence)


@dataclass(frozen=True)
class SourceFigures:
    """The figures of some source texts, each with its context, read once so that many
    sentences can be checked against them (an attributed draft checks each rewrite against
    every passage shown: 37 ms a check when the passages were read again each time)."""

    evidence: Evidence
    # Each source figure with its context words and the evidence of that figure alone.
    contexts: tuple[tuple[Evidence, frozenset[str]], ...]

    @classmethod
    def of(cls, evidence_texts: Iterable[str]) -> SourceFigures:
        from hybrid.text import sentences  # NLTK loads on first use, not on import

        texts = list(evidence_texts)
        contexts: list[tuple[Evidence, frozenset[str]]] = []
        for text in texts:
            for s in sentences(text, source=True):
                # A source wraps its lines mid-sentence ("cache package metadata\nfor 10
                # minutes"), and a line break ends a clause: unwrapped, the figure keeps its words.
                s = re.sub(r"\s+", " ", s)
                # Read like the draft side: a small count ("Quillon 3") is no figure, nor a clause break.
                figures = [f for f in figure_spans(s) if not _is_small_count(f)]
                contexts += [
                    (Evidence.of([f.text]), frozenset(figure_context(s, f, figures)))
                    for f in figures
                    if f.kind != "date"
                ]
        return cls(Evidence.of(texts), tuple(contexts))

    def misattributed(self, sentence: str) -> list[Span]:
        """Figures of `sentence` that a source states, but of another thing.

        For each supported figure of the draft sentence, its context (`figure_context`) is
        compared with the context of every figure in the source sentences: the best word
        overlap among the figures with the same value, and the best among figures with a
        different value. The figure is flagged when a different figure's context overlaps
        strictly more (at least one word) than any same-valued one's: "Your return ticket
        costs 14.50 euros" against "A single fare costs 14.50 euros; a return costs 25 euros".
        A restatement in other words overlaps neither, so it is not flagged."""
        # Dates bound a clause on both sides alike: a verbatim source sentence must read the
        # same as its source ("uptime for February 2026 was 99.60%" was flagged when only the
        # source side stopped the clause at the date).
        bounds = [f for f in figure_spans(sentence) if not _is_small_count(f)]
        flagged = []
        for f in (f for f in bounds if f.kind != "date"):
            if not self.evidence.supports(f):
                continue
            context = figure_context(sentence, f, bounds)
            same: list[int] = []
            other: list[int] = []
            for alone, c in self.contexts:
                (same if alone.supports(f) else other).append(len(context & c))
            if same and other and max(other) > max(same):
                flagged.append(f)
        return flagged
