"""The local runtime as `make dev` starts it (template.yaml with the demo data, DynamoDB Local,
functions in container processes): start-up time, resident memory of the whole runtime
(itself, DynamoDB Local's JVM and every container), requests per second on /v1/health and
/v1/me measured from a second process on loopback (siyu_local.bench.loadclient), and a flash
sale over HTTP: 2,000 purchase attempts by 200 members for 100 units."""

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
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
        with _OPENER.open(url, timeout=120) as response:  # a cold start on a loaded machine
            return dict(json.loads(response.read()))
    except OSError:
        return None


def _call(
    method: str, url: str, body: object = None, token: str | None = None, key: str = ""
) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if key:
        headers["Idempotency-Key"] = key
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with _OPENER.open(request, timeout=120) as response:
            return response.status, dict(json.loads(response.read() or b"{}"))
    except urllib.error.HTTPError as exc:
        return exc.code, dict(json.loads(exc.read() or b"{}"))


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MiB."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    family, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in family} - family
        family |= more
        grew = bool(more)
    total_kb = 0
    for member in family:
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        total_kb += next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
    return total_kb / 1024


FLASH_UNITS, FLASH_MEMBERS, FLASH_ATTEMPTS, FLASH_CLIENTS = 100, 200, 2000, 16


def _flash_sale(table: bench.Table, api: str) -> None:
    """2,000 attempts (200 members × 10, concurrent) for 100 units, over HTTP."""
    status, admin = _call(
        "POST", f"{api}/v1/admin/auth/login", {"username": "operator", "password": "siyu-operator-demo"}
    )
    assert status == 200, admin
    admin_token = str(admin["access_token"])
    now = datetime.fromisoformat(str(_call("GET", f"{api}/v1/health")[1]["time"]).replace("Z", "+00:00"))
    iso = lambda moment: moment.astimezone(UTC).isoformat().replace("+00:00", "Z")  # noqa: E731
    status, created = _call(
        "POST",
        f"{api}/v1/admin/flash-sales",
        {
            "sku": "SKU-NMLC",
            "name": "柠檬茶 bench 秒杀",
            "sale_price_fen": 600,
            "stock": FLASH_UNITS,
            "starts_at": iso(now + timedelta(seconds=3)),
            "ends_at": iso(now + timedelta(minutes=30)),
        },
        admin_token,
        "bench-flash-sale",
    )
    assert status == 201, created
    sale_id = created["sale_id"]

    def login(i: int) -> str:
        return str(_call("GET", f"{api}/_local/token?open_id=bench-flash-{i:03d}")[1]["access_token"])

    with ThreadPoolExecutor(FLASH_CLIENTS) as pool:
        tokens = list(pool.map(login, range(FLASH_MEMBERS)))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        sale = _call("GET", f"{api}/v1/admin/flash-sales/{sale_id}", token=admin_token)[1]["sale"]
        if sale["status"] == "OPEN":
            break
        time.sleep(0.2)

    def attempt(i: int) -> int:
        return _call(
            "POST",
            f"{api}/v1/flash-sales/{sale_id}/purchase",
            token=tokens[i % FLASH_MEMBERS],
            key=f"bench-buy-{i:05d}",
        )[0]

    started = time.perf_counter()
    with ThreadPoolExecutor(FLASH_CLIENTS) as pool:
        statuses = list(pool.map(attempt, range(FLASH_ATTEMPTS)))
    seconds = time.perf_counter() - started
    won = statuses.count(201)
    errors = sum(1 for s in statuses if s >= 500)
    table.add(
        "runtime",
        f"flash sale over HTTP: units sold of {FLASH_UNITS} ({FLASH_ATTEMPTS} attempts)",
        won,
        f"== {FLASH_UNITS}",
    )
    table.add("runtime", "flash sale over HTTP: attempts/s", FLASH_ATTEMPTS / seconds)
    table.add("runtime", "flash sale over HTTP: 5xx answers", errors, "0")
    containers = _call("GET", f"{api}/_local/containers")[1]
    for function, pool_info in sorted(containers.items()):
        if int(pool_info["started"]) > 0:
            table.add(
                "runtime",
                f"containers started / peak busy: {function}",
                f"{pool_info['started']} / {pool_info['peak']}",
            )


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
        [
            *(sys.executable, "-m", "siyu_local", "--port", str(port), "--kuaishou-port", "0"),
            # The flash sale's 200 members all log in from 127.0.0.1 within seconds; on Kuaishou
            # they come from 200 addresses, so the per-address login limit must not cut them off.
            *("--parameter-overrides", f"LimitMemberLoginIp={FLASH_MEMBERS * 2}/60"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    api = f"http://127.0.0.1:{port}"
    try:
        info = None
        while time.perf_counter() - spawned < 300:
            info = _get(f"{api}/_local/info")
            if info and info.get("ready"):
                break
            time.sleep(0.05)
        if not info or not info.get("ready"):
            raise RuntimeError("the local runtime did not start within 300 s")
        table.add(
            "runtime", "start-up, `python -m siyu_local` to ready (s)", time.perf_counter() - spawned, "<= 10"
        )
        table.add(
            "runtime",
            "resident memory, runtime + DynamoDB Local + containers, demo loaded (MiB)",
            tree_rss_mb(process.pid),
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
        _flash_sale(table, api)
        table.add("runtime", "resident memory after the flash sale (MiB)", tree_rss_mb(process.pid))
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
