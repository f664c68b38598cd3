"""Fetch one page by URL with httpx: timeouts, a size cap, and an address policy.

Private, loopback, link-local, multicast, reserved and unspecified addresses are refused
unless ``settings.allow_private``: the host is resolved and every address it resolves to
is checked, on every redirect hop (redirects are followed by hand for that reason).
Known limit: the address is checked before httpx connects, which resolves again; a DNS
answer that changes in between is not caught.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError
from ..settings import Settings

MAX_REDIRECTS = 5
USER_AGENT = "nextseason/0.1 (+https://example.invalid/nextseason)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes
    fetched_at: datetime


def check_address(url: str, settings: Settings) -> None:
    """Raise FetchError unless ``url`` is http(s) and its host resolves only to public
    addresses (or ``settings.allow_private``)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, "unsupported URL scheme", parts.scheme or "none")
    host = parts.hostname
    if not host:
        raise FetchError(url, "no host in URL")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(url, "host not found", str(error)) from error
    if settings.allow_private:
        return
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if _not_public(address):
            raise FetchError(url, "refused: private or local address",
                             f"{host} resolves to {address}; use --allow-private to fetch it")


def _not_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return bool(address.is_private or address.is_loopback or address.is_link_local
                or address.is_multicast or address.is_reserved or address.is_unspecified
                or not address.is_global)


def fetch(url: str, settings: Settings) -> Fetched:
    """GET ``url`` under the address policy, the size cap and the timeouts."""
    import httpx

    timeout = httpx.Timeout(settings.fetch_timeout_s, connect=min(10.0, settings.fetch_timeout_s))
    current = url
    with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT},
                      trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_address(current, settings)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError(url, f"HTTP {response.status_code}", str(response.url))
                    body = _read_capped(response, url, settings.max_bytes)
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    return Fetched(str(response.url), content_type, body, datetime.now(UTC))
            except httpx.TimeoutException as error:
                raise FetchError(url, "timed out", f"after {settings.fetch_timeout_s:g}s") from error
            except httpx.HTTPError as error:
                raise FetchError(url, "fetch failed", f"{type(error).__name__}: {error}") from error
    raise FetchError(url, "too many redirects", f"more than {MAX_REDIRECTS}")


def _read_capped(response: object, url: str, cap: int) -> bytes:
    import httpx

    assert isinstance(response, httpx.Response)
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise FetchError(url, "too large", f"{declared} bytes > max {cap}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise FetchError(url, "too large", f"more than max {cap} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
