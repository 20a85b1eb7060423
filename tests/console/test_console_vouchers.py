"""The pickup counter verifies a Kuaishou local-life voucher (团购券核销) in the browser: a
wrong code shows the API's zh-CN message, the real code shows what it buys, the clerk
confirms, links the buyer by member code, and undoes it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.console.conftest import api, confirm, shot, sign_in
from tests.e2e.conftest import RunningRuntime
from tests.e2e.test_vouchers_flow import bind_demo_stores

pytestmark = pytest.mark.e2e


def test_the_counter_verifies_a_voucher_and_links_the_buyer(
    console: RunningRuntime, browser_page: Page
) -> None:
    bind_demo_stores(console)
    sold = console.post(
        "/_local/locallife",
        {"action": "sell", "title": "浏览器测试双人套餐", "pay_fen": 6800, "original_fen": 9900},
    ).json()["result"]
    member_id = console.login("console-voucher-buyer")["member"]["member_id"]
    page = browser_page
    sign_in(page, console, "operator", "/pickup")

    page.fill("input[name=voucher-code]", "000000000000")
    page.locator("[data-test=prepare-voucher]").click()
    expect(page.locator("[data-test=voucher-error]")).to_contain_text("券码无效")

    page.fill("input[name=voucher-code]", sold["code"])
    page.locator("[data-test=prepare-voucher]").click()
    details = page.locator("[data-test=voucher-details]")
    expect(details).to_contain_text("浏览器测试双人套餐")
    expect(details).to_contain_text("¥68.00")
    expect(page.locator("[data-test=voucher-state]")).to_have_text("待核销")
    page.locator("[data-test=verify-voucher]").click()
    expect(page.locator("[data-test=voucher-state]")).to_have_text("已核销")
    expect(page.locator("[data-test=join-qr]")).to_be_visible()  # the join QR for a buyer not yet a member
    shot(page, "24-pickup-vouchers")

    page.fill("input[name=voucher-member]", member_id)
    page.locator("[data-test=link-member]").click()
    expect(page.locator("[data-test=voucher-member]")).to_contain_text("获得 68 积分")

    voucher = api(console, "analyst", "GET", f"/v1/admin/vouchers/{sold['certificate_id']}")
    assert (voucher["state"], voucher["member_id"]) == ("verified", member_id)
    order = api(console, "analyst", "GET", f"/v1/admin/orders/{voucher['order_id']}")
    assert (order["source"], order["status"], order["member_id"]) == ("ks_local", "PICKED_UP", member_id)

    page.locator("[data-test=cancel-voucher]").click()
    confirm(page, "撤销")
    expect(page.locator("[data-test=voucher-state]")).to_have_text("已撤销")
