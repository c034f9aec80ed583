"""A desk's sync run elsewhere: in a process of its own, or held at a step in a thread.

Run as a program, it opens a desk's database and syncs once, like the command-line sync a
scheduled task starts::

    python -m tests.sync.desk_process --data-dir D --host H --port P --database DB \\
        --role R --password PW --facility-id F [--stop-at STEP] [--page-rows N] \\
        [--meet-at STEP --meet-dir DIR --meet-count N]

``--stop-at STEP`` prints the step's name ("push:staged", "pull:applied", …) the first
time the sync reaches it, and then waits there until the process is killed: the tests
pull the plug on the desk exactly at that moment. ``--meet-at`` makes several processes
of one desk wait for each other at a step, so that they really push at the same time.
Without ``--stop-at`` the sync runs to its end and prints ``synced`` with what it sent and
received, or ``problem`` with the reason; the exit status is 0 or 2.

The functions below start such processes for a ``Desk`` of the test network, wait for
their lines without ever hanging a test, and hold an in-process sync at a step.
"""

import argparse
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from desktop_app.sync.engine import Synchronizer, SyncReport
    from tests.sync.conftest import Desk

# Longest wait for a desk process to reach a step or to finish, and for a held sync.
TIMEOUT_S = 90.0
# A desk stopped at a step gives up after this long, so none outlives a broken test run.
_HOLD_S = 300.0
_REPOSITORY = Path(__file__).resolve().parents[2]
STEPS = (
    "push:read",
    "push:staged",
    "push:merged",
    "push:committed",
    "push:acknowledged",
    "pull:fetched",
    "pull:applied",
)


# The program.


def _meeting(meet_dir: Path, count: int) -> None:
    """Wait until ``count`` processes have arrived at the meeting point."""
    meet_dir.mkdir(parents=True, exist_ok=True)
    (meet_dir / str(os.getpid())).touch()
    deadline = time.monotonic() + TIMEOUT_S
    while len(list(meet_dir.iterdir())) < count:
        if time.monotonic() > deadline:
            raise SystemExit("the other desk processes never arrived")
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sync one desk once.")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--role", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--facility-id", type=uuid.UUID, required=True)
    parser.add_argument("--stop-at", choices=STEPS)
    parser.add_argument("--page-rows", type=int, default=5000)
    parser.add_argument("--meet-at", choices=STEPS)
    parser.add_argument("--meet-dir", type=Path)
    parser.add_argument("--meet-count", type=int, default=2)
    options = parser.parse_args(argv)

    from desktop_app.core.db import open_database
    from desktop_app.sync import problems
    from desktop_app.sync.connection import ServerAddress, connect
    from desktop_app.sync.engine import Synchronizer

    address = ServerAddress(
        host=options.host,
        port=options.port,
        database=options.database,
        role=options.role,
        tls_mode="disable",
    )
    met: set[str] = set()

    def step(name: str) -> None:
        if name == options.meet_at and name not in met and options.meet_dir is not None:
            met.add(name)
            _meeting(options.meet_dir, options.meet_count)
        if name == options.stop_at:
            print(name, flush=True)
            time.sleep(_HOLD_S)
            raise SystemExit(f"stopped at {name} and never killed")

    database = open_database(options.data_dir)
    synchronizer = Synchronizer(
        database,
        options.facility_id,
        lambda: connect(address, options.password),
        page_rows=options.page_rows,
        step=step,
    )
    try:
        report = synchronizer.sync()
    except problems.SyncProblem as exc:
        print(f"problem {type(exc).__name__}: {exc}", flush=True)
        return 2
    finally:
        synchronizer.close()
        database.close()
    print(f"synced pushed={report.pushed} pulled={report.pulled}", flush=True)
    return 0


# Starting desk processes from a test.


