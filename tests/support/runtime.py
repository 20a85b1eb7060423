"""Starting the local runtime as its own process (`python -m siyu_local`) on free loopback
ports and driving it over HTTP like a mini-program or a developer would. The fixtures that
start it (`local_runtime`, `console_runtime`, `start_runtime`, `runtime_logs`) live in
tests/conftest.py, once, so every test directory shares one demo runtime per worker (the
console's tests have their own).

A runtime runs in a subprocess because it sets the process environment (AWS_ENDPOINT_URL, …)
the way a Lambda container would, which must not leak into the in-process moto tests.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 180.0  # DynamoDB Local and cold starts on a loaded 2-core machine
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    cookies: list[str] = field(default_factory=list)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class RunningRuntime:
    process: subprocess.Popen[bytes]
    url: str
    log_path: Path
    info: dict[str, Any] = field(default_factory=dict)

    # -- HTTP ----------------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
        base: str | None = None,
    ) -> Response:
        hdrs = dict(headers or {})
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            hdrs.setdefault("Content-Type", "application/json")
        if token:
            hdrs["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request((base or self.url) + path, data=data, method=method, headers=hdrs)
        try:
            with _OPENER.open(request, timeout=60) as r:  # a cold start on a loaded machine
                return Response(
                    r.status,
                    {k.lower(): v for k, v in r.headers.items()},
                    r.read(),
                    r.headers.get_all("Set-Cookie") or [],
                )
        except urllib.error.HTTPError as exc:
            return Response(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> Response:
        return self.request("POST", path, body, **kwargs)

    def login(self, open_id: str) -> dict[str, Any]:
        code = self.get(f"/_local/login-code?open_id={open_id}").json()["code"]
        response = self.post("/v1/auth/login", {"code": code})
        assert response.status == 200, response.body
        return dict(response.json())

    # -- AWS (the runtime's moto) -------------------------------------------------------------
    def aws(self, service: str) -> Any:
        return boto3.session.Session().client(
            service,
            endpoint_url=self.info["dynamodb_endpoint" if service.startswith("dynamodb") else "aws_endpoint"],
            region_name=self.info["region"],
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            config=Config(account_id_endpoint_mode="disabled"),
        )

    def queue_url(self, logical_id: str) -> str:
        return str(self.aws("sqs").get_queue_url(QueueName=self.info["queues"][logical_id])["QueueUrl"])

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_settled(self, quiet: float = 3.0, timeout: float = 240.0) -> None:
        """Until the demo's background seeding is done and no function has run for `quiet`
        seconds: the event pipeline is drained, so reports stop moving (a test comparing what
        a screen shows with what the API answers a moment later needs that)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            info = self.get("/_local/info").json()
            if not info["seeding"] and info["quiet_seconds"] >= quiet:
                return
            time.sleep(0.5)
        raise AssertionError(f"the runtime did not settle in {timeout:.0f} s: {info}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start(log_dir: Path, *args: str, name: str = "runtime", port: int | None = None) -> RunningRuntime:
    port = port or free_port()
    log_path = log_dir / f"{name}-{port}.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "POWERTOOLS_"))}
    env["PYTHONUNBUFFERED"] = "1"
    with log_path.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "siyu_local", "--port", str(port), "--kuaishou-port", "0", *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    runtime = RunningRuntime(process, f"http://127.0.0.1:{port}", log_path)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the runtime exited with {process.returncode}:\n{runtime.log()}")
        try:
            response = runtime.get("/_local/info")
        except OSError:
            time.sleep(0.1)
            continue
        if response.status == 200 and response.json()["ready"]:
            runtime.info = response.json()
            return runtime
        time.sleep(0.1)
    runtime.stop()
    raise RuntimeError(f"the runtime did not answer within {START_TIMEOUT} s:\n{runtime.log()}")
