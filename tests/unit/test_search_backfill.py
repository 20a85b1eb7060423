"""Items written before staff's search indexes get their keys from the one-off backfill, and
a rerun changes nothing."""

from __future__ import annotations

from siyu import search_backfill
from siyu.members import directory
from siyu.members.models import Member
from tests.support import make_member


def test_old_profiles_become_searchable_once(aws):
    old = make_member()
    old.update(actions=[Member.nickname.set("老会员"), Member.phone_masked.set("138****0001")])
    assert directory.search("老会员")[1] == []

    assert search_backfill.members() == 2
    assert [m["member_id"] for m in directory.search("老会员")[1]] == [old.member_id]
    assert [m["member_id"] for m in directory.search("138****0001")[1]] == [old.member_id]
    assert search_backfill.members() == 0
    assert (search_backfill.orders(), search_backfill.groups()) == (0, 0)


def test_old_groups_are_listed_for_staff_after_the_backfill(aws):
    from siyu.group_buys import groups
    from siyu.group_buys.models import Group

    Group(
        *Group.key("g-old"),
        group_id="g-old",
        deal_id="deal-1",
        leader_id="m-1",
        size=2,
        status="FORMED",
        expires_at="2026-01-01T00:00:00.000Z",
        created_at="2025-12-31T00:00:00.000Z",
    ).save()
    assert groups.of_deal("deal-1") == []
    assert search_backfill.groups() == 1
    assert [g.group_id for g in groups.of_deal("deal-1", status="FORMED")] == ["g-old"]
    assert search_backfill.groups() == 0
