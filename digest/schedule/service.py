"""The `digest run` process: threads, signals, APScheduler jobs and the store lock around a Runner.

    run_forever(config_file, config):              # `digest run`
        check config (secrets, subscribers folder, templates) -> ConfigError, exit 1
        take the store lock (store/lock.py)          -> a second runner refuses to start
                                                        (AlreadyRunning, exit 1)
        sync subscribers; fetch due feeds once
        APScheduler jobs, rebuilt from config.yaml (memory job store; state is in the store):
            fetch  every fetch.interval              Runner.fetch: feeds whose backoff is over
            slot   at each fire time (CadenceTrigger) Runner.handle_due -> slots.build_for_fire,
                                                      slots.send_for_slot
            sweep  at start, then every minute       catch-up of missed fires, unfinished sends,
                                                      approved issues whose time has come,
                                                      deferred retries, new subscriber zones
        main thread: SIGHUP or a changed config.yaml -> reload (invalid: reported, old kept);
                     changed subscriber files -> sync; SIGTERM/SIGINT -> finish the message in
                     flight, stop

What fires when is decided elsewhere: the fire times by `triggers.CadenceTrigger` (DST-safe,
unlike CronTrigger's own walk), lateness and catch-up by `Runner.handle_due` from the mark in the
store. APScheduler's misfire logic is switched off (misfire_grace_time=None, coalesce=True): its
default grace is 1 second, and a memory job store forgets everything at restart.

A held store lock is raised as `AlreadyRunning`, which the CLI turns into its one-line error: this
layer does not exit the process or print.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from digest.config import Config, config_path
from digest.model.errors import ConfigError
from digest.schedule.runner import (
    Runner,
    check_runnable,
    event_log,
    log,
    show_duration,
    show_time,
)
from digest.schedule.triggers import slot_trigger
from digest.store import Store
from digest.store.lock import LockHeld, ProcessLock, lock_path_for

__all__ = [
    "POLL_EVERY",
    "SWEEP_EVERY",
    "TEST_TICK_ENV",
    "AlreadyRunning",
    "Service",
    "run_forever",
    "tick_from_env",
]

TEST_TICK_ENV = "DIGEST_TEST_TICK"
SWEEP_EVERY = 60.0  # seconds between sweeps: catch-up, approved issues, retries, zones
POLL_EVERY = 1.0  # seconds between looks at signals, config.yaml and the subscriber files
# APScheduler's default misfire_grace_time is 1 s (a job a little late is silently dropped).
_JOB_OPTIONS: dict[str, object] = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}


class AlreadyRunning(Exception):
    """Another `digest run` holds the store lock; the message says who and which lock file."""

    def __init__(self, store_url: str, held: LockHeld):
        who = held.holder.describe() if held.holder else "another process"
        super().__init__(
            f"another 'digest run' ({who}) is already using {store_url}; "
            f"stop it first (lock file {held.path})"
        )


def tick_from_env(environ: Mapping[str, str] = os.environ) -> float | None:
    """Seconds from $DIGEST_TEST_TICK: every schedule fires that often (tests only), else None."""
    raw = environ.get(TEST_TICK_ENV, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.05 <= value <= 3600:
        raise ConfigError(
            f"${TEST_TICK_ENV}={raw!r}: a test hook taking seconds between 0.05 and 3600; "
            "unset it to run the schedules from config.yaml"
        )
    return value


def _sd_notify(state: str) -> None:
    """Tell systemd (Type=notify) we are ready/reloading/stopping; no-op outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.connect(address)
        sock.sendall(state.encode())


def _file_signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _folder_signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return ()
    out = []
    for path in entries:
        if path.suffix.lower() in (".csv", ".yaml", ".yml") and not path.name.startswith("."):
            with contextlib.suppress(OSError):
                st = path.stat()
                out.append((path.name, st.st_mtime_ns, st.st_size))
    return tuple(out)


