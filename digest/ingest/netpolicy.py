"""Which IP addresses the fetcher may connect to (SSRF guard). Pure: addresses in, verdicts out.

A feed URL comes from a config file or, later, from a redirect chosen by a remote server, so a
fetch must never reach the host's own services, the LAN or cloud metadata endpoints
(169.254.169.254). Only globally routable unicast addresses pass, unless the operator lists a
network in `fetch.allow_networks`. The table below follows the IANA special-purpose address
registries (RFC 6890 and successors) rather than `ipaddress.is_global`, whose answers changed
between Python patch releases.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# (network, what it is). First match wins, so more specific entries come first.
_V4_BLOCKED: tuple[tuple[ipaddress.IPv4Network, str], ...] = tuple(
    (ipaddress.IPv4Network(net), kind)
    for net, kind in (
        ("0.0.0.0/8", "unspecified"),  # "this network", RFC 791; 0.0.0.0 reaches localhost
        ("10.0.0.0/8", "private"),  # RFC 1918
        ("100.64.0.0/10", "shared (CGNAT)"),  # RFC 6598
        ("127.0.0.0/8", "loopback"),  # RFC 1122
        ("169.254.0.0/16", "link-local"),  # RFC 3927; cloud metadata lives here
        ("172.16.0.0/12", "private"),  # RFC 1918
        ("192.0.0.0/24", "reserved"),  # IETF protocol assignments, RFC 6890
        ("192.0.2.0/24", "documentation"),  # TEST-NET-1, RFC 5737
        ("192.88.99.0/24", "reserved"),  # 6to4 relay anycast, deprecated by RFC 7526
        ("192.168.0.0/16", "private"),  # RFC 1918
        ("198.18.0.0/15", "benchmarking"),  # RFC 2544
        ("198.51.100.0/24", "documentation"),  # TEST-NET-2
        ("203.0.113.0/24", "documentation"),  # TEST-NET-3
        ("224.0.0.0/4", "multicast"),  # RFC 5771
        ("255.255.255.255/32", "broadcast"),  # RFC 919
        ("240.0.0.0/4", "reserved"),  # RFC 1112, "future use"
    )
)

_V6_BLOCKED: tuple[tuple[ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.IPv6Network(net), kind)
    for net, kind in (
        ("::/128", "unspecified"),  # RFC 4291
        ("::1/128", "loopback"),  # RFC 4291
        ("64:ff9b:1::/48", "local-use NAT64"),  # RFC 8215
        ("100::/64", "reserved"),  # discard-only, RFC 6666
        ("2001::/23", "reserved"),  # IETF protocol assignments incl. Teredo, RFC 2928/4380
        ("2001:db8::/32", "documentation"),  # RFC 3849
        ("3fff::/20", "documentation"),  # RFC 9637
        ("5f00::/16", "reserved"),  # SRv6 SIDs, RFC 9602
        ("fc00::/7", "unique-local"),  # RFC 4193
        ("fe80::/10", "link-local"),  # RFC 4291
        ("fec0::/10", "site-local"),  # deprecated by RFC 3879
        ("ff00::/8", "multicast"),  # RFC 4291
    )
)

# IPv6 forms that carry an IPv4 address: the embedded address decides (RFC 4291, 6052, 3056).
_V4_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_V4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
_GLOBAL_UNICAST_V6 = ipaddress.IPv6Network("2000::/3")


def parse_networks(cidrs: Iterable[str | IPNetwork]) -> tuple[IPNetwork, ...]:
    """Parse allow-list CIDRs; raises ValueError naming the bad entry (for config validation)."""
    parsed: list[IPNetwork] = []
    for cidr in cidrs:
        if isinstance(cidr, ipaddress.IPv4Network | ipaddress.IPv6Network):
            parsed.append(cidr)
            continue
        try:
            parsed.append(ipaddress.ip_network(cidr.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(
                f"{cidr!r} is not a network; write a CIDR such as '127.0.0.0/8' or '::1/128'"
            ) from exc
    return tuple(parsed)


@lru_cache(maxsize=64)
def _cached_networks(cidrs: tuple[str | IPNetwork, ...]) -> tuple[IPNetwork, ...]:
    return parse_networks(cidrs)


def _embedded_v4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, str] | None:
    """The IPv4 address an IPv6 transition form reaches, and the form's name."""
    if ip in _V4_MAPPED:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF), "IPv4-mapped"
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF), "NAT64"
    if ip in _V4_COMPATIBLE and int(ip) > 1:  # :: and ::1 are themselves, not embeddings
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF), "IPv4-compatible"
    if ip in _SIX_TO_FOUR:
        return ipaddress.IPv4Address((int(ip) >> 80) & 0xFFFFFFFF), "6to4"
    return None


def _allowed(ip: IPAddress, allow: tuple[IPNetwork, ...]) -> bool:
    return any(ip.version == net.version and ip in net for net in allow)


def _v4_kind(ip: ipaddress.IPv4Address) -> str | None:
    for net, kind in _V4_BLOCKED:
        if ip in net:
            return kind
    return None


def _v6_kind(ip: ipaddress.IPv6Address) -> str | None:
    for net, kind in _V6_BLOCKED:
        if ip in net:
            return kind
    if ip not in _GLOBAL_UNICAST_V6:
        return "reserved"  # everything outside 2000::/3 is unassigned or special
    return None


def check_address(
    ip: str | IPAddress, allow_networks: Iterable[str | IPNetwork] = ()
) -> str | None:
    """None when `ip` may be fetched, else a reason such as "10.0.0.1 is a private address".

    An address inside `allow_networks` is always accepted; for IPv6 forms that embed an IPv4
    address (mapped, compatible, NAT64, 6to4) the embedded address is judged, and allowed, too.
    """
    address = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    if isinstance(address, ipaddress.IPv6Address) and address.scope_id:
        address = ipaddress.IPv6Address(address.compressed.split("%", 1)[0])
    allow = _cached_networks(tuple(allow_networks))
    if _allowed(address, allow):
        return None
    if isinstance(address, ipaddress.IPv4Address):
        kind = _v4_kind(address)
        return None if kind is None else f"{address} is {_article(kind)} {kind} address"
    embedded = _embedded_v4(address)
    if embedded is not None:
        v4, form = embedded
        if _allowed(v4, allow):
            return None
        kind = _v4_kind(v4)
        if kind is None:
            return None
        return f"{address} is {_article(kind)} {kind} address ({form} {v4})"
    kind = _v6_kind(address)
    return None if kind is None else f"{address} is {_article(kind)} {kind} address"


def _article(word: str) -> str:
    # "a unique-local", "an unspecified": the sound, not the letter, decides
    return "a" if word.startswith("uni") else ("an" if word[0] in "aeiou" else "a")
