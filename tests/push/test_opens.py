"""Opens of a campaign's message: its page carries `from=push&c=<campaign_id>`, the
mini-program sends it as the launch query of its tracking events, and the collector counts
the open for the campaign's figures — once per member, only for members it was sent to."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from tracking_app import handler as tracking_handler

from siyu import clock
from siyu.push import campaigns
from siyu.tracking.record import epoch_ms
from tests.conftest import Api
from tests.push.support import at_shanghai, campaign, drain, members, sent_for
from tests.support import member_token
from tests.tracking.support import analytics_env, event  # noqa: F401 (autouse fixture)

tracking = Api(tracking_handler)


def open_app(query: dict[str, str], member_id: str) -> None:
    now = epoch_ms(clock.now())
    batch = [event(0, ts=now - 1000, session="s-push", launch={"scene": "1014", "query": query})]
    status, body = tracking(
        "POST", "/v1/events", {"sent_at": now, "events": batch}, token=member_token(member_id)
    )
    assert status == 200, body


def test_an_open_from_the_message_is_counted_once_per_member(aws, fake_kuaishou) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 11:00"))
    ids = members(2, prefix="op")
    push = campaign(ids)
    campaigns.send(push.campaign_id)
    drain()
    page = sent_for(fake_kuaishou, push.campaign_id)[0]["page"]
    query = dict(parse_qsl(urlsplit(page).query))
    assert query == {"id": "7", "from": "push", "c": push.campaign_id}

    open_app(query, ids[0])
    open_app(query, ids[0])  # opened again
    open_app(query, "01HNOTSENT0000000000000000")  # never sent this campaign
    assert campaigns.figures(campaigns.get(push.campaign_id))["opened"] == 1
