"""The members functions as the stack wires them: the event consumer takes EventBridge
events, the schedule runs in Shanghai time (routes: tests/unit/test_routes_in_template.py)."""

from __future__ import annotations

from members_events import handler as events_handler

from siyu.events import DomainEvent
from siyu.members import rules
from siyu.members.schemas import TaskRule
from siyu_local.template import default_stack
from tests.conftest import LambdaContextStub
from tests.members.support import balance, make_member


def _function(logical_id: str):
    return default_stack().functions()[logical_id]


def test_consumer_and_schedule_are_wired():
    consumer = _function("MembersEventsFunction").events["DomainEvents"]
    assert consumer["Type"] == "EventBridgeRule"
    pattern = consumer["Properties"]["Pattern"]
    assert pattern["source"] == ["siyu"]
    assert {"OrderPaid", "AssistCompleted", "MemberInvited"} <= set(pattern["detail-type"])
    schedule = _function("MembersBirthdayFunction").events["Daily"]["Properties"]
    assert schedule["ScheduleExpressionTimezone"] == "Asia/Shanghai"


def test_consumer_handles_an_eventbridge_event(aws):
    rules.save_task(TaskRule(task_id="first", kind="first_order", title="首单", points=50, period="once"))
    member = make_member()
    event = DomainEvent(
        type="OrderPaid", member_id=member, data={"order_id": "o-1", "first_order": True, "amount_fen": 1200}
    )
    bridge_event = {
        "version": "0",
        "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
        "detail-type": "OrderPaid",
        "source": "siyu",
        "account": "123456789012",
        "time": event.occurred_at,
        "region": "cn-north-1",
        "resources": [],
        "detail": event.model_dump(mode="json"),
    }
    assert events_handler(bridge_event, LambdaContextStub()) == {"event_id": event.id, "type": "OrderPaid"}
    events_handler(bridge_event, LambdaContextStub())  # at least once: a second delivery changes nothing
    assert balance(member) == 50
