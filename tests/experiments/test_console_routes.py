"""Admin routes the operations console needs: a version's layout, the module schemas for
its generated forms, start/stop, shipping a variant and the sample-size calculator."""

from __future__ import annotations

from experiments_app import handler

from siyu.experiments import stats
from siyu.page_modules import MODULE_KINDS
from tests.conftest import Api
from tests.experiments.test_pages_api import LAYOUT_V1, admin, publish

api = Api(handler)
EXPERIMENT = {
    "key": "popup-style",
    "name": "弹窗样式",
    "page": "home",
    "variants": [
        {"name": "control", "weight": 50},
        {"name": "bold", "weight": 50, "module_overrides": {"popup": {"style": "bold"}}},
    ],
}


def test_a_version_as_saved_and_the_module_schemas(aws):
    publish("v1", LAYOUT_V1)
    status, body = api("GET", "/v1/admin/pages/home/versions/v1", token=admin("analyst"))
    assert status == 200
    assert (body["version"], body["live"]) == ("v1", True)
    assert [m["id"] for m in body["layout"]] == ["hero", "menu", "popup"]
    assert body["layout"][2]["audience"] == {"new_members_only": True, "new_member_days": 30}
    assert api("GET", "/v1/admin/pages/home/versions/v9", token=admin("analyst"))[0] == 404

    status, body = api("GET", "/v1/admin/page-modules", token=admin("analyst"))
    assert status == 200
    assert tuple(body["kinds"]) == MODULE_KINDS
    popup = body["kinds"]["first_order_popup"]
    assert "copy" in popup["required"]
    assert popup["properties"]["style"]["enum"] == ["classic", "bold", "minimal"]


def test_start_and_stop_are_operator_actions_and_idempotent(aws):
    assert api("PUT", "/v1/admin/experiments/popup-style", EXPERIMENT, token=admin())[0] == 200
    assert api("POST", "/v1/admin/experiments/popup-style/start", token=admin("analyst"))[0] == 403
    status, started = api("POST", "/v1/admin/experiments/popup-style/start", token=admin())
    assert status == 200
    assert started["start_at"]
    assert "stop_at" not in started
    again = api("POST", "/v1/admin/experiments/popup-style/start", token=admin())[1]
    assert again["start_at"] == started["start_at"]  # a retry keeps the start
    assert api("GET", "/v1/admin/experiments/popup-style/results", token=admin())[1]["status"] == "running"

    status, stopped = api("POST", "/v1/admin/experiments/popup-style/stop", token=admin())
    assert status == 200
    assert stopped["stop_at"] >= stopped["start_at"]
    assert api("POST", "/v1/admin/experiments/popup-style/stop", token=admin())[1] == stopped
    assert api("GET", "/v1/admin/experiments/popup-style/results", token=admin())[1]["status"] == "stopped"
    assert api("POST", "/v1/admin/experiments/nope/start", token=admin())[0] == 404


def test_shipping_a_variant_publishes_its_layout_and_stops_the_experiment(aws):
    publish("v1", LAYOUT_V1)
    api("PUT", "/v1/admin/experiments/popup-style", EXPERIMENT, token=admin())
    api("POST", "/v1/admin/experiments/popup-style/start", token=admin())
    assert (
        api("POST", "/v1/admin/experiments/popup-style/ship", {"variant": "bold"}, token=admin("analyst"))[0]
        == 403
    )
    assert api("POST", "/v1/admin/experiments/popup-style/ship", {"variant": "nope"}, token=admin())[0] == 400

    for _ in range(2):  # a retry publishes the same version again
        status, body = api(
            "POST", "/v1/admin/experiments/popup-style/ship", {"variant": "bold"}, token=admin()
        )
        assert status == 200, body
        assert body["version"] == "popup-style-bold"
    status, page = api("GET", "/v1/pages/home", headers={"x-device-id": "dev-new"})
    assert status == 200
    assert page["version"] == "popup-style-bold"
    assert page["experiments"] == []
    assert next(m for m in page["modules"] if m["id"] == "popup")["style"] == "bold"
    assert api("GET", "/v1/admin/experiments/popup-style/results", token=admin())[1]["status"] == "stopped"


def test_sample_size_is_the_results_formula(aws):
    status, body = api(
        "GET", "/v1/admin/experiments/sample-size", query="baseline=0.1&mde=0.2", token=admin("analyst")
    )
    assert status == 200
    assert body["per_variant"] == stats.sample_size_per_variant(0.1, 0.2)
    assert body["total"] == 2 * body["per_variant"]
    bad = api("GET", "/v1/admin/experiments/sample-size", query="baseline=1.5&mde=0.2", token=admin())
    assert bad[0] == 400
