"""Real servers for the scale-out tests: PostgreSQL and Redis started here, on loopback ports
picked free, each in its own temporary folder and process group, and killed by process-group
id in teardown whether the test passed or not. Tests skip (saying why) only where the Debian
server binaries are missing."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
# Environment variables of ours and Dagster's that must not leak from the caller's shell into
# the processes a test starts: each test says exactly which it sets.
OWN_PREFIXES = ("CONFLICT_TIMELINE_", "DAGSTER_")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    """This environment minus our settings, with the venv's commands first on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(OWN_PREFIXES)}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env


def wait_until(ready: Callable[[], bool], what: str, timeout: float, alive: Callable[[], bool],
               log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        if not alive():
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"{what} exited before it was ready\n{tail}")
        time.sleep(0.25)
    raise TimeoutError(f"{what} not ready after {timeout:.0f} s")


class Service:
    """A server process in its own process group, its output in `log`."""

    def __init__(self, name: str, args: list[str], log: Path, stop_signal: int = signal.SIGTERM,
                 **popen: object) -> None:
        self.name, self.log, self.stop_signal = name, log, stop_signal
        with open(log, "ab") as out:
            self.process = subprocess.Popen(
                args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, **popen,
            )

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        """Signal the whole group (workers fork children); SIGKILL what is left after 20 s."""
        group = self.process.pid  # start_new_session: the group id is the leader's pid
        for sig, grace in ((self.stop_signal, 20.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(group, sig)
            except ProcessLookupError:
                return
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline:
                self.process.poll()
                try:
                    os.killpg(group, 0)
                except ProcessLookupError:
                    return
                time.sleep(0.1)


@dataclass
class Postgres:
    port: int
    user: str

    def dsn(self, database: str) -> str:
        """libpq DSN, as DuckLake's catalog setting takes it."""
        return f"dbname={database} host=127.0.0.1 port={self.port} user={self.user}"

    def url(self, database: str) -> str:
        """SQLAlchemy URL, as dagster-postgres takes it (psycopg2 is the driver installed)."""
        return f"postgresql+psycopg2://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg2

        con = psycopg2.connect(self.dsn("postgres"))
        con.autocommit = True
        with con.cursor() as cursor:
            cursor.execute(f'create database "{name}"')
        con.close()
        return name

    def query(self, database: str, statement: str) -> list[tuple]:
        import psycopg2

        with psycopg2.connect(self.dsn(database)) as con, con.cursor() as cursor:
            cursor.execute(statement)
            rows = cursor.fetchall()
        con.close()
        return rows


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"),
                   key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    bindir = _postgres_bin()
    if bindir is None or not (bindir / "initdb").exists():
        pytest.skip("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
                    "(Debian package postgresql: apt-get install -y postgresql)")
    # PostgreSQL refuses to run as root: as root, the server runs as Debian's postgres user.
    as_user = "postgres" if os.geteuid() == 0 else None
    if as_user:
        try:
            account = pwd.getpwnam(as_user)
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run the server as")
    folder = Path(tempfile.mkdtemp(prefix="ct-postgres-"))
    data = folder / "data"
    if as_user:
        os.chown(folder, account.pw_uid, account.pw_gid)
    popen = {"user": as_user} if as_user else {}
    port, user = free_port(), "ct"
    service = None
    try:
        subprocess.run(
            [str(bindir / "initdb"), "-D", str(data), "-U", user, "--auth=trust",
             "--encoding=UTF8", "--locale=C"],
            check=True, capture_output=True, cwd=folder, timeout=120, **popen,
        )
        # fsync off: test data need not survive a power cut, and it spares the shared disk.
        service = Service(
            "postgres",
            [str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(folder),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"],
            folder / "postgres.log", stop_signal=signal.SIGINT, cwd=folder, **popen,
        )
        server = Postgres(port=port, user=user)
        wait_until(lambda: _accepts(server), "postgres", 60, service.alive,
                   folder / "postgres.log")
        yield server
    finally:
        if service:
            service.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _accepts(server: Postgres) -> bool:
    import psycopg2

    try:
        psycopg2.connect(server.dsn("postgres"), connect_timeout=2).close()
    except psycopg2.OperationalError:
        return False
    return True


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server not found (Debian package redis-server: "
                    "apt-get install -y redis-server)")
    folder = Path(tempfile.mkdtemp(prefix="ct-redis-"))
    port = free_port()
    service = Service(
        "redis",
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder)],
        folder / "redis.log",
    )
    try:
        wait_until(lambda: _pings(port), "redis", 30, service.alive, folder / "redis.log")
        yield f"redis://127.0.0.1:{port}"
    finally:
        service.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _pings(port: int) -> bool:
    import redis

    try:
        return bool(redis.Redis(host="127.0.0.1", port=port, socket_timeout=1).ping())
    except redis.exceptions.ConnectionError:
        return False
