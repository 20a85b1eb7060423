"""One member journey through the demo mini-program's H5 build: open home, claim the first-order
coupon from the popup, check in, order with the coupon, pay on the fake platform's /pay page,
see the pickup code and the points. Screenshots go to docs/demo/."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import ROOT, RunningRuntime

pytestmark = pytest.mark.e2e

SHOTS = ROOT / "docs" / "demo"
TIMEOUT_MS = 30_000


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_member_journey_in_the_h5_build(
    h5_site: str, demo_runtime: RunningRuntime, browser: Any, tmp_path: Path
) -> None:
    open_id = f"h5-journey-{int(time.time())}"
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=1, locale="zh-CN"
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(f"{h5_site}/?api={demo_runtime.url}&open_id={open_id}#/pages/index/index")

        # home, rendered from GET /v1/pages/home; the first-order popup (new members) after its delay
        page.get_by_text("每日签到").wait_for(timeout=3 * TIMEOUT_MS)  # login and home: cold starts
        page.get_by_text("人气推荐").wait_for()
        claim = page.locator(".claim-first-order")
        claim.wait_for()
        _shot(page, "01-home-first-order-popup")
        claim.click()
        claim.wait_for(state="detached")  # the popup closes once the coupon is claimed

        # check in
        page.locator(".checkin-btn").click()
        page.locator(".checkin-btn", has_text="已签到").wait_for()
        _shot(page, "02-home-checked-in")

        # menu → cart → confirm
        page.locator("uni-tabbar .uni-tabbar__item", has_text="点单").click()
        page.locator(".add").first.wait_for()
        page.locator(".product", has_text="杨枝甘露").locator(".add").click()
        page.get_by_text("购物车 1 件").wait_for()
        _shot(page, "03-menu-cart")
        page.locator(".checkout").click()

        page.locator(".coupon.chosen", has_text="新人首单立减8元").wait_for()
        page.locator(".total", has_text="¥10.00").wait_for()  # 18.00 − 8.00
        _shot(page, "04-confirm-with-coupon")

        # pay: the fake platform's /pay page stands in for the ks.pay sheet
        with context.expect_page() as sheet_info:
            page.locator(".pay").click()
        sheet = sheet_info.value
        sheet.wait_for_load_state()
        sheet.locator("tr", has_text="10.00").first.get_by_role("button", name="支付").click()
        sheet.get_by_text("已支付").wait_for()
        _shot(sheet, "05-fake-pay-page")
        sheet.close()

        # the SDK confirms by polling the order: the pickup code and the points it earned
        code = page.locator(".pickup-code")
        code.wait_for()
        assert re.fullmatch(r"\d{4}", code.inner_text().strip())
        page.get_by_text("获得 10 积分").wait_for()
        _shot(page, "06-paid-pickup-code")

        page.get_by_text("查看积分").click()
        points = page.locator(".points")
        points.wait_for()
        page.wait_for_function("() => Number(document.querySelector('.points')?.textContent) > 0")
        page.locator(".day.on").first.wait_for()  # today on the check-in calendar
        page.get_by_text("每日签到").wait_for()  # the tasks
        _shot(page, "07-me-points")
        assert int(points.inner_text().strip()) >= 10 + 5  # order points + check-in points
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"))  # kept by pytest under its basetemp
        raise
    finally:
        context.close()
    assert not errors, errors
