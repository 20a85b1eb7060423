"""Targeted push in the console, in a real browser against the local runtime's demo shop: the
demo campaign's figures (sent through the push queue to the fake Kuaishou at start-up), an
operator creating a campaign, and a member's subscribe accept recorded as a credit.
Screenshot: docs/console/26-push-campaigns.png."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from siyu_local.demo import push as demo
from tests.browser import new_page
from tests.conftest import wait_for
from tests.console.conftest import api, shot, sign_in
from tests.e2e.conftest import RunningRuntime

pytestmark = pytest.mark.e2e


def demo_figures(runtime: RunningRuntime) -> dict[str, int]:
    listed = api(runtime, "analyst", "GET", "/v1/admin/push/campaigns")["campaigns"]
    (campaign,) = [c for c in listed if c["name"] == demo.NAME]
    return dict(campaign["figures"])


def test_operator_sees_campaign_figures_and_creates_a_campaign(
    console: RunningRuntime, browser: Browser
) -> None:
    # Sent at start-up; or, when the runtime started in quiet hours (21:00–08:00 Shanghai), every
    # member's copy is held (credit is checked when it is released at 08:00).
    settled = wait_for(
        lambda: (f := demo_figures(console))["sent"] + f["no_credit"] + f["held"] == demo.MEMBERS and f,
        "the demo campaign sent (or held) through the push queue",
        timeout=90,
    )
    night = settled["held"] > 0
    expected = {"held": demo.MEMBERS, "sent": 0, "no_credit": 0}
    if not night:
        expected = {"held": 0, "sent": demo.ACCEPTED, "no_credit": demo.MEMBERS - demo.ACCEPTED}
    assert settled["targeted"] == demo.MEMBERS
    assert {k: settled[k] for k in expected} == expected

    page = new_page(browser)
    sign_in(page, console, "operator", "/push")
    expect(page.locator(f"[data-test=push-targeted-{demo.NAME}]")).to_have_text(str(demo.MEMBERS))
    expect(page.locator(f"[data-test=push-no_credit-{demo.NAME}]")).to_have_text(str(expected["no_credit"]))

    page.locator("[data-test=new-push]").click()
    page.fill("input[name=push-name]", "会员日提醒")
    page.fill("input[name=push-segment]", "demo-regulars")
    page.fill("input[name=push-template]", demo.TEMPLATE)
    page.fill("input[name=push-page]", "pages/index/index")
    page.fill("input[name=push-data-thing01]", "周三会员日 双倍积分")
    page.locator("[data-test=save-push]").click()
    expect(page.locator(".el-message--success", has_text="推送已创建")).to_be_visible()
    expect(page.locator("[data-test=push-status-会员日提醒]")).to_have_text("草稿")
    expect(page.locator("[data-test=send-会员日提醒]")).to_be_visible()

    # A member accepts the template in the mini-program: one credit, once per request.
    token = console.login("demo-alice")["access_token"]
    body = {"results": {demo.TEMPLATE: "accept"}}
    headers = {"Idempotency-Key": "console-push-accept-1"}
    for _ in range(2):
        recorded = console.post("/v1/push/subscriptions", body, token=token, headers=headers)
        assert recorded.status == 200, recorded.body
        assert recorded.json() == {"credits": {demo.TEMPLATE: 1}}

    shot(page, "26-push-campaigns")
    page.context.close()
