"""A TCP proxy that puts faults between a client and PostgreSQL: latency, cuts, refusals, stalls.

The proxy listens on 127.0.0.1 on a port the operating system chooses and forwards every
connection it accepts to a target server (PostgreSQL on 127.0.0.1:5432 unless told otherwise).
A test connects through it and, at the moment it wants, makes the network misbehave::

    with FaultProxy("127.0.0.1", 5432) as proxy:
        conn = psycopg.connect(f"host=127.0.0.1 port={proxy.port} ... sslmode=disable")
        proxy.delay(0.025)  # 25 ms each way: 50 ms added round-trip time
        proxy.cut()  # every open connection is reset; new ones are still accepted
        proxy.refuse()  # new connections are reset at once, as if the server were unreachable
        proxy.stall()  # bytes are held in both directions until ``stall(False)``

Dropping the connection during COMMIT, the two cases a sync must survive:

* ``proxy.cut_after("to_server", b"COMMIT", forward=False)``: the COMMIT never reaches the
  server. The simple-query message psycopg sends for it contains ``b"COMMIT"``; the proxy cuts
  instead of forwarding it, so the transaction is rolled back and the client gets an error.
* ``proxy.cut_after("to_client", b"COMMIT\\x00", forward=False)``: the commit landed but the
  client never hears back. The server's CommandComplete reply for a commit carries the tag
  ``b"COMMIT\\x00"`` on its way to the client; the proxy cuts instead of forwarding it, so the
  data is committed although the client gets an error.

Connections through the proxy must not be encrypted (``sslmode=disable``, and
``gssencmode=disable``) or the patterns cannot be seen.

Every thread is a daemon thread and every blocking call has a short timeout, so ``stop()``
returns promptly whatever state the connections are in.
"""

import contextlib
import math
import socket
import struct
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Self

Direction = Literal["to_server", "to_client"]
DIRECTIONS: tuple[Direction, ...] = ("to_server", "to_client")

# How long a blocked thread waits before it looks at the proxy's state again (seconds).
_POLL = 0.05
# Longest wait for the target server to accept a connection.
_CONNECT_TIMEOUT = 2.0
# Longest wait of ``cut()`` and ``stop()`` for connections and threads to end.
_CLOSE_TIMEOUT = 2.0
# Longest wait, after forwarding the chunk that fired ``cut_after(..., forward=True)``, for the
# kernel to hand that chunk to the peer before the connection is reset.
_DRAIN_TIMEOUT = 0.5
# Bytes of what went before that are kept per direction, so a pattern split across two chunks
# is still found (patterns longer than this are only found inside one chunk).
_TAIL = 1024
_CHUNK = 65536


@dataclass(frozen=True)
class _Trigger:
    direction: Direction
    pattern: bytes
    forward: bool


class _Pipe:
    """One direction of one connection: a reader fills the queue, a sender drains it in order."""

    def __init__(
        self,
        connection: "_Connection",
        direction: Direction,
        src: socket.socket,
        dst: socket.socket,
    ) -> None:
        self.connection = connection
        self.direction: Direction = direction
        self.src = src
        self.dst = dst
        # (release time on the monotonic clock, chunk); an empty chunk stands for end of stream.
        self.queue: deque[tuple[float, bytes]] = deque()
        self.tail = b""


class _Connection:
    """A client socket, its server socket, and the four threads that move bytes between them."""

    def __init__(self, client: socket.socket, server: socket.socket) -> None:
        self.client = client
        self.server = server
        self.pipes = (
            _Pipe(self, "to_server", client, server),
            _Pipe(self, "to_client", server, client),
        )
        self.closing = False
        self.reset = False
        self.live_threads = 0
        self.threads: list[threading.Thread] = []
        self.closed = threading.Event()


