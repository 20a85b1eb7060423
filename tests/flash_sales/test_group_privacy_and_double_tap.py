"""Group-buy defects of issue 15: a double tap on the last seat seats the member (the domain
decides, not the lock), and no member sees another member's id in a group view."""

from __future__ import annotations

import json

from siyu.group_buys import groups
from siyu.members.models import Member
from tests.flash_sales.support import api, make_deal, make_member
from tests.support import member_token


def test_a_double_tap_on_the_last_seat_seats_the_member_instead_of_group_full(aws, monkeypatch):
    deal = make_deal(group_size=2)
    group = groups.start_group("leader", deal.deal_id, request_key="start-key-1").group
    real_get = groups.get
    twin: list[groups.Seated] = []
    tapped: list[bool] = []

    def get_while_the_twin_tap_lands(group_id: str, *, fresh: bool = True):
        found = real_get(group_id, fresh=fresh)
        if not fresh and not tapped:  # the first tap has read the group; its twin takes the seat now
            tapped.append(True)
            twin.append(groups.join("tapper", group_id))
        return found

    monkeypatch.setattr(groups, "get", get_while_the_twin_tap_lands)
    seated = groups.join("tapper", group.group_id)  # was GROUP_FULL
    assert seated.replayed is True
    assert seated.seat.member_id == "tapper"
    assert (twin[0].replayed, int(real_get(group.group_id).joined)) == (False, 2)


def test_group_views_show_the_leader_masked_never_a_member_id(shop):
    leader = make_member("leader-member-id")
    Member(*Member.key(leader.member_id)).update(
        actions=[Member.nickname.set("小明同学"), Member.avatar_url.set("https://img.example/a.png")]
    )
    make_member("guest")
    deal = make_deal(group_size=3)
    started = api(
        "POST",
        f"/v1/group-buys/{deal.deal_id}/groups",
        token=member_token(leader.member_id),
        headers={"Idempotency-Key": "leader-key-1"},
    )
    assert started[0] == 201, started
    group_id = started[1]["group"]["group_id"]
    guest = member_token("guest")
    views = [
        api("GET", f"/v1/group-buys/{deal.deal_id}", token=guest),
        api("GET", f"/v1/group-buys/groups/{group_id}", token=guest),
        api("POST", f"/v1/group-buys/groups/{group_id}/join", token=guest),
        api("GET", "/v1/me/group-buys", token=guest),
    ]
    for status, body in views:
        assert status in (200, 201), body
        assert leader.member_id not in json.dumps(body)
        assert "leader_id" not in json.dumps(body)
    group_view = views[1][1]["group"]
    assert group_view["leader"] == {"nickname": "小**", "avatar_url": "https://img.example/a.png"}
