"""Bearer tokens: one for the API, one (or the same) for ingest, and the loopback rule."""

from __future__ import annotations

import hmac
import ipaddress

from hybrid.errors import ConfigError

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, api_token: str | None) -> None:
    """Refuse to serve an open API beyond this machine."""
    if not api_token and not is_loopback(host):
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


def matches(given: str | None, expected: str) -> bool:
    # Constant-time, so response timing says nothing about how much of a guess was right.
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())
