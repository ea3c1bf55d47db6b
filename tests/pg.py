"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temp folder.

Why a real server: the PostgreSQL store's claims (`FOR UPDATE SKIP LOCKED`, leases, advisory
locks) are only proven against the real thing. `make test` installs Debian's `postgresql`
(`make system-deps`); this module runs `initdb` and `pg_ctl` from /usr/lib/postgresql/*/bin as an
unprivileged user (`nobody` when the tests run as root: the server refuses to run as root),
listening on 127.0.0.1 only, on a free port, with fsync off (nothing here needs to survive a
power cut), and stops it when the session ends. Missing binaries FAIL the tests that need them,
with the command that installs them: CI must never skip the PostgreSQL half silently.

One cluster per pytest process (xdist workers each start their own); one database per test
(`pg_url`), made from template0 in about 0.1 s. Authentication: `trust` for the role `digest`;
the role `secretive` needs a password (scram), for the test that the password comes from libpq's
own PGPASSWORD / ~/.pgpass / PGSERVICE and never from config.yaml.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALL_HINT = "run `make system-deps` (as root: apt-get install -y postgresql)"
SECRET_ROLE, SECRET_PASSWORD = "secretive", "s3cret-pass"


def pg_bindir() -> Path | None:
    """The newest Debian PostgreSQL server binaries, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgCluster:
    """One running throwaway cluster."""

    bindir: Path
    datadir: Path
    sockdir: Path
    port: int
    user: str | None  # the OS user the server runs as (None: this process's user)
    logfile: Path
    _numbers: Iterator[int] = itertools.count(1)

    def url(self, dbname: str = "postgres", role: str = "digest") -> str:
        return f"postgresql://{role}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            user=self.user,
            capture_output=True,
            text=True,
            check=check,
            cwd="/",
        )

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off"
            f" -c unix_socket_directories={self.sockdir} -c max_connections=200"
        )
        result = self._run(
            "pg_ctl",
            "-D",
            str(self.datadir),
            "-l",
            str(self.logfile),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
            check=False,
        )
        if result.returncode != 0:
            log = self.logfile.read_text() if self.logfile.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {result.stderr}\n{log[-2000:]}")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def sql(self, statement: str, dbname: str = "postgres") -> str:
        result = self._run(
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "digest",
            "-d",
            dbname,
            "-v",
            "ON_ERROR_STOP=1",
            "-Atc",
            statement,
        )
        return result.stdout.strip()

    def new_database(self, prefix: str = "t") -> str:
        name = f"{prefix}{os.getpid()}_{next(self._numbers)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'")
        return name


def _server_user() -> str | None:
    """Root may not run postgres: use `nobody` then; anyone else runs it as themselves."""
    if os.geteuid() != 0:
        return None
    return "nobody"


def start_cluster() -> PgCluster:
    bindir = pg_bindir()
    if bindir is None or not (bindir / "pg_ctl").exists():
        pytest.fail(
            f"PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): {INSTALL_HINT}"
        )
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="digest-pg-"))
    datadir, sockdir = root / "data", root / "sock"
    sockdir.mkdir()
    pwfile = root / "pw"
    pwfile.write_text("unused-superuser-password\n")
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (root, sockdir, pwfile):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    cluster = PgCluster(bindir, datadir, sockdir, _free_port(), user, root / "server.log")
    cluster._run(
        "initdb",
        "-D",
        str(datadir),
        "-U",
        "digest",
        "--auth-local=trust",
        "--auth-host=trust",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
        f"--pwfile={pwfile}",
    )
    hba = datadir / "pg_hba.conf"
    rules = hba.read_text()
    hba.write_text(
        f"host all {SECRET_ROLE} 127.0.0.1/32 scram-sha-256\n"
        f"host all {SECRET_ROLE} ::1/128 scram-sha-256\n" + rules
    )
    cluster.start()
    cluster.sql(f"CREATE ROLE {SECRET_ROLE} LOGIN PASSWORD '{SECRET_PASSWORD}'")
    return cluster


def stop_cluster(cluster: PgCluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.datadir.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh, empty database on the session's cluster: its `postgresql://` URL."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    # Stores a test left open (in a traceback, a fixture, a cycle) would keep reconnecting to
    # the dropped database for 90 s, warning all along: close their pools first.
    from digest.store.postgres import close_pools

    close_pools(name)
    for _ in range(3):  # connections of a just-killed process may linger for a moment
        try:
            pg_cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except subprocess.CalledProcessError:
            time.sleep(0.2)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store for each backend: an SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "d.sqlite3")
    return request.getfixturevalue("pg_url")
