"""A small load client for the runtime benchmark, run in its own process:

    python -m siyu_local.bench.loadclient URL [--token T] [--threads 4] [--seconds 3] [--max 5000]

Keep-alive connections (http.client), one per thread; prints one JSON line with the count,
the duration, requests per second, errors and latency percentiles."""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import threading
import time
from urllib.parse import urlsplit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--token")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--max", type=int, default=5000)
    args = parser.parse_args()
    parts = urlsplit(args.url)
    headers = {"Authorization": f"Bearer {args.token}"} if args.token else {}
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + args.seconds
    issued = [0]

    def worker() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        while time.perf_counter() < deadline:
            with lock:
                if issued[0] >= args.max:
                    break
                issued[0] += 1
            started = time.perf_counter()
            try:
                conn.request("GET", parts.path, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
                ok = False
            with lock:
                latencies.append(time.perf_counter() - started)
                errors[0] += 0 if ok else 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    print(
        json.dumps(
            {
                "requests": len(latencies),
                "seconds": round(elapsed, 3),
                "rps": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
                "errors": errors[0],
                "p50_ms": round(statistics.median(ordered) * 1000, 2) if ordered else None,
                "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 2) if ordered else None,
            }
        )
    )


if __name__ == "__main__":
    main()
