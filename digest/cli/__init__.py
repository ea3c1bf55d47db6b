"""The `digest` command: one module per area, every command registered explicitly in `main`."""

from digest.cli.main import main

__all__ = ["main"]
