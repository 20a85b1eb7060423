"""Demo tags and a segment (issue 23's examples): a manual VIP tag, rule tags for repeat
buyers, members who came from a live and members idle for 14 days, and a dynamic segment
over two of them. Written through siyu.tags / siyu.segments (PUT semantics: idempotent).
Members get their tags from their own events as the demo runs."""

from __future__ import annotations

from siyu import segments
from siyu.tags import store

RULE_TAGS = {
    "repeat-30d": ("30 天复购", {"count": "order_paid", "days": 30, "op": ">=", "value": 2}),
    "from-live": ("直播来的", {"prop": "sources", "op": "contains", "value": "live"}),
    "idle-14d": ("14 天未到访", {"prop": "days_since_last_visit", "op": ">=", "value": 14}),
}


def seed() -> dict[str, str]:
    store.put_tag("vip", name="到店 VIP", kind="manual", description="店员在柜台标记", rule=None)
    for tag_id, (name, rule) in RULE_TAGS.items():
        store.put_tag(tag_id, name=name, kind="rule", description=None, rule=rule)
    fans = {"any": [{"tag": "from-live"}, {"tag": "vip"}]}
    segments.put_segment("live-fans", name="直播粉丝与 VIP", kind="dynamic", rule=fans)
    return {"tags": f"{len(RULE_TAGS) + 1} demo tags and segment live-fans: GET /v1/admin/tags"}
