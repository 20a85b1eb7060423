"""Tags against DynamoDB Local: events counted once, event-driven evaluation writing only
differences with their TagsChanged events, the hourly and nightly runs, manual tags through
the handler (idempotent), bad rules refused with nothing stored."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from tags_app import handler

from siyu import clock
from siyu.events import DomainEvent
from siyu.tags import evaluate, signals, store, visits
from siyu.tags.models import TagDef
from siyu_local.sandbox import reset_caches
from tests.conftest import Api
from tests.support import admin_token, event_data, events

api = Api(handler)
T0 = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
REPEAT = {"count": "order_paid", "days": 30, "op": ">=", "value": 2}
IDLE = {"prop": "days_since_last_visit", "op": ">=", "value": 14}


@pytest.fixture(autouse=True)
def frozen(aws: None):
    clock.clock.freeze(T0)
    reset_caches()
    yield
    clock.clock.reset()


def paid(member_id: str, fen: int = 2800, event_id: str | None = None) -> DomainEvent:
    e = DomainEvent(type="OrderPaid", member_id=member_id, data={"order_id": "o", "amount_fen": fen})
    return e.model_copy(update={"id": event_id}) if event_id else e


def registered(member_id: str) -> DomainEvent:
    return DomainEvent(type="MemberRegistered", member_id=member_id, data={"source": "kuaishou"})


def consume(e: DomainEvent) -> tuple[list[str], list[str]]:
    """What tags_events does with one event."""
    signals.record(e)
    return evaluate.evaluate_member(str(e.member_id))


def rule_tag(tag_id: str, rule: dict) -> None:
    store.put_tag(tag_id, name=tag_id, kind="rule", description=None, rule=rule)
    reset_caches()


def test_an_event_counts_once_however_often_it_is_delivered():
    e = paid("m1", 2800)
    assert signals.record(e) is True
    assert signals.record(e) is False
    state = evaluate.load_member("m1")
    assert state.totals["orders"] == 1
    assert state.totals["spend_fen"] == 2800
    assert state.count("order_paid", state.reg_day or clock.shanghai_day().toordinal(), 1) == 1


def test_event_driven_rule_tags_write_only_differences():
    rule_tag("repeat-buyer", REPEAT)
    assert consume(registered("m1")) == (["life-new"], [])
    assert consume(paid("m1")) == ([], [])  # one order: nothing changes, nothing written
    assert consume(paid("m1")) == (["repeat-buyer"], [])
    assert consume(paid("m1")) == ([], [])
    changes = event_data("TagsChanged")
    assert sorted((c["added"], c["removed"]) for c in changes) == [(["life-new"], []), (["repeat-buyer"], [])]
    assert store.get_tag("repeat-buyer").size == 1
    assert {t.tag_id for t in store.member_tags("m1")} == {"life-new", "repeat-buyer"}


def test_hourly_run_moves_time_based_tags_and_emits_only_diffs():
    rule_tag("idle-14", IDLE)
    for m in ("a", "b", "c"):
        consume(registered(m))
    visits.record_visits("c", ["live"])  # the visit's own MemberVisited event
    first = evaluate.recompute("hourly")
    assert (first.members, first.added, first.removed) == (3, 0, 0)  # consumers already did it
    before = {e.pk for e in events("TagsChanged")}

    clock.clock.freeze(T0 + timedelta(days=10))
    for e in [DomainEvent(type="MemberVisited", member_id="c", data={"source_type": "live"})]:
        consume(e)
    clock.clock.freeze(T0 + timedelta(days=20))
    run = evaluate.recompute("hourly")
    # a, b: idle 20 days (idle-14 added; life-new → life-active); c visited 10 days ago.
    assert (run.added, run.removed) == (5, 3)
    after = [json.loads(e.data) for e in events("TagsChanged") if e.pk not in before]
    assert sorted((c["added"], c["removed"]) for c in after) == sorted(
        [(["idle-14", "life-active"], ["life-new"])] * 2 + [(["life-active"], ["life-new"])]
    )
    again = evaluate.recompute("hourly")
    assert (again.added, again.removed) == (0, 0)
    assert {r.kind for r in evaluate.last_runs()} == {"hourly"}


def test_nightly_run_assigns_rfm_classes():
    for k in range(10):
        for n in range(k + 1):
            signals.record(paid(f"b{k}", 1000, event_id=f"e{k}-{n}"))
        clock.clock.freeze(T0 - timedelta(days=k))
    clock.clock.freeze(T0)
    run = evaluate.recompute("nightly")
    assert run.members == 10
    rfm = {
        m: [t.tag_id for t in store.member_tags(m) if t.kind == "rfm"] for m in (f"b{k}" for k in range(10))
    }
    assert all(len(v) == 1 for v in rfm.values())
    assert evaluate.recompute("nightly").added == 0


def test_visits_are_recorded_once_per_day_and_source():
    assert visits.record_visits("m1", ["live", "live", "share"]) == 2
    reset_caches()
    assert visits.record_visits("m1", ["live"]) == 0  # the marker refuses, not only the cache
    assert sorted(d["source_type"] for d in event_data("MemberVisited")) == ["live", "share"]


# ---------------------------------------------------------------- through the handler
def test_manual_tags_are_idempotent():
    op = admin_token("operator")
    assert api("PUT", "/v1/admin/tags/vip", {"name": "VIP", "kind": "manual"}, token=op)[0] == 200
    first = api("PUT", "/v1/admin/members/m1/tags/vip", token=op)
    again = api("PUT", "/v1/admin/members/m1/tags/vip", token=op)
    assert (first[1]["changed"], again[1]["changed"]) == (True, False)
    assert api("GET", "/v1/admin/tags/vip", token=op)[1]["size"] == 1
    assert len(events("TagsChanged")) == 1
    assert [t["tag_id"] for t in api("GET", "/v1/admin/members/m1/tags", token=op)[1]["tags"]] == ["vip"]
    assert api("DELETE", "/v1/admin/members/m1/tags/vip", token=op)[1]["changed"] is True
    assert api("DELETE", "/v1/admin/members/m1/tags/vip", token=op)[1]["changed"] is False
    assert api("GET", "/v1/admin/tags/vip", token=op)[1]["size"] == 0
    assert len(events("TagsChanged")) == 2


def test_a_tags_members_page_by_member_id():
    op = admin_token("operator")
    api("PUT", "/v1/admin/tags/vip", {"name": "VIP", "kind": "manual"}, token=op)
    for m in ("m3", "m1", "m2"):
        api("PUT", f"/v1/admin/members/{m}/tags/vip", token=op)
    first = api("GET", "/v1/admin/tags/vip/members", token=op, query="limit=2")[1]
    assert first["member_ids"] == ["m1", "m2"]
    rest = api("GET", "/v1/admin/tags/vip/members", token=op, query=f"limit=2&cursor={first['next_cursor']}")
    assert rest[1]["member_ids"] == ["m3"]


def test_rule_tags_cannot_be_set_by_hand_and_builtins_are_reserved():
    op = admin_token("operator")
    rule = {"name": "复购", "kind": "rule", "rule": REPEAT}
    assert api("PUT", "/v1/admin/tags/repeat", rule, token=op)[0] == 200
    status, body = api("PUT", "/v1/admin/members/m1/tags/repeat", token=op)
    assert (status, body["error"]["code"]) == (409, "TAG_NOT_MANUAL")
    status, body = api("PUT", "/v1/admin/tags/life-new", {"name": "x", "kind": "manual"}, token=op)
    assert (status, body["error"]["code"]) == (409, "TAG_RESERVED")
    status, body = api("PUT", "/v1/admin/tags/repeat", {"name": "x", "kind": "manual"}, token=op)
    assert (status, body["error"]["code"]) == (409, "TAG_KIND_FIXED")
    assert api("PUT", "/v1/admin/members/m1/tags/nope", token=op)[1]["error"]["code"] == "TAG_NOT_FOUND"
    listed = api("GET", "/v1/admin/tags", token=admin_token("analyst"))[1]
    assert {"repeat", "life-new", "rfm-important-value"} <= {t["tag_id"] for t in listed["tags"]}


def test_a_bad_rule_is_a_400_and_nothing_is_stored():
    op = admin_token("operator")
    bad = {
        "name": "x",
        "kind": "rule",
        "rule": {"all": [{"count": "order_paid", "days": 0, "op": "≥", "value": 2}]},
    }
    status, body = api("PUT", "/v1/admin/tags/bad", bad, token=op)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert {d["field"] for d in body["error"]["details"]} == {"rule.all[0].days", "rule.all[0].op"}
    assert api("GET", "/v1/admin/tags/bad", token=op)[0] == 404
    assert list(TagDef.scan()) == []
    status, body = api("PUT", "/v1/admin/tags/bad", {"name": "x", "kind": "rule"}, token=op)
    assert status == 400
    assert not list(TagDef.scan())
    assert json.dumps(body["error"]["details"], ensure_ascii=False)
