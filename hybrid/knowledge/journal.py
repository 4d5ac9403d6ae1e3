"""Where the ingest journal (the manifest, `hybrid.knowledge.manifest`) and the ingest lock
(`hybrid.knowledge.lease`) of a collection live.

Embedded store: a manifest file and a file lock in the state folder, as before. Chroma
server: both are records of the collection's coordination collection, `<collection>-ingest`,
in the same server, so every machine writing the collection reads the journal the last
writer left, and a run killed on one machine is repaired by the next run on any machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from hybrid.errors import StoreError
from hybrid.knowledge.lease import PLACEHOLDER_EMBEDDING, IngestLock, LocalLock, ServerLease
from hybrid.knowledge.manifest import Manifest

JOURNAL_ID = "journal"


class Journal(Protocol):
    """Loaded and saved under the ingest lock only."""

    where: str  # names the journal in messages
    # True when writers with other project roots share it (machines sharing a server): the
    # root it records is then not a reason to re-key every document.
    shared: bool

    def load(self) -> Manifest: ...

    def save(self, manifest: Manifest) -> None: ...


class FileJournal:
    """The manifest as a JSON file, written atomically."""

    shared = False

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.where = str(self.path)

    def load(self) -> Manifest:
        return Manifest.load(self.path)

    def save(self, manifest: Manifest) -> None:
        manifest.save(self.path)


class ServerJournal:
    """The manifest as the JSON document of one record in the coordination collection.
    An upsert replaces the record whole, so a reader sees one journal or the next."""

    shared = True

    def __init__(self, collection: Any, where: str, seed: Path | None = None) -> None:
        self._col = collection
        self.where = where
        # A manifest file the embedded era left for the same collection: the first server
        # journal starts from it, so the store's chunks stay accounted for.
        self._seed = seed

    def load(self) -> Manifest:
        got = self._col.get(ids=[JOURNAL_ID], include=["documents"])
        if not got["ids"]:
            return Manifest.load(self._seed) if self._seed is not None else Manifest()
        return Manifest.parse(got["documents"][0] or "", self.where, fix=f"delete its record {JOURNAL_ID!r}")

    def save(self, manifest: Manifest) -> None:
        self._col.upsert(
            ids=[JOURNAL_ID],
            embeddings=[PLACEHOLDER_EMBEDDING],
            documents=[manifest.model_dump_json()],
            metadatas=[{"version": manifest.version, "dirty": manifest.dirty}],
        )


@dataclass
class Coordination:
    """A collection's journal and lock, chosen together."""

    journal: Journal
    lock: IngestLock


def coordination_name(collection: str) -> str:
    return f"{collection}-ingest"


def local_coordination(state_dir: Path, collection: str) -> Coordination:
    return Coordination(
        FileJournal(state_dir / f"manifest-{collection}.json"),
        LocalLock(state_dir / f"ingest-{collection}.lock"),
    )


def server_coordination(client: Any, url: str, collection: str, lease_s: float, state_dir: Path) -> Coordination:
    """The journal and lease of `collection` in the Chroma server `client` talks to."""
    name = coordination_name(collection)
    try:
        col = client.get_or_create_collection(
            name,
            embedding_function=None,
            metadata={"purpose": f"hybrid ingest lease and journal of collection {collection}"},
        )
    except ValueError as exc:
        raise StoreError(f"Chroma collection {name!r} (the ingest journal of {collection!r}): {exc}") from None
    where = f"{url} collection {name!r}"
    seed = state_dir / f"manifest-{collection}.json"
    return Coordination(
        ServerJournal(col, where, seed if seed.is_file() else None),
        ServerLease(col, lease_s, where),
    )
