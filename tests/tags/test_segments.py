"""Segments: static (uploaded ids, a set) and dynamic (rules over tags and properties), the
estimate while editing, and freeze_segment — the exact members once per ref."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from tags_app import handler

from siyu import audiences, clock
from siyu.errors import SiyuError
from siyu.events import DomainEvent
from siyu.segments import freeze_segment, put_segment
from siyu.tags import evaluate, signals, store
from siyu_local.sandbox import reset_caches
from tests.conftest import Api
from tests.support import admin_token

api = Api(handler)


@pytest.fixture(autouse=True)
def frozen(aws: None):
    clock.clock.freeze(datetime(2026, 12, 1, 4, 0, tzinfo=UTC))
    reset_caches()
    yield
    clock.clock.reset()


def frozen_ids(ref: str) -> list[str]:
    return [m for page in audiences.member_pages(ref) for m in page]


def buyer(member_id: str, orders: int) -> None:
    for n in range(orders):
        e = DomainEvent(type="OrderPaid", member_id=member_id, data={"amount_fen": 1000})
        signals.record(e.model_copy(update={"id": f"{member_id}-{n}"}))


def test_static_segment_upload_is_a_set_and_freezes():
    op = admin_token("operator")
    assert api("PUT", "/v1/admin/segments/vip-list", {"name": "名单", "kind": "static"}, token=op)[0] == 200
    body = {"member_ids": ["m1", "m2", "m3", "m2"]}
    assert api("POST", "/v1/admin/segments/vip-list/members", body, token=op)[1] == {
        "segment_id": "vip-list", "added": 3, "size": 3,
    }  # fmt: skip
    again = api("POST", "/v1/admin/segments/vip-list/members", {"member_ids": ["m3", "m4"]}, token=op)[1]
    assert (again["added"], again["size"]) == (1, 4)
    frozen = freeze_segment("vip-list", ref="camp-1")
    assert (frozen.size, frozen.source) == (4, "segment:vip-list")
    assert frozen_ids("camp-1") == ["m1", "m2", "m3", "m4"]
    api("POST", "/v1/admin/segments/vip-list/members", {"member_ids": ["m5"]}, token=op)
    assert freeze_segment("vip-list", ref="camp-1").size == 4  # a retry answers the first list


def test_dynamic_segment_over_tags_and_properties_freezes_the_members_now():
    store.put_tag("vip", name="VIP", kind="manual", description=None, rule=None)
    for m in ("a", "b", "c"):
        store.tag_member(m, "vip")
    buyer("a", 3)
    buyer("b", 1)
    buyer("d", 5)  # not vip
    put_segment("vip-only", name="VIP", kind="dynamic", rule={"tag": "vip"})
    put_segment(
        "vip-buyers", name="VIP 复购", kind="dynamic",
        rule={"all": [{"tag": "vip"}, {"count": "order_paid", "days": 30, "op": ">=", "value": 2}]},
    )  # fmt: skip
    put_segment("not-vip", name="非 VIP", kind="dynamic", rule={"not": {"tag": "vip"}})
    assert frozen_ids(freeze_segment("vip-only", ref="r1").ref) == ["a", "b", "c"]  # the tag index
    assert frozen_ids(freeze_segment("vip-buyers", ref="r2").ref) == ["a"]  # member states
    assert frozen_ids(freeze_segment("not-vip", ref="r3").ref) == ["d"]
    store.untag_member("a", "vip")
    assert frozen_ids(freeze_segment("vip-buyers", ref="r2").ref) == ["a"]  # frozen once per ref
    assert frozen_ids(freeze_segment("vip-buyers", ref="r4").ref) == []


def test_unknown_segment_is_segment_not_found():
    with pytest.raises(SiyuError) as err:
        freeze_segment("nope", ref="r9")
    assert (err.value.status, err.value.code) == (404, "SEGMENT_NOT_FOUND")
    assert audiences.get("r9") is None


def test_estimate_is_exact_for_tags_and_sampled_otherwise_and_sizes_come_from_the_run():
    op = admin_token("operator")
    store.put_tag("vip", name="VIP", kind="manual", description=None, rule=None)
    for m in ("a", "b"):
        store.tag_member(m, "vip")
    buyer("a", 2)
    buyer("x", 2)
    exact = api("POST", "/v1/admin/segments/estimate", {"rule": {"tag": "vip"}}, token=op)[1]
    assert (exact["size"], exact["method"]) == (2, "exact")
    rule = {"count": "order_paid", "days": 7, "op": ">=", "value": 2}
    assert api("POST", "/v1/admin/segments/estimate", {"rule": rule}, token=op)[1]["method"] == "none"
    run = evaluate.recompute("hourly")
    sampled = api("POST", "/v1/admin/segments/estimate", {"rule": rule}, token=op)[1]
    assert (sampled["size"], sampled["method"], sampled["sample"]) == (2, "sample", 3)
    status, _body = api(
        "PUT", "/v1/admin/segments/buyers", {"name": "复购", "kind": "dynamic", "rule": rule}, token=op
    )
    assert status == 200
    from siyu import segments

    assert segments.refresh_sizes(run.states) == 1
    listed = api("GET", "/v1/admin/segments", token=admin_token("analyst"))[1]["segments"]
    assert [(s["segment_id"], s["size"]) for s in listed] == [("buyers", 2)]


def test_bad_segment_rules_are_400_and_nothing_is_stored():
    op = admin_token("operator")
    bad = {"name": "x", "kind": "dynamic", "rule": {"any": [{"tag": "Bad Tag"}]}}
    status, body = api("PUT", "/v1/admin/segments/xx", bad, token=op)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert api("GET", "/v1/admin/segments/xx", token=op)[1]["error"]["code"] == "SEGMENT_NOT_FOUND"
    status, body = api("POST", "/v1/admin/segments/estimate", {"rule": {"all": "x"}}, token=op)
    assert status == 400
