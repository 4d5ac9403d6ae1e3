"""Bearer tokens: one for the API, one (or the same) for ingest, and the loopback rules:
where a tokenless server may listen, and which Host and Origin it answers."""

from __future__ import annotations

import hmac
import ipaddress
from typing import Any
from urllib.parse import urlsplit

from hybrid.errors import ConfigError

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
# The names a browser on this machine uses for a loopback server. Any other Host on a
# tokenless server is a page that rebound its own domain to 127.0.0.1 (DNS rebinding).
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def plain(secret: Any) -> str | None:
    """A token's value, whether the settings hold it as a `SecretStr` or a plain string."""
    if secret is None:
        return None
    reveal = getattr(secret, "get_secret_value", None)
    return str(reveal()) if reveal is not None else str(secret)


def host_name(header: str) -> str:
    """The host of a Host header (`name`, `name:port`, `[v6]:port`), lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    name, sep, port = header.rpartition(":")
    return name if sep and port.isdigit() else header


def loopback_host(header: str | None) -> bool:
    return header is not None and host_name(header) in LOOPBACK_HOSTS


def loopback_origin(origin: str) -> bool:
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and (parts.hostname or "") in LOOPBACK_HOSTS


def check_bind(host: str, api_token: Any) -> None:
    """Refuse to serve an open API beyond this machine."""
    if not plain(api_token) and not is_loopback(host):
        raise ConfigError(
            f"refusing to listen on {host} without an API token: anyone who can reach it could use the models. "
            "Set HYBRID_API_TOKEN (or serve.api_token), or listen on 127.0.0.1"
        )


def bearer(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header."""
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def matches(given: str | None, expected: Any) -> bool:
    """`given` is `expected` (a string or `SecretStr`). Constant-time, so response timing
    says nothing about how much of a guess was right."""
    want = plain(expected)
    if given is None or want is None:
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), want.encode("utf-8", "surrogatepass"))
