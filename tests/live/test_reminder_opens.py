"""Opens from a live reminder: the reminder's page carries `from=live_reminder&id=…&r=…`,
the mini-program sends it as the launch query of its tracking events, and the collector
counts the open for the live's figures — once per member and reminder."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import botocore.client
import pytest
from botocore.exceptions import ClientError
from tracking_app import handler as tracking_handler

from siyu import clock
from siyu.live import figures
from siyu.live.reminders import tracking_page
from siyu.tracking.record import epoch_ms
from tests.conftest import Api
from tests.live.support import drain, fire, make_live, seed_reservers
from tests.support import admin_token, member_token
from tests.tracking.support import analytics_env, event, stored_lines  # noqa: F401 (autouse fixture)

tracking = Api(tracking_handler)
REMINDER = "v1-10m"


def launch_query(live_id: str, reminder_key: str = REMINDER) -> dict[str, str]:
    """The launch query of the page the reminder opens (as the reminder sends it)."""
    return dict(parse_qsl(urlsplit(tracking_page(live_id, reminder_key)).query))


def open_app(query: dict[str, str] | None, *, member_id: str | None = None, events: int = 1) -> Any:
    now = epoch_ms(clock.now())
    batch = [
        event(
            i,
            ts=now - 1000 + i,
            session="s-reminder",
            **({"launch": {"scene": "1014", "query": query}} if query else {}),
        )
        for i in range(events)
    ]
    headers = {} if member_id else {"x-device-id": "device-0001"}
    token = member_token(member_id) if member_id else None
    status, body = tracking(
        "POST", "/v1/events", {"sent_at": now, "events": batch}, token=token, headers=headers
    )
    assert status == 200, body
    assert body["accepted"] == events
    return body


def opens(live_id: str) -> int:
    return int(figures(live_id)["reminder_opens"])


@pytest.fixture
def reminded(aws):
    """A live whose 10-minute reminder went to two reservers."""
    live = make_live()
    reservers = seed_reservers(live.live_id, 2, prefix="opens")
    fire(live.live_id)
    drain()
    assert figures(live.live_id)["reminders_sent"] == 2
    return live, reservers


def test_an_open_from_the_reminder_is_counted_once_per_member(reminded):
    live, (reserver, _) = reminded
    query = launch_query(live.live_id)
    assert query == {"id": live.live_id, "from": "live_reminder", "r": REMINDER}

    open_app(query, member_id=reserver.member_id)
    assert opens(live.live_id) == 1
    open_app(query, member_id=reserver.member_id, events=3)  # opened again, more events
    assert opens(live.live_id) == 1

    open_app(query, member_id="01HNOTREMINDED000000000000")  # never sent this reminder
    open_app(query)  # anonymous device: nobody to attribute it to
    open_app(launch_query(live.live_id, "v9-10m"), member_id=reserver.member_id)  # no such reminder
    assert opens(live.live_id) == 1

    status, shown = tracking_figures(live.live_id)
    assert (status, shown["reminder_opens"], shown["reminders"][0]["opened"]) == (200, 1, 1)
    assert len(stored_lines()) == 1 + 3 + 1 + 1 + 1  # every batch stored, counted or not


def tracking_figures(live_id: str) -> tuple[int, Any]:
    from live_app import handler as live_handler

    return Api(live_handler)("GET", f"/v1/admin/lives/{live_id}/figures", token=admin_token("analyst"))


def test_only_a_reminder_launch_costs_a_dynamodb_call_and_one_per_reminder(reminded, ddb_calls):
    live, (_, reserver) = reminded
    ddb_calls.clear()
    open_app(None, member_id=reserver.member_id, events=20)
    open_app(
        {"live_id": live.live_id}, member_id=reserver.member_id, events=5
    )  # a live-room share, not a reminder
    # Each batch counts once against its sender's ingestion limit (siyu.ratelimit); the member's
    # first visit of the day from each launch source is one transaction (siyu.tags.visits).
    assert ddb_calls == ["UpdateItem", "TransactWriteItems", "UpdateItem", "TransactWriteItems"]
    ddb_calls.clear()
    open_app(launch_query(live.live_id), member_id=reserver.member_id, events=20)
    assert ddb_calls == ["UpdateItem", "UpdateItem"]  # the limit, then the open (the live visit: counted)
    assert opens(live.live_id) == 1


def test_a_failure_to_count_the_open_keeps_the_events(reminded, monkeypatch):
    live, (reserver, _) = reminded
    original = botocore.client.BaseClient._make_api_call
    down = [True]

    def dynamodb_down(self: Any, operation: str, params: Any) -> Any:
        if down[0] and self.meta.service_model.service_name == "dynamodb" and operation == "UpdateItem":
            raise ClientError({"Error": {"Code": "InternalServerError", "Message": "down"}}, operation)
        return original(self, operation, params)

    monkeypatch.setattr(botocore.client.BaseClient, "_make_api_call", dynamodb_down)
    open_app(launch_query(live.live_id), member_id=reserver.member_id, events=2)
    down[0] = False
    assert len(stored_lines()) == 2
    assert opens(live.live_id) == 0
    open_app(launch_query(live.live_id), member_id=reserver.member_id)  # the next batch counts it
    assert opens(live.live_id) == 1
