"""The operations console in a real browser against the local runtime's demo shop: each
screen logged in as its role, showing the report API's own figures, doing its main action
with the effect visible through the API (a member's GET /v1/pages/home, experiment
results). Screenshots of every screen go to docs/console/."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from siyu_local.demo import experiments as demo
from tests.browser import TABLET, new_page
from tests.conftest import wait_for
from tests.console.conftest import admin_token, api, confirm, shot, sign_in, yuan
from tests.e2e.conftest import RunningRuntime

pytestmark = pytest.mark.e2e


def csv_rows(path: Any) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.DictReader(io.StringIO(f.read())))


def report_of(page: Page, action: Any, path: str) -> tuple[dict[str, str], Any]:
    """Run `action` and return the query and body of the report request it made."""
    with page.expect_response(lambda r: path in r.url and r.status == 200) as caught:
        action()
    response = caught.value
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(response.url).query))
    return query, response.json()


def member_home(runtime: RunningRuntime, open_id: str) -> dict[str, Any]:
    token = runtime.login(open_id)["access_token"]
    reply = runtime.get("/v1/pages/home", token=token)
    assert reply.status == 200, reply.body
    return dict(reply.json())


# ---------------------------------------------------------------- 1. login, session, roles


def test_login_keeps_the_session_and_an_expired_token_returns_to_the_same_page(
    console: RunningRuntime, browser_page: Page
) -> None:
    page = browser_page
    page.goto(f"{console.url}/console/analytics/dwell")
    page.wait_for_url("**/console/login?redirect=**")
    page.fill("input[name=username]", "analyst")
    page.fill("input[name=password]", "wrong-password")
    page.get_by_role("button", name="登录").click()
    expect(page.locator(".el-alert--error")).to_be_visible()
    shot(page, "01-login")
    page.fill("input[name=password]", "siyu-analyst-demo")
    page.get_by_role("button", name="登录").click()
    page.wait_for_url("**/console/analytics/dwell")
    expect(page.get_by_text("停留时长分布")).to_be_visible()

    page.reload()  # the session survives a reload
    expect(page.get_by_text("停留时长分布")).to_be_visible()
    expect(page.locator("[data-test=role]")).to_have_text("分析师")

    # The token stops working (expired or revoked) while the console is open on a page: the
    # next API call returns to the login page, which brings the staff member back there.
    page.get_by_role("tab", name="留存分析").click()
    page.wait_for_url("**/console/analytics/retention")
    page.evaluate(
        """() => { const s = JSON.parse(localStorage.getItem('siyu.console.session'));
                   s.token = s.token.slice(0, -4) + (s.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
                   localStorage.setItem('siyu.console.session', JSON.stringify(s)); }"""
    )
    page.reload()
    page.wait_for_url("**/console/login?**expired=1**")
    expect(page.get_by_text("登录已过期")).to_be_visible()
    page.fill("input[name=username]", "analyst")
    page.fill("input[name=password]", "siyu-analyst-demo")
    page.get_by_role("button", name="登录").click()
    page.wait_for_url("**/console/analytics/retention")
    expect(page.get_by_text("留存同期群")).to_be_visible()

    page.locator("[data-test=logout]").click()
    page.wait_for_url("**/console/login")
    page.goto(f"{console.url}/console/dashboard")
    page.wait_for_url("**/console/login?redirect=**")


def test_navigation_shows_what_the_role_may_do_and_an_analyst_reaches_no_operator_action(
    console: RunningRuntime, browser_page: Page
) -> None:
    page = browser_page
    sign_in(page, console, "analyst", "/experiments")
    nav = page.locator("[data-test=nav]")
    expect(nav).to_contain_text("经营概览")
    expect(nav).to_contain_text("数据分析")
    expect(nav).to_contain_text("A/B 实验")
    expect(nav).not_to_contain_text("页面搭建")
    expect(page.locator("[data-test=experiments] .el-table__row").first).to_be_visible()
    assert page.locator("[data-test=new-experiment]").count() == 0
    assert page.locator("[data-test^=start-], [data-test^=stop-]").count() == 0

    page.locator("[data-test=results-first-order-popup]").click()
    page.wait_for_url("**/console/experiments/first-order-popup")
    expect(page.locator("[data-test=variants] .el-table__row").first).to_be_visible()
    assert page.locator("[data-test=ship], [data-test^=ship-]").count() == 0

    page.goto(f"{console.url}/console/pages/home")  # typed in by hand
    page.wait_for_url("**/console/dashboard")
    expect(page.get_by_text("没有权限打开此页面")).to_be_visible()
    # and the API refuses the action itself
    token = admin_token(console, "analyst")
    reply = console.post("/v1/admin/pages/home/versions/v1/publish", token=token)
    assert reply.status == 403, reply.body

    operator = new_page(page.context.browser)  # type: ignore[arg-type]
    sign_in(operator, console, "operator", "/dashboard")
    expect(operator.locator("[data-test=nav]")).to_contain_text("页面搭建")
    operator.context.close()


# ---------------------------------------------------------------- 2. 经营概览


def test_dashboard_shows_the_report_figures_and_their_csv(
    console: RunningRuntime, browser_page: Page
) -> None:
    page = browser_page
    page.goto(f"{console.url}/console/login")
    page.fill("input[name=username]", "owner")
    page.fill("input[name=password]", "siyu-owner-demo")
    query, shown = report_of(
        page, lambda: page.get_by_role("button", name="登录").click(), "/v1/admin/reports/business"
    )
    page.wait_for_url("**/console/dashboard")
    expect(page.locator("[data-test=goal-drop_off] [data-test=value]")).not_to_have_text("—", timeout=90_000)
    report = api(console, "analyst", "GET", "/v1/admin/reports/business?" + urllib.parse.urlencode(query))
    assert shown["total"] == report["total"]
    assert report["total"]["orders"] > 0  # the demo's history
    assert report["total"]["new_members"] > 0
    for key in ("new_members", "active_members", "checkins", "orders", "coupon_redemptions"):
        expect(page.locator(f"[data-test=metric-{key}] [data-test=value]")).to_have_text(
            f"{report['total'][key]:,}"
        )
    expect(page.locator("[data-test=metric-gmv_fen] [data-test=value]")).to_have_text(
        yuan(report["total"]["gmv_fen"])
    )
    expect(page.locator("[data-test=metric-orders] [data-test=compare]")).to_contain_text(
        f"上一期 {report['previous_total']['orders']:,}"
    )

    # the goals: this month's interactions against 50,000 from the KPI report
    month_start = query["to"][:8] + "01"
    kpi = api(console, "analyst", "GET", f"/v1/admin/reports/kpi?from={month_start}&to={query['to']}")
    expect(page.locator("[data-test=goal-interactions] [data-test=value]")).to_have_text(
        f"{int(kpi['interactions']['current']):,}"
    )
    expect(page.locator("[data-test=goal-retention] [data-test=value]")).not_to_have_text("")
    shot(page, "02-dashboard")

    query30, _ = report_of(
        page,
        lambda: page.locator("[data-test=window]").get_by_text("近 30 天").click(),
        "/v1/admin/reports/business",
    )
    month = api(console, "analyst", "GET", "/v1/admin/reports/business?" + urllib.parse.urlencode(query30))
    expect(page.locator("[data-test=metric-orders] [data-test=value]")).to_have_text(
        f"{month['total']['orders']:,}"
    )
    with page.expect_download() as download:
        page.locator("[data-test=trend-orders-csv]").click()
    rows = csv_rows(download.value.path())
    assert [int(r["本期"]) for r in rows] == [d["orders"] for d in month["by_day"]]
    assert [r["日期"] for r in rows] == [d["day"] for d in month["by_day"]]


# ---------------------------------------------------------------- 3. analytics


def test_analytics_traffic_funnel_retention_dwell_and_the_module_heatmap(
    console: RunningRuntime, browser_page: Page
) -> None:
    page = browser_page
    page.goto(f"{console.url}/console/login?redirect=/analytics/traffic")
    page.fill("input[name=username]", "analyst")
    page.fill("input[name=password]", "siyu-analyst-demo")
    query, traffic = report_of(
        page, lambda: page.get_by_role("button", name="登录").click(), "/v1/admin/reports/traffic"
    )
    assert (
        api(console, "analyst", "GET", "/v1/admin/reports/traffic?" + urllib.parse.urlencode(query))
        == traffic
    )
    top = traffic["by_page"][0]
    first_row = page.locator("[data-test=traffic-table] .el-table__row").first
    expect(first_row).to_contain_text(top["page"])
    expect(first_row).to_contain_text(str(top["pv"]))
    expect(page.locator("[data-test=traffic-sources] canvas")).to_be_visible()
    shot(page, "03-analytics-traffic")

    # funnel builder: the demo's key path, one step more, computed on click
    page.get_by_role("tab", name="漏斗分析").click()
    expect(page.locator("[data-test=funnel-table] .el-table__row")).to_have_count(3)  # the key path, loaded
    page.locator("[data-test=funnel-add]").click()
    _, funnel = report_of(
        page, lambda: page.locator("[data-test=funnel-run]").click(), "/v1/admin/reports/funnel"
    )
    assert [s["event"] for s in funnel["steps"]] == ["page_view", "OrderCreated", "OrderPaid", "OrderPaid"]
    rows = page.locator("[data-test=funnel-table] .el-table__row")
    expect(rows).to_have_count(4)
    for i, step in enumerate(funnel["steps"]):
        expect(rows.nth(i)).to_contain_text(str(step["reached"]))
    assert funnel["steps"][0]["reached"] > funnel["steps"][2]["reached"] > 0
    shot(page, "04-analytics-funnel")

    # retention grid, D1…D30
    query_r, retention = report_of(
        page, lambda: page.get_by_role("tab", name="留存分析").click(), "/v1/admin/reports/retention"
    )
    assert query_r["days"] == ",".join(str(n) for n in range(1, 31))
    assert retention == api(
        console, "analyst", "GET", "/v1/admin/reports/retention?" + urllib.parse.urlencode(query_r)
    )
    assert retention["cohorts"]
    assert len(retention["cohorts"][0]["days"]) == 30
    with page.expect_download() as download:
        page.locator("[data-test=retention-csv]").click()
    rows_r = csv_rows(download.value.path())
    assert [int(r["人数"]) for r in rows_r] == [c["size"] for c in retention["cohorts"]]
    shot(page, "05-analytics-retention")

    # dwell and bounce per page
    query_d, dwell = report_of(
        page, lambda: page.get_by_role("tab", name="停留与跳出").click(), "/v1/admin/reports/dwell"
    )
    bounce = api(console, "analyst", "GET", "/v1/admin/reports/bounce?" + urllib.parse.urlencode(query_d))
    home = next(p for p in dwell["by_page"] if p["page"] == "pages/index/index")
    home_bounce = next(b for b in bounce["by_landing_page"] if b["landing_page"] == "pages/index/index")
    row = page.locator("[data-test=dwell-table] .el-table__row", has_text="pages/index/index")
    expect(row).to_contain_text(f"{home['avg_dwell_ms'] / 1000:.1f}")
    expect(row).to_contain_text(f"{home_bounce['bounce_rate'] * 100:.1f}%")
    shot(page, "06-analytics-dwell-bounce")

    # module heatmap over the live layout (v1): each module's taps as the report counts them
    query_h, heat = report_of(
        page, lambda: page.get_by_role("tab", name="模块热力图").click(), "/v1/admin/reports/heatmap"
    )
    assert query_h["page"] == "pages/index/index"
    taps = {e["element"]: e["taps"] for e in heat["elements"]}
    assert taps.get("menu", 0) > 0
    for module in ("hero", "checkin", "menu"):
        expect(page.locator(f"[data-test=phone] [data-module={module}] .taps")).to_have_text(
            f"{taps.get(module, 0)} 次点击"
        )
    assert page.locator("[data-test=phone] .dot").count() == len(heat["cells"])
    shot(page, "07-analytics-heatmap")


# ---------------------------------------------------------------- 5. page builder


def test_page_builder_reorders_validates_saves_publishes_and_rolls_back(
    console: RunningRuntime, browser: Browser
) -> None:
    page = new_page(browser)
    sign_in(page, console, "operator", "/pages/home")
    rows = page.locator("[data-test=module-list] .module-row")
    expect(rows).to_have_count(5)
    before = [rows.nth(i).get_attribute("data-module") for i in range(5)]
    assert before == ["hero", "checkin", "menu", "popup", "service"]

    # drag the product list above the check-in entry
    handle = page.locator("[data-module=menu] .handle")
    target = page.locator("[data-test=module-list] [data-module=checkin]")
    box_from, box_to = handle.bounding_box(), target.bounding_box()
    assert box_from
    assert box_to
    page.mouse.move(box_from["x"] + 4, box_from["y"] + 4)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(box_from["x"] + 4, box_from["y"] + 4 + (box_to["y"] - box_from["y"]) * step / 10)
    page.mouse.up()
    expect(rows.nth(1)).to_have_attribute("data-module", "menu")

    # the popup's copy, emptied: the form says what is wrong and nothing is saved
    rows.filter(has_text="首单弹窗").click()
    copy = page.locator("[data-test=module-form] [data-field=copy] input")
    copy.fill("")
    expect(page.locator("[data-test=module-form] [data-field=copy]")).to_contain_text("请填写文案")
    page.locator("[data-test=save-version]").click()
    expect(page.get_by_text("有模块设置不完整")).to_be_visible()
    copy.fill("新人首单立减 6 元")

    page.locator("input[data-test=version-name]").fill("v2")
    page.locator("[data-test=save-version]").click()
    expect(page.get_by_text("已保存版本 v2")).to_be_visible()
    shot(page, "08-page-builder")
    page.locator("[data-test=publish]").click()
    confirm(page, "确定")
    expect(page.locator("[data-test=live-version]")).to_have_text("v2")

    home = member_home(console, "demo-bob")
    assert home["version"] == "v2"
    assert [m["id"] for m in home["modules"]][:3] == ["hero", "menu", "checkin"]
    assert next(m for m in home["modules"] if m["id"] == "popup")["copy"] == "新人首单立减 6 元"

    page.locator("[data-test=rollback-v1]").click()
    confirm(page, "确定")
    expect(page.locator("[data-test=live-version]")).to_have_text("v1")
    home = member_home(console, "demo-bob")
    assert home["version"] == "v1"
    assert [m["id"] for m in home["modules"]][:3] == ["hero", "checkin", "menu"]

    # at a tablet's width the builder still fits: the preview goes below the forms
    page.set_viewport_size(TABLET)
    page.reload()
    expect(rows).to_have_count(5)
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
    shot(page, "09-page-builder-tablet")
    page.context.close()


# ---------------------------------------------------------------- 4. experiments


def test_experiment_created_started_exposed_and_its_results(
    console: RunningRuntime, browser: Browser
) -> None:
    page = new_page(browser)
    sign_in(page, console, "operator", "/experiments")
    page.locator("[data-test=new-experiment]").click()
    form = page.locator("[data-test=experiment-form]")
    form.locator("input[name=key]").fill("Checkin Copy")  # not a key: said so, nothing saved
    form.locator("input[name=name]").fill("签到入口文案")
    page.locator("[data-test=save-experiment]").click()
    expect(form).to_contain_text("只能用小写字母、数字、- 和 _")
    form.locator("input[name=key]").fill("checkin-copy")
    form.locator("textarea[name=overrides-1]").fill(json.dumps({"checkin": {"title": "签到领积分"}}))
    page.locator("[data-test=save-experiment]").click()
    expect(page.get_by_text("实验已保存")).to_be_visible()
    row = page.locator("[data-test=experiments] .el-table__row", has_text="checkin-copy")
    expect(row.locator("[data-test=status]")).to_have_text("草稿")
    shot(page, "10-experiments")

    page.locator("[data-test=start-checkin-copy]").click()
    expect(row.locator("[data-test=status]")).to_have_text("进行中")

    # members open the home page, see their variant, and the mini-program reports the exposure
    seen: dict[str, int] = {}
    for n in range(8):
        token = console.login(f"console-exp-{n}")["access_token"]
        home = console.get("/v1/pages/home", token=token).json()
        variant = next(e["variant"] for e in home["experiments"] if e["experiment"] == "checkin-copy")
        checkin = next(m for m in home["modules"] if m["id"] == "checkin")
        assert (checkin["title"] == "签到领积分") == (variant == "variant-b")
        reply = console.post("/v1/experiments/checkin-copy/exposures", {"variant": variant}, token=token)
        assert reply.status == 200, reply.body
        seen[variant] = seen.get(variant, 0) + 1

    page.locator("[data-test=results-checkin-copy]").click()
    results = api(console, "analyst", "GET", "/v1/admin/experiments/checkin-copy/results")
    table = page.locator("[data-test=variants] .el-table__row")
    expect(table).to_have_count(2)
    for i, variant in enumerate(results["variants"]):
        assert variant["exposures"] == seen.get(variant["variant"], 0)
        expect(table.nth(i)).to_contain_text(variant["variant"])
        expect(table.nth(i).locator("td").nth(1)).to_have_text(str(variant["exposures"]))
    expect(page.locator("[data-test=verdict]")).to_contain_text("样本不足")

    # the sample-size calculator answers as the API does
    page.goto(f"{console.url}/console/experiments")
    page.locator("[data-test=sample-size]").click()
    page.locator("[data-test=sample-size-run]").click()
    needed = api(console, "analyst", "GET", "/v1/admin/experiments/sample-size?baseline=0.1&mde=0.2")
    expect(page.locator("[data-test=sample-size-result]")).to_contain_text(f"{needed['per_variant']:,}")
    page.locator("[data-test=sample-size]").click()  # closes the calculator
    expect(page.locator("[data-test=sample-size-form]")).to_be_hidden()

    page.locator("[data-test=stop-checkin-copy]").click()
    confirm(page, "停止")
    expect(row.locator("[data-test=status]")).to_have_text("已停止")
    page.context.close()


def test_sample_ratio_mismatch_is_a_warning(console: RunningRuntime, browser_page: Page) -> None:
    definition: dict[str, Any] = {
        "key": "srm-check",
        "name": "分流检查",
        "page": "srm",
        "variants": [{"name": "control", "weight": 100}, {"name": "b", "weight": 0}],
    }
    api(console, "operator", "PUT", "/v1/admin/experiments/srm-check", definition)
    started = api(console, "operator", "POST", "/v1/admin/experiments/srm-check/start", {})
    for n in range(30):  # the server assigns every member to the control while b has no weight
        token = console.login(f"console-srm-{n}")["access_token"]
        reply = console.post("/v1/experiments/srm-check/exposures", {}, token=token)
        assert reply.status == 200, reply.body
    # then the split is changed mid-run to 50/50: the exposures no longer match it
    definition["variants"] = [{"name": "control", "weight": 50}, {"name": "b", "weight": 50}]
    api(
        console,
        "operator",
        "PUT",
        "/v1/admin/experiments/srm-check",
        {**definition, "start_at": started["start_at"]},
    )
    results = api(console, "analyst", "GET", "/v1/admin/experiments/srm-check/results")
    assert results["srm_flagged"]
    sign_in(browser_page, console, "analyst", "/experiments/srm-check")
    expect(browser_page.locator("[data-test=srm-warning]")).to_contain_text("分流比例异常（SRM）")


def test_results_of_the_demo_experiment_and_shipping_the_winner(
    console: RunningRuntime, browser: Browser
) -> None:
    seeded = sum(round(rate * demo.MEMBERS_PER_VARIANT) for rate in demo.RATES.values())
    results = wait_for(  # the demo pays its simulated members' orders in the background
        lambda: (
            (r := api(console, "analyst", "GET", "/v1/admin/experiments/first-order-popup/results"))
            and sum(v["conversions"] for v in r["variants"]) == seeded
            and r
        ),
        timeout=180,
        interval=2,
    )
    assert results["winner"] == "bold"
    bold = next(v for v in results["variants"] if v["variant"] == "bold")
    page = new_page(browser)
    sign_in(page, console, "operator", "/experiments/first-order-popup")
    expect(page.locator("[data-test=verdict]")).to_contain_text("已有胜出组：bold")
    expect(page.locator("[data-test=srm-warning]")).to_have_count(0)
    row = page.locator("[data-test=variants] .el-table__row", has_text="bold")
    expect(row).to_contain_text(f"{bold['exposures']}")
    expect(row).to_contain_text(f"{bold['chance_to_beat_control'] * 100:.1f}%")
    expect(row).to_contain_text(f"+{bold['uplift'] * 100:.1f}%")
    expect(page.locator("[data-test=uplift] canvas")).to_be_visible()
    shot(page, "11-experiment-results")

    page.locator("[data-test=ship]").click()
    confirm(page, "发布")
    expect(page.get_by_text("已发布版本 first-order-popup-bold")).to_be_visible()
    expect(page.locator("[data-test=status]")).to_have_text("已停止")
    home = member_home(console, "console-new-member")
    assert home["version"] == "first-order-popup-bold"
    assert home["experiments"] == []
    popup = next(m for m in home["modules"] if m["id"] == "popup")
    assert (popup["style"], popup["trigger"]) == ("bold", "after_delay")
    page.context.close()


# ---------------------------------------------------------------- tablet


def test_dashboard_at_a_tablet_width(console: RunningRuntime, browser: Browser) -> None:
    page = new_page(browser, viewport=TABLET)
    sign_in(page, console, "owner", "/dashboard")
    expect(page.locator("[data-test=metric-orders] [data-test=value]")).not_to_have_text("—")
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
    shot(page, "12-dashboard-tablet")
    page.context.close()
