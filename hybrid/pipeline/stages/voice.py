"""Voice: which adapter and style guide speak for the spec's department."""

from __future__ import annotations

from dataclasses import dataclass

from hybrid.pipeline.departments import DepartmentError
from hybrid.pipeline.spec import DraftSpec
from hybrid.protocols import VoiceMap
from hybrid.types import BASE


@dataclass(frozen=True)
class Voice:
    adapter: str
    guide: str | None
    notes: tuple[str, ...] = ()


def choose_voice(voices: VoiceMap, spec: DraftSpec) -> Voice:
    """The department's adapter (or the base model) and, if asked for, its style guide.

    An unknown department is refused here, before any retrieval or model work."""
    if spec.use_adapter:
        adapter = voices.adapter_for(spec.department)
    else:
        known = voices.known()
        if spec.department not in known:
            raise DepartmentError(
                f"unknown department {spec.department!r}; known departments: {', '.join(known) or '(none)'}"
            )
        adapter = BASE
    guide = voices.style_guide(spec.department) if spec.style_prompt else None
    notes: tuple[str, ...] = ()
    if spec.style_prompt and guide is None:
        notes = (f"department {spec.department!r} has no style guide; the prompt has none",)
    return Voice(adapter, guide, notes)
