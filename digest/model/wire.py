"""Message bytes as they go on the wire, shared by the layer that builds them (render) and the
one that sends them (send), so that render need not import send.
"""


class WireMessage(bytes):
    """Message bytes already fit for SMTP DATA as they are: CRLF line ends and no line that
    starts with '.', so nothing needs dot-stuffing. `MessageTemplate.personalise` returns
    these; the transport then skips scanning ~50 KB per message for lines to stuff."""

    __slots__ = ()
