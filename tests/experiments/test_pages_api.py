"""Pages and experiments through the handler, with real API Gateway v2 events."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from experiments_app import handler

from siyu import clock
from siyu.pages import layouts
from siyu.pages.layouts import Viewer
from siyu_local.apigw import json_event, parse_response
from tests.conftest import Api, LambdaContextStub
from tests.support import admin_token, member_token

api = Api(handler)

admin, member = admin_token, member_token


POPUP = {
    "id": "popup",
    "kind": "first_order_popup",
    "copy": "首单立减 5 元",
    "audience": {"new_members_only": True},
}
LAYOUT_V1: list[dict[str, Any]] = [
    {"id": "hero", "kind": "banner_carousel", "slides": [{"image_url": "https://cdn.example/1.jpg"}]},
    {"id": "menu", "kind": "product_list", "category": "milk-tea"},
    POPUP,
]


def publish(version: str, layout: list[dict[str, Any]]) -> None:
    status, body = api("PUT", f"/v1/admin/pages/home/versions/{version}", {"layout": layout}, token=admin())
    assert status == 200, body
    status, body = api("POST", f"/v1/admin/pages/home/versions/{version}/publish", token=admin())
    assert status == 200, body


def test_draft_publish_and_read_anonymously_with_a_shared_cache_header(aws):
    publish("v1", LAYOUT_V1)
    result = handler(json_event("GET", "/v1/pages/home", None, headers={}), LambdaContextStub())
    status, headers, data, _ = parse_response(result)
    body = json.loads(data)
    assert status == 200
    assert {k.lower(): v for k, v in headers.items()}["cache-control"].startswith("public")
    assert [m["id"] for m in body["modules"]] == ["hero", "menu", "popup"]
    assert body["version"] == "v1"


def test_unknown_kind_or_invalid_configuration_is_refused_naming_the_field(aws):
    bad_kind = [*LAYOUT_V1, {"id": "x", "kind": "lottery"}]
    status, body = api("PUT", "/v1/admin/pages/home/versions/v2", {"layout": bad_kind}, token=admin())
    assert status == 400
    assert body["error"]["code"] == "VALIDATION_ERROR"
    assert body["error"]["details"][0]["field"] == "layout.3"
    bad_config = [{**POPUP, "color": "red"}]
    status, body = api("PUT", "/v1/admin/pages/home/versions/v2", {"layout": bad_config}, token=admin())
    assert status == 400
    assert body["error"]["details"][0]["field"] == "layout.0.first_order_popup.color"
    status, _ = api("GET", "/v1/admin/pages/home/versions", token=admin("analyst"))
    assert status == 200
    assert layouts.list_versions("home") == []


def test_a_version_is_immutable_and_a_retry_is_harmless(aws):
    assert api("PUT", "/v1/admin/pages/home/versions/v1", {"layout": LAYOUT_V1}, token=admin())[0] == 200
    assert api("PUT", "/v1/admin/pages/home/versions/v1", {"layout": LAYOUT_V1}, token=admin())[0] == 200
    status, body = api("PUT", "/v1/admin/pages/home/versions/v1", {"layout": LAYOUT_V1[:1]}, token=admin())
    assert (status, body["error"]["code"]) == (409, "PAGE_VERSION_EXISTS")


def test_rollback_only_to_a_published_version(aws):
    publish("v1", LAYOUT_V1)
    publish("v2", LAYOUT_V1[:2])
    api("PUT", "/v1/admin/pages/home/versions/v3", {"layout": LAYOUT_V1[:1]}, token=admin())
    status, body = api("POST", "/v1/admin/pages/home/rollback", {"to_version": "v3"}, token=admin())
    assert (status, body["error"]["code"]) == (409, "PAGE_VERSION_NEVER_PUBLISHED")
    assert api("POST", "/v1/admin/pages/home/rollback", {"to_version": "v1"}, token=admin())[0] == 200
    assert api("GET", "/v1/pages/home")[1]["version"] == "v1"


def test_members_only_see_modules_of_their_audience(aws):
    publish("v1", LAYOUT_V1)
    from siyu.members.models import Member, member_pk

    old = clock.iso(clock.now() - timedelta(days=400))
    Member(pk=member_pk("old"), member_id="old", open_id="o-old", created_at=old).save()
    Member(pk=member_pk("new"), member_id="new", open_id="o-new", created_at=clock.now_iso()).save()
    ids = lambda m: [x["id"] for x in api("GET", "/v1/pages/home", token=member(m))[1]["modules"]]  # noqa: E731
    assert ids("new") == ["hero", "menu", "popup"]
    assert ids("old") == ["hero", "menu"]


def test_experiment_variant_applied_and_exposure_recorded_once(aws):
    publish("v1", LAYOUT_V1)
    experiment = {
        "key": "popup-style",
        "name": "弹窗样式",
        "page": "home",
        "variants": [
            {"name": "control", "weight": 0},
            {
                "name": "bold",
                "weight": 100,
                "module_overrides": {"popup": {"style": "bold", "color": "#E60012"}},
            },
        ],
        "start_at": clock.iso(clock.now() - timedelta(hours=1)),
    }
    assert api("PUT", "/v1/admin/experiments/popup-style", experiment, token=admin())[0] == 200
    status, page = api("GET", "/v1/pages/home", headers={"x-device-id": "dev-1"})
    assert status == 200
    popup = next(m for m in page["modules"] if m["id"] == "popup")
    assert (popup["style"], popup["color"]) == ("bold", "#E60012")
    assert page["experiments"] == [{"experiment": "popup-style", "variant": "bold"}]
    for expected in (True, False):
        status, body = api(
            "POST",
            "/v1/experiments/popup-style/exposures",
            {"variant": "bold"},
            headers={"x-device-id": "dev-1"},
        )
        assert (status, body["recorded"]) == (200, expected)
    status, results = api("GET", "/v1/admin/experiments/popup-style/results", token=admin("analyst"))
    assert status == 200
    assert results["variants"][1]["exposures"] == 1
    assert results["verdict"] == "inconclusive"


@pytest.mark.concurrency
def test_publishing_is_atomic_for_concurrent_readers(atomic_dynamodb):
    small = LAYOUT_V1[:1]
    big = [*LAYOUT_V1, {"id": "checkin", "kind": "checkin_entry"}]
    layouts.save_draft("home", "small", small)
    layouts.save_draft("home", "big", big)
    layouts.publish("home", "small")
    seen: set[tuple[str, int]] = set()
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            page = layouts.published_for("home", Viewer(unit_id=None))
            seen.add((page["version"], len(page["modules"])))

    with ThreadPoolExecutor(max_workers=3) as pool:
        readers = [pool.submit(read) for _ in range(2)]
        for i in range(6):
            layouts.publish("home", "big" if i % 2 == 0 else "small")
        done.set()
        for r in readers:
            r.result()
    assert seen <= {("small", 1), ("big", 4)}  # anonymous visitors count as new: they see the popup


def test_the_exposure_route_is_server_authoritative(aws):
    """The server assigns; the answer carries the stored variant; a claimed variant that
    differs is never stored (issue 15)."""
    experiment = {
        "key": "cta-colour",
        "name": "按钮颜色",
        "page": "home",
        "variants": [{"name": "control", "weight": 100}, {"name": "bold", "weight": 0}],
        "start_at": clock.iso(clock.now() - timedelta(hours=1)),
    }
    assert api("PUT", "/v1/admin/experiments/cta-colour", experiment, token=admin())[0] == 200
    device = {"x-device-id": "dev-claims"}
    status, body = api("POST", "/v1/experiments/cta-colour/exposures", {"variant": "bold"}, headers=device)
    assert (status, body["variant"], body["recorded"]) == (200, "control", True)
    # A conflicting repeat answers the stored variant, not the one sent.
    status, body = api("POST", "/v1/experiments/cta-colour/exposures", {"variant": "bold"}, headers=device)
    assert (status, body["variant"], body["recorded"]) == (200, "control", False)
    # No variant claimed at all: the server's is the answer.
    status, body = api(
        "POST", "/v1/experiments/cta-colour/exposures", {}, headers={"x-device-id": "dev-quiet"}
    )
    assert (status, body["variant"]) == (200, "control")
    results = api("GET", "/v1/admin/experiments/cta-colour/results", token=admin("analyst"))[1]
    assert {v["variant"]: v["exposures"] for v in results["variants"]} == {"control": 2, "bold": 0}
