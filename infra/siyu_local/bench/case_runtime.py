"""The local runtime as `make dev` starts it (template.yaml with the demo data): start-up
time, and requests per second on /v1/health and /v1/me through the runtime, measured from a
second process on loopback (siyu_local.bench.loadclient: keep-alive connections, threads)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from siyu_local import bench

THREADS = 4
SECONDS = 3.0
MAX_REQUESTS = 5000
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> dict[str, object] | None:
    try:
        with _OPENER.open(url, timeout=5) as response:
            return dict(json.loads(response.read()))
    except OSError:
        return None


def _load(url: str, token: str | None = None) -> dict[str, float]:
    args = [sys.executable, "-m", "siyu_local.bench.loadclient", url, "--threads", str(THREADS)]
    args += ["--seconds", str(SECONDS), "--max", str(MAX_REQUESTS)]
    if token:
        args += ["--token", token]
    out = subprocess.run(args, capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run(table: bench.Table) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "POWERTOOLS_"))}
    spawned = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "siyu_local", "--port", str(port), "--kuaishou-port", "0"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    api = f"http://127.0.0.1:{port}"
    try:
        info = None
        while time.perf_counter() - spawned < 60:
            info = _get(f"{api}/_local/info")
            if info and info.get("ready"):
                break
            time.sleep(0.05)
        if not info or not info.get("ready"):
            raise RuntimeError("the local runtime did not start within 60 s")
        table.add(
            "runtime", "start-up, `python -m siyu_local` to ready (s)", time.perf_counter() - spawned, "<= 5"
        )
        table.add("runtime", "start-up, inside the process (s)", float(str(info["started_in_seconds"])))
        token = _get(f"{api}/_local/token?open_id=bench-member")
        assert token is not None
        for path, auth in (("/v1/health", None), ("/v1/me", str(token["access_token"]))):
            result = _load(api + path, auth)
            table.add("runtime", f"GET {path}: requests/s ({THREADS} keep-alive clients)", result["rps"])
            table.add("runtime", f"GET {path}: median latency (ms)", result["p50_ms"])
            table.add(
                "runtime", f"GET {path}: errors of {int(result['requests'])}", int(result["errors"]), "0"
            )
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