class DeskProcess:
    """A running desk process whose printed lines can be awaited with a timeout."""

    def __init__(self, desk: "Desk", *options: str) -> None:
        command = [
            sys.executable,
            "-m",
            "tests.sync.desk_process",
            "--data-dir",
            str(desk.database.path.parent),
            "--host",
            desk.address.host,
            "--port",
            str(desk.address.port),
            "--database",
            desk.address.database,
            "--role",
            desk.address.role,
            # Joined with "=": a password may begin with "-".
            f"--password={desk.login.password}",
            "--facility-id",
            str(desk.facility_id),
            *options,
        ]
        self.process = subprocess.Popen(
            command,
            cwd=_REPOSITORY,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._errors: list[str] = []
        threading.Thread(target=self._read_out, daemon=True).start()
        threading.Thread(target=self._read_errors, daemon=True).start()

    def _read_out(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._errors.append(line)

    def _fail(self, why: str) -> None:
        self.kill()
        raise AssertionError(f"{why}\n--- the desk process wrote:\n{''.join(self._errors)}")

    def next_line(self) -> str:
        """The next line the process prints; fails the test when none comes in time."""
        try:
            line = self._lines.get(timeout=TIMEOUT_S)
        except queue.Empty:
            self._fail("the desk process printed nothing in time")
            raise
        if line is None:
            self.process.wait(timeout=TIMEOUT_S)
            self._fail(f"the desk process ended ({self.process.returncode}) without a word")
            raise AssertionError
        return line

    def wait_for(self, line: str) -> None:
        seen = self.next_line()
        if seen != line:
            self._fail(f"the desk process printed {seen!r} instead of {line!r}")

    def finish(self) -> str:
        """Wait for the process to end; return its last line ("synced …" or "problem …")."""
        line = self.next_line()
        try:
            self.process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self._fail("the desk process did not end in time")
        return line

    def kill(self) -> None:
        """Pull the plug: SIGKILL, no clean-up of any kind in the process."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=TIMEOUT_S)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.kill()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def kill_at(desk: "Desk", step: str, *options: str) -> None:
    """Run the desk's sync in a process of its own and kill it when it reaches ``step``."""
    with DeskProcess(desk, "--stop-at", step, *options) as process:
        process.wait_for(step)
        process.kill()
        assert process.process.returncode == -signal.SIGKILL


# Holding a sync of this process at a step.


def synchronizer_for(desk: "Desk", step: Callable[[str], None]) -> "Synchronizer":
    """A second synchronizer on the desk's database (same desk id), reporting its steps."""
    from desktop_app.sync.connection import connect
    from desktop_app.sync.engine import Synchronizer

    address, password = desk.address, desk.login.password
    return Synchronizer(
        desk.database, desk.facility_id, lambda: connect(address, password), step=step
    )


class HeldSync:
    """One sync of ``desk`` in a thread that stops at ``step`` until ``release()``.

    ``reached()`` waits until the sync stands at the step; ``result()`` waits for the end
    and returns the report or raises what the sync raised.
    """

    def __init__(self, desk: "Desk", step: str) -> None:
        self._step = step
        self._at_step = threading.Event()
        self._held = False
        self._go = threading.Event()
        self._report: SyncReport | None = None
        self._error: BaseException | None = None
        self.synchronizer = synchronizer_for(desk, self._on_step)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _on_step(self, name: str) -> None:
        if name == self._step and not self._held:
            self._held = True
            self._at_step.set()
            if not self._go.wait(TIMEOUT_S):
                raise RuntimeError(f"the sync held at {name} was never released")

    def _run(self) -> None:
        try:
            self._report = self.synchronizer.sync()
        except BaseException as exc:
            self._error = exc
        finally:
            self._at_step.set()  # a sync that ended early does not keep anyone waiting
            self.synchronizer.close()

    def reached(self) -> None:
        assert self._at_step.wait(TIMEOUT_S), f"the sync never reached {self._step}"
        if self._error is not None:
            raise self._error
        assert self._held, f"the sync ended without reaching {self._step}"

    def release(self) -> None:
        self._go.set()

    def result(self) -> "SyncReport":
        self.release()
        self._thread.join(TIMEOUT_S)
        assert not self._thread.is_alive(), "the held sync did not end in time"
        if self._error is not None:
            raise self._error
        assert self._report is not None
        return self._report

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
        self._thread.join(TIMEOUT_S)


if __name__ == "__main__":
    sys.exit(main())