class FaultProxy:
    """Forwards TCP connections from 127.0.0.1:``port`` to a target and injects faults on demand.

    ``delay(seconds)`` adds that one-way latency to every chunk in both directions, so a round
    trip takes ``2 * seconds`` longer: ``delay(0.025)`` adds 50 ms round-trip time. Bytes keep
    their order in each direction. ``delay(0)`` removes the latency for bytes read from then on.

    ``cut()`` resets every open connection (both sides; SO_LINGER 0, so the peers see a reset,
    not an orderly close). New connections are still accepted.

    ``refuse()`` resets new connections at once, as an unreachable server would;
    ``refuse(False)`` accepts them again. Open connections are not touched.

    ``stall()`` holds the bytes in both directions, neither forwarding nor dropping them;
    ``stall(False)`` lets the held bytes flow on in order.

    ``cut_after(direction, pattern, forward=...)`` arms a one-shot trigger: the next chunk
    travelling in ``direction`` ("to_server" or "to_client") that contains ``pattern`` is
    forwarded and then every connection is cut (``forward=True``), or every connection is cut
    without forwarding it (``forward=False``). See the module docstring for dropping the
    connection during COMMIT. ``armed`` tells whether the trigger is still waiting.

    ``connections`` is the number of open proxied connections, ``bytes_forwarded`` the number of
    bytes forwarded so far in both directions together.
    """

    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432) -> None:
        self.target_host = target_host
        self.target_port = target_port
        self._cond = threading.Condition()
        self._listener: socket.socket | None = None
        self._port: int | None = None
        self._accept_thread: threading.Thread | None = None
        self._openers: set[threading.Thread] = set()
        self._connections: set[_Connection] = set()
        self._started = False
        self._stopping = False
        self._delay = 0.0
        self._refusing = False
        self._stalled = False
        self._trigger: _Trigger | None = None
        self._cuts = 0
        self._bytes_forwarded = 0

    # Life cycle

    def start(self) -> Self:
        """Listen on 127.0.0.1 on a free port and start accepting connections."""
        with self._cond:
            if self._started or self._stopping:
                raise RuntimeError("a proxy can only be started once")
            self._started = True
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.bind(("127.0.0.1", 0))
            listener.listen(64)
            listener.settimeout(_POLL)
        except OSError:
            listener.close()
            raise
        self._listener = listener
        self._port = int(listener.getsockname()[1])
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name=f"fault-proxy-{self.port}-accept", daemon=True
        )
        self._accept_thread.start()
        return self

    def stop(self) -> None:
        """Reset every connection, stop listening, and end the threads (waits at most a few s)."""
        with self._cond:
            if self._stopping or not self._started:
                self._stopping = True
                return
            self._stopping = True
            self._trigger = None
            self._stalled = False
            self._cond.notify_all()
        deadline = time.monotonic() + _CLOSE_TIMEOUT
        self._cut_all(deadline)
        if self._accept_thread is not None:
            self._accept_thread.join(max(0.0, deadline - time.monotonic()))
        with self._cond:
            openers = list(self._openers)
        for opener in openers:
            opener.join(max(0.0, deadline - time.monotonic()))
        if self._listener is not None:
            self._listener.close()

    def __enter__(self) -> Self:
        if not self._started:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # Where to connect, and what happened

    @property
    def port(self) -> int:
        """The port the proxy listens on (127.0.0.1); kept after ``stop()``."""
        if self._port is None:
            raise RuntimeError("the proxy has not been started")
        return self._port

    @property
    def address(self) -> tuple[str, int]:
        """``("127.0.0.1", port)``."""
        return ("127.0.0.1", self.port)

    @property
    def connections(self) -> int:
        """The number of proxied connections open now."""
        with self._cond:
            return len(self._connections)

    @property
    def bytes_forwarded(self) -> int:
        """Bytes forwarded so far, both directions together."""
        with self._cond:
            return self._bytes_forwarded

    @property
    def armed(self) -> bool:
        """Whether a ``cut_after`` trigger is waiting for its pattern."""
        with self._cond:
            return self._trigger is not None

    # Faults

    def delay(self, seconds: float) -> None:
        """Add ``seconds`` of latency to every chunk in each direction (round trip: twice that).

        Applies to bytes read from now on; ``delay(0)`` removes the latency.
        """
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"the delay must be a finite number of seconds >= 0, not {seconds}")
        with self._cond:
            self._delay = float(seconds)

    def cut(self) -> None:
        """Reset every open connection, both sides; new connections are still accepted."""
        self._cut_all(time.monotonic() + _CLOSE_TIMEOUT)

    def refuse(self, on: bool = True) -> None:
        """While on, reset new connections at once; open connections are not touched."""
        with self._cond:
            self._refusing = on

    def stall(self, on: bool = True) -> None:
        """While on, hold the bytes in both directions; when off, they flow on in order."""
        with self._cond:
            self._stalled = on
            self._cond.notify_all()

    def cut_after(self, direction: Direction, pattern: bytes, *, forward: bool) -> None:
        """Cut every connection when the next chunk in ``direction`` contains ``pattern``.

        One-shot; arming again replaces a trigger that has not fired. When it fires, nothing else
        moves on any connection; with ``forward=True`` that chunk alone still goes on (and is
        handed to the peer's kernel) before the resets, with ``forward=False`` it is dropped.

        ``cut_after("to_server", b"COMMIT", forward=False)``: the COMMIT never lands.
        ``cut_after("to_client", b"COMMIT\\x00", forward=False)``: the commit landed but the
        client never hears back.
        """
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be 'to_server' or 'to_client', not {direction!r}")
        if not pattern:
            raise ValueError("the pattern must not be empty")
        with self._cond:
            self._trigger = _Trigger(direction, bytes(pattern), forward)

    # Accepting and opening connections

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while True:
            with self._cond:
                if self._stopping:
                    return
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                # Out of file descriptors, or the listener closed under us: look at the flags.
                time.sleep(_POLL)
                continue
            with self._cond:
                refusing = self._refusing or self._stopping
                cuts = self._cuts
                if not refusing:
                    opener = threading.Thread(
                        target=self._open,
                        args=(client, cuts),
                        name=f"fault-proxy-{self.port}-open",
                        daemon=True,
                    )
                    self._openers.add(opener)
                    opener.start()
            if refusing:
                _reset_close(client)

    def _open(self, client: socket.socket, cuts: int) -> None:
        try:
            try:
                server = socket.create_connection(
                    (self.target_host, self.target_port), timeout=_CONNECT_TIMEOUT
                )
            except OSError:
                _reset_close(client)
                return
            connection = _Connection(client, server)
            with self._cond:
                # A cut or stop while the server was being reached also ends this connection.
                if self._stopping or self._cuts != cuts:
                    for sock in (client, server):
                        _reset_close(sock)
                    return
                try:
                    for sock in (client, server):
                        sock.settimeout(_POLL)
                        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                except OSError:
                    for sock in (client, server):
                        _reset_close(sock)
                    return
                self._connections.add(connection)
                for pipe in connection.pipes:
                    for role, target in (("read", self._read), ("send", self._send)):
                        connection.threads.append(
                            threading.Thread(
                                target=target,
                                args=(pipe,),
                                name=f"fault-proxy-{self.port}-{pipe.direction}-{role}",
                                daemon=True,
                            )
                        )
                connection.live_threads = len(connection.threads)
                for thread in connection.threads:
                    thread.start()
        finally:
            with self._cond:
                self._openers.discard(threading.current_thread())

    # Moving bytes

    def _read(self, pipe: _Pipe) -> None:
        connection = pipe.connection
        try:
            while True:
                try:
                    data = pipe.src.recv(_CHUNK)
                except TimeoutError:
                    with self._cond:
                        if connection.closing:
                            return
                    continue
                except OSError:
                    self._abort(connection)
                    return
                with self._cond:
                    if connection.closing:
                        return
                    pipe.queue.append((time.monotonic() + self._delay, data))
                    self._cond.notify_all()
                if not data:  # end of stream: the sender passes it on
                    return
        finally:
            self._thread_ended(connection)

    def _send(self, pipe: _Pipe) -> None:
        connection = pipe.connection
        cut: list[_Connection] = []
        try:
            while True:
                with self._cond:
                    data = self._next_chunk(pipe)
                    if data is None:
                        return
                    trigger = self._fire_trigger(pipe, data) if data else None
                    if trigger is not None:
                        # Cut at once, under the lock: not one more byte moves on any connection
                        # (the server's reply to a forwarded COMMIT cannot reach the client).
                        cut = self._abort_all_locked()
                if trigger is not None:
                    if trigger.forward and self._send_all(pipe, data, after_cut=True):
                        with self._cond:
                            self._bytes_forwarded += len(data)
                        _wait_sent(pipe.dst)
                    self._wait_closed(cut, time.monotonic() + _CLOSE_TIMEOUT)
                    return
                if not data:  # the source ended its stream: end ours towards the destination
                    try:
                        pipe.dst.shutdown(socket.SHUT_WR)
                    except OSError:
                        self._abort(connection)
                    return
                if not self._send_all(pipe, data):
                    return
                with self._cond:
                    self._bytes_forwarded += len(data)
        finally:
            self._thread_ended(connection)

    def _next_chunk(self, pipe: _Pipe) -> bytes | None:
        """Wait (lock held) for the pipe's next chunk to be due; None once the connection ends."""
        while True:
            if pipe.connection.closing:
                return None
            wait = _POLL * 4
            if pipe.queue and not self._stalled:
                release, data = pipe.queue[0]
                wait = release - time.monotonic()
                if wait <= 0:
                    pipe.queue.popleft()
                    return data
            self._cond.wait(min(wait, _POLL * 4))

    def _fire_trigger(self, pipe: _Pipe, data: bytes) -> _Trigger | None:
        """Take the trigger (lock held) if ``data`` completes its pattern in this direction."""
        trigger = self._trigger
        fired = None
        if trigger is not None and trigger.direction == pipe.direction:
            keep = len(trigger.pattern) - 1
            window = pipe.tail[len(pipe.tail) - keep :] + data if keep else data
            if trigger.pattern in window:
                self._trigger = None
                fired = trigger
        pipe.tail = data[-_TAIL:] if len(data) >= _TAIL else (pipe.tail + data)[-_TAIL:]
        return fired

    def _send_all(self, pipe: _Pipe, data: bytes, *, after_cut: bool = False) -> bool:
        """Send ``data``; False if the connection ended first (or, ``after_cut``, took too long).

        ``after_cut``: the connection is already being cut and this is the chunk to forward
        before the reset; keep trying for a little while.
        """
        deadline = time.monotonic() + _DRAIN_TIMEOUT
        view = memoryview(data)
        while view:
            try:
                sent = pipe.dst.send(view)
            except TimeoutError:
                if after_cut:
                    if time.monotonic() > deadline:
                        return False
                    continue
                with self._cond:
                    if pipe.connection.closing:
                        return False
                continue
            except OSError:
                self._abort(pipe.connection)
                return False
            view = view[sent:]
        return True

    # Ending connections

    def _cut_all(self, deadline: float) -> None:
        with self._cond:
            connections = self._abort_all_locked()
        self._wait_closed(connections, deadline)

    def _abort_all_locked(self) -> list[_Connection]:
        """Start ending every connection (lock held); returns them."""
        self._cuts += 1
        connections = list(self._connections)
        for connection in connections:
            self._abort_locked(connection)
        return connections

    def _wait_closed(self, connections: list[_Connection], deadline: float) -> None:
        """Wait until the connections are closed, but not for the caller's own connection."""
        me = threading.current_thread()
        for connection in connections:
            if me not in connection.threads:
                connection.closed.wait(max(0.0, deadline - time.monotonic()))

    def _abort(self, connection: _Connection) -> None:
        with self._cond:
            self._abort_locked(connection)

    def _abort_locked(self, connection: _Connection) -> None:
        """Make the connection's threads end (lock held); the last one resets both sockets."""
        if connection.closing:
            return
        connection.closing = True
        connection.reset = True
        self._cond.notify_all()
        if connection.closed.is_set():
            return
        for sock in (connection.client, connection.server):
            # Wakes a reader blocked in recv at once; sends nothing to the peer.
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RD)

    def _thread_ended(self, connection: _Connection) -> None:
        with self._cond:
            connection.live_threads -= 1
            if connection.live_threads:
                return
            # The last thread out closes the sockets: no other thread can be using them now.
            for sock in (connection.client, connection.server):
                if connection.reset:
                    _reset_close(sock)
                else:
                    sock.close()
            self._connections.discard(connection)
            connection.closing = True
            connection.closed.set()
            self._cond.notify_all()


def _reset_close(sock: socket.socket) -> None:
    """Close ``sock`` so that the peer sees a reset (RST), not an orderly end of stream."""
    linger = struct.pack("hh" if sys.platform == "win32" else "ii", 1, 0)
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
    sock.close()


def _wait_sent(sock: socket.socket) -> None:
    """Wait (briefly) until the kernel has handed everything sent on ``sock`` to the peer."""
    if sys.platform == "linux":
        import fcntl
        import termios

        deadline = time.monotonic() + _DRAIN_TIMEOUT
        while time.monotonic() < deadline:
            try:
                queued = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, struct.pack("i", 0))
            except OSError:
                return
            if struct.unpack("i", queued)[0] == 0:
                return
            time.sleep(0.005)
    else:
        time.sleep(_POLL)
