"""The demo mini-program's H5 build in Debian's Chromium (Playwright for Python, no downloaded
browser), against a local runtime that allows the page's origin (CORS)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.e2e.conftest import ROOT, RunningRuntime

H5_DIR = ROOT / "clients" / "demo" / "dist" / "build" / "h5"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def h5_site() -> Iterator[str]:
    """The H5 build served on a free loopback port."""
    if not (H5_DIR / "index.html").exists():
        pytest.fail(f"{H5_DIR} is missing: build it with `make demo`")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(H5_DIR)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def demo_runtime(h5_site: str, start_runtime: Callable[..., RunningRuntime]) -> RunningRuntime:
    return start_runtime("--allow-origin", h5_site)
