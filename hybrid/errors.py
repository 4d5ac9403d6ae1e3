"""The exceptions users catch. Every message names the file, field or value at fault
and says what to do about it."""

from __future__ import annotations


class HybridError(Exception):
    """Base class of every error `hybrid` raises on purpose."""


class ConfigError(HybridError):
    """A setting is missing, unknown or invalid."""


class ModelNotFoundError(HybridError):
    """A model could not be found locally (and the hub is offline or unreachable)."""


class InputPathError(HybridError):
    """A path given to ingest does not exist or cannot be read."""


class StoreError(HybridError):
    """The knowledge store is unreachable, locked, or was built differently."""


class EmptyStoreError(StoreError):
    """Retrieval was asked of a store with nothing in it."""
