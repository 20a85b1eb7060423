"""Tags and segments in the console (issue 23), in a real browser against the local runtime:
an operator defines a manual tag and a rule tag (a bad rule is refused with the path it names),
tags a member who just logged in — checked through the admin API — and builds a dynamic
segment over that tag, whose size estimate is exact. Screenshot: docs/console/25-tags-segments.png."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from tests.browser import new_page
from tests.console.conftest import admin_token, shot, sign_in
from tests.e2e.conftest import RunningRuntime

pytestmark = pytest.mark.e2e


def test_operator_tags_a_member_and_builds_a_segment(console: RunningRuntime, browser: Browser) -> None:
    member_id = console.login("console-tags-member")["member"]["member_id"]
    page = new_page(browser)
    sign_in(page, console, "operator", "/tags")

    page.locator("[data-test=new-tag]").click()
    page.fill("input[name=tag-id]", "console-vip")
    page.fill("input[name=tag-name]", "柜台熟客")
    page.locator("[data-test=save-tag]").click()
    expect(page.locator("[data-test=tag-size-console-vip]")).to_have_text("0")

    page.locator("[data-test=new-tag]").click()
    page.fill("input[name=tag-id]", "console-repeat")
    page.fill("input[name=tag-name]", "30 天复购")
    page.locator(".el-dialog").get_by_text("规则", exact=True).click()
    page.fill("textarea[name=tag-rule]", '{"count": "order_paid", "days": 0, "op": ">=", "value": 2}')
    page.locator("[data-test=save-tag]").click()
    expect(page.locator("[data-test=tag-error]")).to_contain_text("rule.days")
    page.fill("textarea[name=tag-rule]", '{"count": "order_paid", "days": 30, "op": ">=", "value": 2}')
    page.locator("[data-test=save-tag]").click()
    expect(page.locator("[data-test=tag-size-console-repeat]")).to_have_text("0")

    page.fill("input[name=member-id]", member_id)
    page.locator("[data-test=manual-tag]").click()
    page.locator(".el-select-dropdown__item", has_text="柜台熟客").click()
    page.locator("[data-test=tag-member]").click()
    expect(page.locator("[data-test=member-tag-list]")).to_contain_text("柜台熟客")
    expect(page.locator("[data-test=tag-size-console-vip]")).to_have_text("1")
    tags = console.get(f"/v1/admin/members/{member_id}/tags", token=admin_token(console, "analyst")).json()
    assert "console-vip" in {t["tag_id"] for t in tags["tags"]}

    page.get_by_role("tab", name="人群").click()
    page.locator("[data-test=new-segment]").click()
    page.fill("input[name=segment-id]", "console-vips")
    page.fill("input[name=segment-name]", "柜台熟客人群")
    page.fill("textarea[name=segment-rule]", '{"tag": "console-vip"}')
    page.locator("[data-test=estimate]").click()
    expect(page.locator("[data-test=estimate-result]")).to_contain_text("约 1 人")
    page.locator("[data-test=save-segment]").click()
    expect(page.locator("[data-test=segments]")).to_contain_text("柜台熟客人群")
    page.get_by_role("tab", name="标签").click()
    shot(page, "25-tags-segments")
    page.context.close()