def _content_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class Service:
    """Threads, signals and APScheduler around a Runner (the `digest run` process)."""

    def __init__(
        self, runner: Runner, *, poll: float = POLL_EVERY, sweep_every: float = SWEEP_EVERY
    ):
        self.runner = runner
        self.poll = poll
        self.sweep_every = sweep_every
        self.scheduler: BackgroundScheduler | None = None
        self._jobs: dict[str, str] = {}  # APScheduler job id -> slot signature
        self._fetch_every: float | None = None
        self._jobs_lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._signal_name = ""
        self._hup = False
        config_file = runner.config_file
        self._config_seen = _file_signature(config_file)
        self._config_pending: tuple[int, int, int] | None = None
        self._config_hash = _content_hash(config_file)
        self._subscribers_seen = _folder_signature(self._subscriber_folder())
        runner.on_slots_changed = self.apply_jobs

    def _subscriber_folder(self) -> Path:
        config = self.runner.config
        return config.path(config.subscribers)

    # -- signals ---------------------------------------------------------------------------

    def _on_stop(self, signum: int, _frame: FrameType | None) -> None:
        if self._stopping.is_set():
            os.write(2, b"second stop signal: exiting now\n")
            os._exit(130)
        self._signal_name = signal.Signals(signum).name
        self.runner.stop.stop()
        self._stopping.set()
        self._wake.set()

    def _on_hup(self, _signum: int, _frame: FrameType | None) -> None:
        self._hup = True
        self._wake.set()

    def stop(self) -> None:
        """Stop from another thread (tests): like SIGTERM."""
        self.runner.stop.stop()
        self._stopping.set()
        self._wake.set()

    # -- jobs ------------------------------------------------------------------------------

    def _fire(self, job_id: str) -> None:
        slot = next((s for s in self.runner.slots if s.job_id == job_id), None)
        if slot is None:
            return
        try:
            self.runner.handle_due(slot)
        except Exception:
            log.exception("job %s failed", job_id)

    def _fetch(self) -> None:
        try:
            self.runner.fetch()
        except Exception:
            log.exception("fetching feeds failed")

    def _sweep(self) -> None:
        try:
            self.runner.sweep()
        except Exception:
            log.exception("sweep failed")

    @staticmethod
    def make_scheduler() -> BackgroundScheduler:
        """Memory job store (rebuilt from config at start); every job always runs, never twice
        at once, missed calls coalesced: lateness is judged by Runner.handle_due, not here."""
        return BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(8)},
            job_defaults=dict(_JOB_OPTIONS),
        )

    def apply_jobs(self) -> None:
        """Make APScheduler's jobs match the runner's slots and fetch interval."""
        scheduler = self.scheduler
        if scheduler is None:
            return
        with self._jobs_lock:
            wanted = {f"slot:{slot.job_id}": slot for slot in self.runner.slots}
            for job_id in list(self._jobs):
                if job_id not in wanted:
                    scheduler.remove_job(job_id)
                    del self._jobs[job_id]
            for job_id, slot in wanted.items():
                if self._jobs.get(job_id) == slot.signature:
                    continue
                scheduler.add_job(
                    self._fire,
                    slot_trigger(slot),
                    args=(slot.job_id,),
                    id=job_id,
                    name=job_id,
                    replace_existing=True,
                    **_JOB_OPTIONS,
                )
                self._jobs[job_id] = slot.signature
            every = self.runner.config.fetch.interval.total_seconds()
            if every != self._fetch_every:
                start = datetime.now(UTC) + timedelta(seconds=every)
                trigger = IntervalTrigger(seconds=every, start_date=start, timezone=UTC)
                scheduler.add_job(
                    self._fetch,
                    trigger,
                    id="fetch",
                    name="fetch",
                    replace_existing=True,
                    **_JOB_OPTIONS,
                )
                self._fetch_every = every

    # -- main loop -------------------------------------------------------------------------

    def serve(self) -> None:
        """Run until SIGTERM/SIGINT; call from the main thread (signal handlers live there)."""
        previous = {
            sig: signal.signal(sig, handler)
            for sig, handler in (
                (signal.SIGTERM, self._on_stop),
                (signal.SIGINT, self._on_stop),
                (signal.SIGHUP, self._on_hup),
            )
        }
        try:
            self._start()
            while not self._stopping.is_set():
                self._wake.wait(self.poll)
                self._wake.clear()
                if self._stopping.is_set():
                    break
                if self._hup:
                    self._hup = False
                    self._reload("SIGHUP")
                else:
                    self._watch_config()
                self._watch_subscribers()
        finally:
            self._shutdown()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _start(self) -> None:
        runner = self.runner
        config = runner.config
        now = runner.clock()
        plan = []
        for slot in runner.slots:
            upcoming = slot.next_fire(now)
            plan.append(
                f"{slot.job_id} next {show_time(upcoming, slot.zone) if upcoming else 'never'}"
            )
        event_log(
            logging.INFO,
            f"digest run started (pid {os.getpid()}, store {config.store_url}): "
            + "; ".join(plan)
            + f"; fetch every {show_duration(config.fetch.interval)}"
            + (f"; {TEST_TICK_ENV}={runner.tick:g}s (test hook)" if runner.tick else ""),
            kind="started",
            pid=os.getpid(),
        )
        runner.sync_subscribers()
        runner.refresh_slots()  # zones of the subscribers just synced; jobs are made below
        if not self._stopping.is_set():
            self._fetch()
        if self._stopping.is_set():
            return
        self.scheduler = self.make_scheduler()
        self.apply_jobs()
        self.scheduler.add_job(
            self._sweep,
            IntervalTrigger(seconds=self.sweep_every, timezone=UTC),
            id="sweep",
            name="sweep",
            next_run_time=datetime.now(UTC),
            **_JOB_OPTIONS,
        )
        self.scheduler.start()
        _sd_notify("READY=1")

    def _shutdown(self) -> None:
        if self._stopping.is_set():
            event_log(
                logging.INFO,
                f"stopping ({self._signal_name or 'stop requested'}): finishing the message in "
                "flight",
                kind="stopping",
            )
        _sd_notify("STOPPING=1")
        self.runner.stop.stop()
        if self.scheduler is not None:
            with contextlib.suppress(Exception):
                self.scheduler.shutdown(wait=True)
        event_log(logging.INFO, "digest run stopped", kind="stopped")

    def _reload(self, reason: str) -> None:
        _sd_notify("RELOADING=1")
        config_file = self.runner.config_file
        self._config_seen = _file_signature(config_file)
        self._config_pending = None
        self._config_hash = _content_hash(config_file)
        if self.runner.reload(reason):
            self._subscribers_seen = _folder_signature(self._subscriber_folder())
            self.apply_jobs()
        _sd_notify("READY=1")

    def _watch_config(self) -> None:
        """Reload when config.yaml changed and has stayed the same for one poll (saved)."""
        signature = _file_signature(self.runner.config_file)
        if signature == self._config_seen:
            self._config_pending = None
            return
        if signature != self._config_pending:
            self._config_pending = signature
            return
        if _content_hash(self.runner.config_file) == self._config_hash:
            self._config_seen, self._config_pending = signature, None
            return
        self._reload("config file changed")

    def _watch_subscribers(self) -> None:
        signature = _folder_signature(self._subscriber_folder())
        if signature == self._subscribers_seen:
            return
        self._subscribers_seen = signature
        try:
            self.runner.sync_subscribers()
        except ConfigError as exc:
            event_log(logging.ERROR, "; ".join(exc.problems), kind="subscribers")
            return
        if self.runner.refresh_slots():
            self.apply_jobs()
        event_log(logging.INFO, "subscriber files changed: synced", kind="subscribers-synced")


def _log_events() -> None:
    """`digest run` logs its events at INFO even without -v; APScheduler's chatter is muted."""
    logger = logging.getLogger("digest")
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)


def run_forever(config_file: str | os.PathLike[str] | None, config: Config) -> None:
    """`digest run`: check everything, take the store lock, then serve until SIGTERM.

    A config error exits with status 1 before anything is touched (no lock, no store file).
    """
    tick = tick_from_env()
    check_runnable(config)
    lock_path = lock_path_for(config.store_url)
    lock = ProcessLock(lock_path) if lock_path else None
    if lock is not None:
        try:
            lock.acquire("digest run")
        except LockHeld as exc:
            raise AlreadyRunning(config.store_url, exc) from exc
    store = Store.open(config.store_url, lease=config.delivery.lease)
    try:
        _log_events()
        runner = Runner(config, store, config_file=config_path(config_file).resolve(), tick=tick)
        try:
            Service(
                runner,
                poll=min(POLL_EVERY, tick) if tick else POLL_EVERY,
                sweep_every=tick if tick else SWEEP_EVERY,
            ).serve()
        finally:
            runner.leadership.close()
    finally:
        store.close()
        if lock is not None:
            lock.release()
