"""Console end-to-end fixtures: a local runtime with the demo shop of the console's own
(`console_runtime`, tests/conftest.py), the built console it serves at /console, and a real
Chromium (tests/browser.py)."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.browser import screenshot
from tests.e2e.conftest import RunningRuntime

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "console"
PASSWORDS = {"owner": "siyu-owner-demo", "operator": "siyu-operator-demo", "analyst": "siyu-analyst-demo"}

REPORT_TIMEOUT_S = 90
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="session")
def console(console_runtime: RunningRuntime) -> RunningRuntime:
    if not (ROOT / "console" / "dist" / "index.html").exists():
        pytest.fail("the console is not built: run `make console`")
    return console_runtime


def admin_token(runtime: RunningRuntime, role: str) -> str:
    reply = runtime.post("/v1/admin/auth/login", {"username": role, "password": PASSWORDS[role]})
    assert reply.status == 200, reply.body
    return str(reply.json()["access_token"])


def api(runtime: RunningRuntime, role: str, method: str, path: str, body: Any = None) -> Any:
    """An admin API call; reports may take long on a loaded machine, so a longer timeout
    than RunningRuntime.request's."""
    request = urllib.request.Request(
        runtime.url + path,
        data=None if body is None else json.dumps(body).encode(),
        method=method,
        headers={"Authorization": f"Bearer {admin_token(runtime, role)}", "Content-Type": "application/json"},
    )
    with _OPENER.open(request, timeout=REPORT_TIMEOUT_S) as reply:
        assert reply.status == 200, (path, reply.status)
        return json.loads(reply.read())


def sign_in(page: Page, runtime: RunningRuntime, role: str, path: str = "/dashboard") -> None:
    """Open `path`, which sends a stranger to the login page, and log in as `role`."""
    page.goto(f"{runtime.url}/console{path}")
    page.wait_for_url("**/console/login**")
    page.fill("input[name=username]", role)
    page.fill("input[name=password]", PASSWORDS[role])
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(f"**/console{path.split('?')[0]}**")


def shot(page: Page, name: str) -> None:
    page.wait_for_timeout(300)  # let charts finish their entry animation
    screenshot(page, SHOTS / f"{name}.png")


def confirm(page: Page, button: str) -> None:
    page.locator(".el-message-box").get_by_role("button", name=button).click()


def yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"
