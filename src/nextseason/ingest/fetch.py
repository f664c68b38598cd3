"""Fetch one page by URL with httpx: timeouts, a size cap, and an address policy.

Private, loopback, link-local, multicast, reserved and unspecified addresses are refused
unless ``settings.allow_private``: the host is resolved and every address it resolves to
is checked, on every redirect hop (redirects are followed by hand for that reason).
The connection then goes to the address that was checked (the URL's host replaced by
it, the name kept in the Host header and, for https, in TLS's server name, so the
certificate is still verified against the name): a DNS answer that changes between the
check and the connection cannot redirect the request.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any
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


def check_address(url: str, settings: Settings) -> list[str]:
    """The addresses to connect to for ``url``; a FetchError unless ``url`` is http(s) and
    its host resolves only to public addresses (or ``settings.allow_private``)."""
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
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise FetchError(url, "host not found", f"{host} has no address")
    for address in addresses:
        if not settings.allow_private and _not_public(address):
            raise FetchError(url, "refused: private or local address",
                             f"{host} resolves to {address}; use --allow-private to fetch it")
    return list(dict.fromkeys(str(address) for address in addresses))


def pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(URL with the host replaced by ``address``, headers, request extensions)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"[{address}]" if ":" in address else address
    if parts.port:
        netloc += f":{parts.port}"
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    host_header = f"[{host}]" if ":" in host else host
    if parts.port:
        host_header += f":{parts.port}"
    return parts._replace(netloc=netloc).geturl(), {"Host": host_header}, extensions


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
            try:
                found = _get(client, current, check_address(current, settings), settings.max_bytes)
            except httpx.TimeoutException as error:
                raise FetchError(url, "timed out", f"after {settings.fetch_timeout_s:g}s") from error
            except httpx.HTTPError as error:
                raise FetchError(url, "fetch failed", f"{type(error).__name__}: {error}") from error
            if isinstance(found, str):
                current = found  # a redirect: check the next hop's addresses too
                continue
            status, content_type, body = found
            if status >= 400:
                raise FetchError(url, f"HTTP {status}", _status_detail(status, url, current))
            return Fetched(current, content_type, body, datetime.now(UTC))
    raise FetchError(url, "too many redirects", f"more than {MAX_REDIRECTS}")


def _status_detail(status: int, url: str, current: str) -> str:
    """What an error status means ('Not Found'), and where, when a redirect led elsewhere."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "error"
    return phrase if current == url else f"{phrase} at {current}"


def _get(client: Any, url: str, addresses: list[str], cap: int) -> str | tuple[int, str, bytes]:
    """One GET of ``url`` at the first of ``addresses`` that answers: the redirect target,
    or (status, content type, body)."""
    import httpx

    for index, address in enumerate(addresses):
        target, headers, extensions = pinned(url, address)
        try:
            with client.stream("GET", target, headers=headers, extensions=extensions) as response:
                if response.is_redirect and "location" in response.headers:
                    return urljoin(url, str(response.headers["location"]))
                content_type = str(response.headers.get("content-type", "")).split(";")[0].strip().lower()
                body = _read_capped(response, url, cap) if response.status_code < 400 else b""
                return int(response.status_code), content_type, body
        except httpx.ConnectError:
            if index == len(addresses) - 1:
                raise
    raise FetchError(url, "host not found", "no address")


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
