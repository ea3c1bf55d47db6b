"""The CLI loads a command module only to run one of its commands (cli/main.py LAZY_COMMANDS):
the table says what the modules define, `digest --help` lists the same text as with every module
loaded, and neither `digest --help` nor `digest fetch` imports the other command modules."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import click

import digest.cli
from digest.cli.main import LAZY_COMMANDS, main

OWN = {"build", "check", "fetch", "run", "send"}  # defined in cli/main.py itself


def command_modules() -> dict[str, click.Command]:
    """Every command of every cli module that exports COMMANDS, by name, with its module."""
    found: dict[str, click.Command] = {}
    for info in pkgutil.iter_modules(digest.cli.__path__):
        module = importlib.import_module(f"digest.cli.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            assert command.name not in found, f"two commands named {command.name}"
            assert command.callback is not None
            found[str(command.name)] = command
            assert LAZY_COMMANDS.get(str(command.name), ("",))[0] == module.__name__, command.name
    return found


def test_the_table_names_every_command_module_and_nothing_else() -> None:
    found = command_modules()
    assert set(found) == set(LAZY_COMMANDS)
    assert not OWN & set(LAZY_COMMANDS)
    assert set(main.list_commands(click.Context(main))) == OWN | set(LAZY_COMMANDS)


def test_the_table_describes_each_command_as_its_help_does() -> None:
    for name, command in command_modules().items():
        stand_in = click.Command(name, help=LAZY_COMMANDS[name][1])
        for limit in range(10, 200):
            assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), name


HELP = """
import sys
from digest.cli.main import LAZY_COMMANDS, main
if sys.argv[1] == "all":
    for module, _ in LAZY_COMMANDS.values():
        main.load(module)
try:
    main(["--help"], prog_name="digest")
except SystemExit:
    pass
"""


def test_help_lists_the_same_text_as_with_every_module_loaded() -> None:
    lazy = subprocess.run(
        [sys.executable, "-c", HELP, "lazy"], capture_output=True, text=True, check=True
    ).stdout
    loaded = subprocess.run(
        [sys.executable, "-c", HELP, "all"], capture_output=True, text=True, check=True
    ).stdout
    assert lazy == loaded
    assert "subscribers    List, add, remove, import, export and suppress" in lazy


LOADED = """
import sys
from digest.cli.main import main
try:
    main(sys.argv[1:], prog_name="digest")
except SystemExit:
    pass
print("MODULES", *sorted(m for m in sys.modules if m.split(".")[0] in
      ("digest", "yaml", "pydantic", "httpx", "numpy", "jinja2", "mailbox", "starlette",
       "logging", "json")))
"""


def loaded_by(*args: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", LOADED, *args], capture_output=True, text=True
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("MODULES"))
    return set(line.split()[1:])


def test_help_and_a_command_load_no_other_command_module() -> None:
    modules = {module for module, _ in LAZY_COMMANDS.values()}
    on_help = loaded_by("--help")
    assert not on_help & modules
    assert not {m.split(".")[0] for m in on_help} & {"yaml", "pydantic", "httpx", "numpy"}
    assert not on_help & {"logging", "json"}  # the commands load them
    on_fetch_help = loaded_by("fetch", "--help")
    assert not on_fetch_help & modules
    on_status_help = loaded_by("status", "--help")
    assert "digest.cli.ops" in on_status_help
    assert not on_status_help & (modules - {"digest.cli.ops"})
