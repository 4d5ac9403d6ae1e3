"""The exceptions users catch. Every message names the file, field or value at fault
and says what to do about it."""

from __future__ import annotations


class HybridError(Exception):
    """Base class of every error `hybrid` raises on purpose."""


class ConfigError(HybridError):
    """A setting is missing, unknown or invalid."""


class ModelNotFoundError(HybridError):
    """A model could not be found locally (and the hub is offline or unreachable)."""


class UnsupportedModelError(ModelNotFoundError):
    """A model folder was found but asks for something `hybrid` does not reproduce (a
    sentence-transformers module, pooling mode or activation); the message names the file
    and the value. A subclass of ModelNotFoundError, so callers that catch that still do."""


class InputPathError(HybridError):
    """A path given to ingest does not exist or cannot be read."""


class StoreError(HybridError):
    """The knowledge store is unreachable, locked, or was built differently."""


class FilterError(HybridError, ValueError):
    """A retrieval filter is not in the filter language; the message names the field."""


class EmptyStoreError(StoreError):
    """Retrieval was asked of a store with nothing in it."""


class SchemaError(HybridError):
    """A schema cannot be compiled to a bounded grammar; the message names the construct."""


class StructuredOutputError(HybridError):
    """No reply validated against the schema within the allowed retries.

    Nothing is fixed silently: `attempts` holds every raw reply with the errors that
    rejected it, and `draft` the last attempt's `Draft` (with `data=None`)."""

    def __init__(self, message: str, attempts: list[tuple[str, list[str]]], draft: object = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.draft = draft

    @property
    def raw(self) -> str:
        """The last raw reply."""
        return self.attempts[-1][0] if self.attempts else ""


class RemoteGeneratorError(HybridError):
    """An OpenAI-compatible generator server could not be reached, refused the key, or
    does not serve the model (adapter) asked for; the message names the URL and model."""


class LockBusyError(StoreError):
    """Another ingest held the ingest lock (a file, or a Chroma server's lease) for longer
    than this one could wait; the message names the lock and its holder."""


class LeaseLostError(StoreError):
    """This ingest's lease on a Chroma server's collection lapsed or was taken over, so it
    stopped before writing again; the next ingest repairs the store from the journal."""
