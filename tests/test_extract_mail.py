"""A mail archive's message: the reply's quotes and the signature are not the message's text."""

from __future__ import annotations

from digest.ingest.extract import finish_text
from digest.ingest.extract_mail import drop_mail_furniture

BODY = [
    "The council approved the new tram line on Tuesday; works start in spring.",
    "The line runs from the station to the harbour, with eleven stops and two depots.",
    "Residents asked for a stop near the school, and the council will decide in June.",
]
QUOTE = [
    "> Does anyone know when the works on the tram line start? The office",
    "> would not say, and the notice on the website is from last year.",
]
SIGNATURE = ["--", "Ana Ruiz", "http://www.ruiz.net/"]
FOOTER = [
    "_______________________________________________",
    "Tram-Users mailing list",
    "tram-users at lists.example.net",
    "http://lists.example.net/mailman/listinfo/tram-users",
]


def test_a_reply_loses_its_quote_signature_and_list_footer() -> None:
    """Set H's Mailman pages: every extractor kept the quoted message, the signature and the
    footer the list appends (F1 0.84 / 0.85 for digest / trafilatura)."""
    text = "\n".join(["On 12 May 2009, Bo Lind wrote:", *QUOTE, *BODY, *SIGNATURE, *FOOTER])
    assert finish_text(text, ()) == "\n\n".join(BODY)
    interleaved = ["Bo Lind wrote:", *QUOTE, BODY[0], *QUOTE, *BODY[1:], *FOOTER]
    assert drop_mail_furniture(interleaved) == BODY


def test_prompts_lone_quotes_dividers_and_long_endings_are_kept() -> None:
    """A Python prompt is no quote; ">" lines under no attribution are no reply; a divider
    followed by a story's long last part is no signature."""
    prompt = ["Try it:", ">>> import tram", ">>> tram.stops()", *BODY]
    assert drop_mail_furniture(prompt) == prompt
    lone = [*BODY, *QUOTE]
    assert drop_mail_furniture(lone) == lone
    divided = [BODY[0], "--", *BODY[1:] * 4]
    assert drop_mail_furniture(divided) == divided
