"""What `digest send` does to be quick, checked: settings that must not change what it sends.

(The email and digest.json are compared byte for byte against the previous code on the bench's
generated feeds and on the demo config by hand, see notes/perf.md "session 5, send side"; these
tests pin the mechanisms.)
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from digest.pipeline.build import collector_paused


def _python(code: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**environ, **env},
    ).stdout.strip()


def test_importing_digest_asks_openblas_for_one_thread() -> None:
    code = "import os, digest; print(os.environ.get('OPENBLAS_NUM_THREADS'))"
    assert _python(code) == "1"


def test_an_openblas_setting_of_the_user_wins() -> None:
    code = "import os, digest; print(os.environ['OPENBLAS_NUM_THREADS'])"
    assert _python(code, OPENBLAS_NUM_THREADS="4") == "4"


def test_numpy_under_digest_starts_no_blas_threads() -> None:
    # OpenBLAS starts its worker threads when numpy loads; with one thread it starts none.
    code = (
        "import threading, digest, numpy, os\n"
        "tasks = os.listdir(f'/proc/{os.getpid()}/task')\n"
        "print(len(tasks))"
    )
    if not os.path.isdir("/proc/self/task"):
        pytest.skip("needs /proc to count the process's threads")
    assert _python(code) == "1"


def test_collector_paused_turns_gc_off_and_back_on() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_paused_leaves_it_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_paused_restores_it_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
