"""Old import path of `hybrid.style.adapter_store`, kept so existing imports work."""

from hybrid.style.adapter_store import (
    CONFIG,
    MANIFEST,
    NAME_RE,
    PICKLE_SUFFIXES,
    VERSION_RE,
    WEIGHTS,
    AdapterError,
    AdapterManifest,
    AdapterRef,
    AdapterRegistry,
    Composite,
    check_name,
    check_version,
    validate_folder,
)

__all__ = [
    "CONFIG",
    "MANIFEST",
    "NAME_RE",
    "PICKLE_SUFFIXES",
    "VERSION_RE",
    "WEIGHTS",
    "AdapterError",
    "AdapterManifest",
    "AdapterRef",
    "AdapterRegistry",
    "Composite",
    "check_name",
    "check_version",
    "validate_folder",
]
