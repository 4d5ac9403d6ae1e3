"""What someone would have asked for, for each section: a template over the document's
title, the section's headings and the document's kind.

A template, not the base model: it costs nothing, is the same every run, and the
base model (SmolLM2-135M) was not measured to phrase requests better.
"""

from __future__ import annotations

import re

from hybrid.style.fromdocs.sections import Section

# First match wins: the words in a title or path that say what kind of document it is.
KINDS: tuple[tuple[str, str], ...] = (
    (r"\bterms\b", "terms"),
    (r"\bprivacy\b", "privacy statement"),
    (r"\bpolic(y|ies)\b", "policy"),
    (r"\bcode of conduct\b", "code of conduct"),
    (r"\bagreement\b", "agreement"),
    (r"\bfaq\b|\bfrequently asked\b", "FAQ"),
    (r"\blimitations?\b|\bknown issues?\b", "notes on known limitations"),
    (r"\breleases?\b|\bchangelog\b|\brelease notes\b", "release notes"),
    (r"\bguide\b|\bhow to\b|\btutorial\b", "guide"),
)


def kind_of(title: str, path: str) -> str:
    """The document's kind from its title or file name; "document" when neither says."""
    haystack = f"{title} {path}".lower().replace("-", " ").replace("_", " ")
    return next((kind for pattern, kind in KINDS if re.search(pattern, haystack)), "document")


def instruction(section: Section) -> str:
    """The request a section answers, e.g. 'Write the section of our terms "GitHub Terms of
    Service" on "Account Termination".'"""
    kind = kind_of(section.title, section.document)
    title = section.title.strip()
    heading = section.heading.strip()
    if heading.endswith("?"):
        return f'Answer the question "{heading}" for our {kind}.'
    if not section.headings or heading == title:
        return f'Write the opening of our {kind} "{title}".'
    where = " > ".join(section.headings)
    more = " (continued)" if section.part > 1 else ""
    return f'Write the section of our {kind} "{title}" on "{where}"{more}.'
