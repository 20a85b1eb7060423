"""A real browser for end-to-end tests: Playwright for Python driving Debian's Chromium
(`make browser-deps` installs it; Playwright's own browser download is never used).

Use it from a test package's conftest.py::

    from tests.browser import browser, browser_page  # noqa: F401  (fixtures)

- `browser` (session): one headless Chromium for the whole run.
- `browser_page`: a fresh context (its own storage: no session leaks between tests) at
  1280×800, zh-CN, Asia/Shanghai, and one page in it; closed after the test.
- `new_page(browser, **context_options)`: another page, e.g. at a tablet width.
- `screenshot(page, path)`: a full-page PNG written where the caller says.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

CHROMIUM = os.environ.get("SIYU_CHROMIUM", "/usr/bin/chromium")
# The machine has no network but loopback: keep Chromium from calling home, and run as root.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
TABLET = {"width": 768, "height": 1024}
TIMEOUT_MS = 60_000  # a limit for a loaded machine (reports take seconds), not a timing assertion


expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser-deps` (Debian's chromium, fonts-noto-cjk)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield launched
        launched.close()


def new_page(browser: Browser, **options: Any) -> Page:
    context = browser.new_context(
        **{
            "viewport": DESKTOP,
            "locale": "zh-CN",
            "timezone_id": "Asia/Shanghai",
            "accept_downloads": True,
            **options,
        }
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


@pytest.fixture
def browser_page(browser: Browser) -> Iterator[Page]:
    page = new_page(browser)
    yield page
    page.context.close()


def screenshot(page: Page, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path
