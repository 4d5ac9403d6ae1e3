"""The ingest manifest: which files are indexed, with which content hash and chunk ids.

It is the journal that makes updates incremental and crashes repairable: `dirty` is set
before the store is touched and cleared only after a run completes, so a run that was
killed leaves `dirty=True` and the next one reconciles the store against it.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from hybrid.atomic import write_json
from hybrid.errors import StoreError

# 2: keys relative to `root` (see hybrid.knowledge.identity); 1: relative to the working directory.
MANIFEST_VERSION = 2


class FileEntry(BaseModel):
    sha256: str = Field(description="sha256 of the file's bytes when it was indexed.")
    size: int = Field(description="Size in bytes when indexed.")
    department: str = Field(default="", description="Department the chunks were tagged with.")
    chunks: list[str] = Field(default_factory=list, description="Ids of the file's chunks in the store.")
    via: str = Field(
        default="",
        description="The symlink (absolute, unresolved) this file outside the folders given was found "
        "through ('': found directly); the file is dropped once that link is gone.",
    )


class Manifest(BaseModel):
    """Loaded and saved by `hybrid.knowledge.ingest.Ingestor` only. Unknown keys are ignored,
    so manifests written with the old, never-used `embedder`/`collection` keys still load."""

    version: int = Field(default=MANIFEST_VERSION, description="Manifest format version.")
    root: str = Field(default="", description="Folder the relative keys are relative to ('': every key is absolute).")
    dirty: bool = Field(default=False, description="True while a run may have changed the store (the journal bit).")
    files: dict[str, FileEntry] = Field(default_factory=dict, description="Indexed files by manifest key.")

    @classmethod
    def load(cls, path: Path) -> Manifest:
        if not path.is_file():
            return cls()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise _corrupt(str(path), exc, "move it aside") from None
        return cls.parse(text, str(path))

    @classmethod
    def parse(cls, text: str, where: str, fix: str = "move it aside") -> Manifest:
        """A manifest from its JSON; `where` names it, and `fix` says how to set it aside, if it is corrupt."""
        try:
            return cls.model_validate(json.loads(text))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise _corrupt(where, exc, fix) from None

    def save(self, path: Path) -> None:
        write_json(path, self.model_dump())

    def expected_ids(self) -> set[str]:
        return {cid for entry in self.files.values() for cid in entry.chunks}


def _corrupt(where: str, exc: Exception, fix: str) -> StoreError:
    return StoreError(
        f"ingest manifest {where} is corrupt ({exc.__class__.__name__}); {fix} "
        "and re-run `hybrid ingest` to rebuild it from the store"
    )
