"""What makes two addresses one subscriber, and how an address is written on the wire.

Identity. One address is one subscriber: `address_key` lower-cases the domain (DNS names are
case-insensitive, RFC 4343) and the local part. RFC 5321 §2.4 lets a server treat local parts
case-sensitively but calls exploiting that an interoperability problem, and no mail system in
use does; listmonk and Mailman both fold case. Folding is the safe direction: with
`EVIL@example.org` and `evil@example.org` as two subscribers, unsubscribing one kept mailing
the other. As in Mailman, identity is case-insensitive but the spelling is kept: mail goes to
the address as first written, so a server that did care about case still gets what the person
typed. It is not a setting: a store cannot safely change its identity rule after the fact
(every existing pair would have to be split or merged again), and the one thing a setting
could buy — two people whose addresses differ only in case — is what the issue was about.
`str.lower` (not `casefold`) is used: casefold turns "ß" into "ss", which would join two
different international mailboxes.

The wire. Addresses are stored as email-validator normalises them, with an internationalised
domain in Unicode (`jörg@bücher.de`). SMTP commands and the To header carry the domain as
IDNA A-labels ("punycode", RFC 5890: `xn--bcher-kva.de`), which every server accepts. A local
part that is not ASCII cannot be written that way: it needs the SMTPUTF8 extension (RFC 6531),
which the transport uses when the server offers it (see `needs_smtputf8`).
"""

from __future__ import annotations

import idna  # email-validator's own IDNA 2008 codec (a dependency of it)


def address_key(address: str) -> str:
    """The subscriber identity of an address: local part and domain lower-cased."""
    local, at, domain = address.strip().rpartition("@")
    if not at:
        return address.strip().lower()
    return f"{local.lower()}@{domain.lower()}"


def domain_to_ascii(domain: str) -> str:
    """An internationalised domain as IDNA A-labels (`bücher.de` → `xn--bcher-kva.de`);
    ASCII domains unchanged. Raises ValueError for a domain IDNA cannot encode."""
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"domain {domain!r} cannot be written in ASCII: {exc}") from None


def wire_address(address: str) -> str:
    """`address` with its domain in ASCII, as SMTP commands and the To header carry it; the
    local part is unchanged (ASCII unless the address needs SMTPUTF8)."""
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local}@{domain_to_ascii(domain)}"


def needs_smtputf8(address: str) -> bool:
    """Whether delivering to `address` needs the SMTPUTF8 extension: its local part is not
    ASCII (a Unicode domain alone does not: it goes out as punycode)."""
    return not address.rpartition("@")[0].isascii()
