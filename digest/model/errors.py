"""One error hierarchy for the whole package.

`ConfigError` stands apart from `DigestError` on purpose: retry loops catch `DigestError` (and
network errors) but must never swallow a configuration mistake.
"""

from __future__ import annotations


class DigestError(Exception):
    """A runtime failure worth reporting and, where it makes sense, retrying."""


class FetchError(DigestError):
    """A feed or page could not be fetched."""


class ParseError(DigestError):
    """A feed could not be parsed into articles."""


class DeliveryError(DigestError):
    """A message could not be handed to the transport."""


class ConfigError(Exception):
    """Configuration, subscriber files or templates are invalid; nothing should run or be sent.

    `problems` holds one line per mistake, each naming the file, line and key path and saying what a
    valid value looks like.
    """

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class IssueStateError(DigestError):
    """An issue cannot make the asked status change (see `model.lifecycle`): said in one line."""
