"""Campaigns and grants to a dynamic segment: the members the segment's rule matches when the
fan-out runs, frozen then — a member tagged afterwards is not reached, even by a redelivered
fan-out."""

from __future__ import annotations

from siyu import audiences, clock
from siyu.members import points
from siyu.push import campaigns, grants
from siyu.push.schemas import CampaignSpec, GrantSpec
from siyu.segments import put_segment
from siyu.tags import store
from tests.push.support import TEMPLATE, at_shanghai, drain, members, per_member, sent_for


def vip_segment(tagged: list[str]) -> str:
    store.put_tag("vip", name="VIP", kind="manual", description=None, rule=None)
    for member_id in tagged:
        store.tag_member(member_id, "vip")
    put_segment("vip", name="VIP 会员", kind="dynamic", rule={"tag": "vip"})
    return "vip"


def test_a_campaign_reaches_the_segment_as_it_was_when_sent(aws, fake_kuaishou) -> None:
    clock.clock.freeze(at_shanghai("2026-12-07 10:00"))
    ids = members(5)
    segment_id = vip_segment(ids[:3])
    spec = CampaignSpec(
        name="会员日",
        segment_id=segment_id,
        template_id=TEMPLATE,
        page="pages/index/index",
        data={"thing01": "会员日"},
    )
    push = campaigns.create(spec, admin_id="admin-1")
    campaigns.send(push.campaign_id)
    drain()
    reached = per_member(sent_for(fake_kuaishou, push.campaign_id))
    assert sorted(reached) == [f"openid-{m}" for m in ids[:3]]
    store.tag_member(ids[4], "vip")  # joins the segment after the send
    campaigns.fan_out(push.campaign_id)  # a redelivered fan-out
    drain()
    assert per_member(sent_for(fake_kuaishou, push.campaign_id)) == reached  # nobody new, nobody twice
    assert set(reached.values()) == {1}
    assert audiences.get(campaigns.ref(push.campaign_id)).size == 3  # type: ignore[union-attr]
    assert campaigns.figures(campaigns.get(push.campaign_id))["targeted"] == 3


def test_a_points_grant_to_a_dynamic_segment_reaches_its_members_once(aws) -> None:
    ids = members(4, credits_each=0, prefix="p")
    segment_id = vip_segment(ids[1:3])
    grant = grants.create(
        GrantSpec(name="会员回馈", segment_id=segment_id, points=20, reason="会员日"), admin_id="a"
    )
    grants.send(grant.grant_id)
    drain(twice=True)
    granted = {m: [e.delta for e in points.ledger(m).entries if e.source == "segment_grant"] for m in ids}
    assert granted == {ids[0]: [], ids[1]: [20], ids[2]: [20], ids[3]: []}
