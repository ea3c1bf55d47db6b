"""netpolicy on addresses as values: nothing here opens a connection."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.ingest.netpolicy import check_address, parse_networks

REFUSED = [
    ("127.0.0.1", "127.0.0.1 is a loopback address"),
    ("127.255.255.254", "loopback"),
    ("10.0.0.1", "10.0.0.1 is a private address"),
    ("172.16.0.1", "private"),
    ("172.31.255.255", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "169.254.169.254 is a link-local address"),  # cloud metadata
    ("100.64.0.1", "100.64.0.1 is a shared (CGNAT) address"),
    ("100.127.255.255", "shared (CGNAT)"),
    ("0.0.0.0", "0.0.0.0 is an unspecified address"),
    ("0.1.2.3", "unspecified"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("255.255.255.255", "broadcast"),
    ("240.0.0.1", "reserved"),
    ("192.0.0.8", "reserved"),
    ("192.0.2.1", "documentation"),
    ("198.51.100.7", "documentation"),
    ("203.0.113.9", "documentation"),
    ("198.18.0.1", "benchmarking"),
    ("::1", "::1 is a loopback address"),
    ("::", ":: is an unspecified address"),
    ("fc00::1", "fc00::1 is a unique-local address"),
    ("fd12:3456:789a::1", "unique-local"),
    ("fe80::1", "link-local"),
    ("fe80::1%eth0", "link-local"),
    ("fec0::1", "site-local"),
    ("ff02::1", "multicast"),
    ("2001:db8::1", "documentation"),
    ("2001::1", "reserved"),  # Teredo
    ("100::1", "reserved"),
    ("64:ff9b:1::1", "local-use NAT64"),
    ("4000::1", "reserved"),  # outside 2000::/3
    # IPv6 forms that reach an IPv4 address are judged by that address
    ("::ffff:127.0.0.1", "::ffff:7f00:1 is a loopback address (IPv4-mapped 127.0.0.1)"),
    ("::ffff:10.0.0.1", "private address (IPv4-mapped 10.0.0.1)"),
    ("::ffff:169.254.169.254", "link-local address (IPv4-mapped 169.254.169.254)"),
    ("::ffff:100.64.0.1", "shared (CGNAT) address (IPv4-mapped"),
    ("::10.0.0.1", "private address (IPv4-compatible 10.0.0.1)"),
    ("::127.0.0.1", "loopback address (IPv4-compatible 127.0.0.1)"),
    ("64:ff9b::10.0.0.1", "private address (NAT64 10.0.0.1)"),
    ("64:ff9b::127.0.0.1", "loopback address (NAT64 127.0.0.1)"),
    ("2002:7f00:1::", "loopback address (6to4 127.0.0.1)"),
    ("2002:a00:1::1", "private address (6to4 10.0.0.1)"),
    ("2002:a9fe:a9fe::", "link-local address (6to4 169.254.169.254)"),
]

ALLOWED = [
    "1.1.1.1",
    "8.8.8.8",
    "93.184.215.14",
    "100.128.0.1",  # just past CGNAT
    "172.32.0.1",  # just past 172.16/12
    "192.1.0.1",
    "2606:4700:4700::1111",
    "2a00:1450:4001:82b::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "2002:808:808::1",  # 6to4 of 8.8.8.8
]


@pytest.mark.parametrize(("address", "expected"), REFUSED)
def test_refused(address: str, expected: str) -> None:
    reason = check_address(address)
    assert reason is not None and expected in reason


@pytest.mark.parametrize("address", ALLOWED)
def test_global_addresses_pass(address: str) -> None:
    assert check_address(address) is None
    assert check_address(ipaddress.ip_address(address)) is None


def test_allow_networks_opens_exactly_their_range() -> None:
    allow = ("127.0.0.1/32",)
    assert check_address("127.0.0.1", allow) is None
    assert check_address("127.0.0.2", allow) == "127.0.0.2 is a loopback address"
    assert check_address("::ffff:127.0.0.1", allow) is None  # same host, mapped form
    assert check_address("::1", allow) == "::1 is a loopback address"
    assert check_address("10.1.2.3", ("10.0.0.0/8", "::1/128")) is None
    assert check_address("::1", ("10.0.0.0/8", "::1/128")) is None
    assert check_address("fd00::5", ("fd00::/8",)) is None
    assert check_address("192.168.0.1", (ipaddress.ip_network("192.168.0.0/16"),)) is None


def test_parse_networks_rejects_garbage_with_a_hint() -> None:
    assert parse_networks(["127.0.0.0/8", " ::1/128 ", "10.0.0.1"]) == (
        ipaddress.ip_network("127.0.0.0/8"),
        ipaddress.ip_network("::1/128"),
        ipaddress.ip_network("10.0.0.1/32"),
    )
    with pytest.raises(ValueError, match="'localhost' is not a network; write a CIDR"):
        parse_networks(["localhost"])


@given(st.ip_addresses(v=4))
def test_every_ipv4_agrees_with_its_mapped_form(address: ipaddress.IPv4Address) -> None:
    direct = check_address(address)
    mapped = check_address(ipaddress.IPv6Address(f"::ffff:{address}"))
    nat64 = check_address(ipaddress.IPv6Address(f"64:ff9b::{address}"))
    assert (direct is None) == (mapped is None) == (nat64 is None)


@given(st.ip_addresses())
def test_refused_addresses_are_never_global(
    address: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> None:
    # whatever Python's own table calls non-global we refuse too (ours is stricter, not looser)
    if not address.is_global and not _embeds_global_v4(address):
        assert check_address(address) is not None


def _embeds_global_v4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv4Address):
        return False
    mapped = address.ipv4_mapped or address.sixtofour
    if mapped is None and address in ipaddress.ip_network("64:ff9b::/96"):
        mapped = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if mapped is None and address in ipaddress.ip_network("::/96") and int(address) > 1:
        mapped = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return mapped is not None and check_address(mapped) is None
