"""The webhook event catalogue: which domain events reach the merchant's CRM, under which
Standard Webhooks `type`, for which aggregate (the unit of the `sequence` receivers use to
drop stale updates), with which key fields. docs/webhooks.md is generated from it
(`python -m siyu_local.openapi --write` keeps it fresh with the API reference)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from siyu.events import DomainEvent


@dataclass(frozen=True)
class WebhookType:
    type: str
    domain_type: str
    aggregate: str  # "<kind>" (keyed by the member) or "<kind>:<data field>"
    fields: tuple[str, ...]  # key fields copied from the domain event's data
    description: str
    example: dict[str, Any] = field(default_factory=dict)
    # The aggregate's own version, when the domain has one (exact even if events race).
    own_sequence: str | None = None


MEMBER, ORDER, COUPON = (
    "01JEXAMPLEMEMBER00000000000",
    "01JEXAMPLEORDER000000000000",
    "01JEXAMPLECOUPON00000000000",
)

TYPES: tuple[WebhookType, ...] = (
    WebhookType(
        "member.registered",
        "MemberRegistered",
        "member",
        ("source", "inviter_id"),
        "a Kuaishou user became a member (first login)",
        {"source": "kuaishou"},
    ),
    WebhookType(
        "member.updated",
        "MemberUpdated",
        "member",
        ("fields", "phone_masked"),
        "the member's profile changed (nickname, avatar, birthday, phone bound)",
        {"fields": ["phone"], "phone_masked": "138****0000"},
    ),
    WebhookType(
        "member.level_changed",
        "LevelUpgraded",
        "member",
        ("from", "to", "name", "growth"),
        "the member reached a higher level",
        {"from": "silver", "to": "gold", "name": "金卡", "growth": 1200},
    ),
    WebhookType(
        "points.changed",
        "PointsChanged",
        "points",
        ("delta", "reason", "balance_after", "source", "ref"),
        "points were added or taken (ledger entry; `sequence` is the ledger's own sequence)",
        {"delta": 20, "reason": "每日签到", "balance_after": 120, "source": "checkin", "ref": "2026-12-07"},
        own_sequence="seq",
    ),
    WebhookType(
        "order.paid",
        "OrderPaid",
        "order:order_id",
        ("order_id", "amount_fen", "store_id", "pickup_slot", "coupon_id", "points", "first_order"),
        "an order was paid through Kuaishou",
        {
            "order_id": ORDER,
            "amount_fen": 2800,
            "store_id": "sh-jingan",
            "pickup_slot": "12:00",
            "coupon_id": None,
            "points": 28,
            "first_order": True,
        },
    ),
    WebhookType(
        "order.refunded",
        "OrderRefunded",
        "order:order_id",
        ("order_id", "refund_id", "amount_fen", "store_id", "coupon_restored", "points_taken"),
        "a paid order's refund completed",
        {
            "order_id": ORDER,
            "refund_id": "R" + ORDER,
            "amount_fen": 2800,
            "store_id": "sh-jingan",
            "coupon_restored": False,
            "points_taken": 28,
        },
    ),
    WebhookType(
        "order.picked_up",
        "OrderPickedUp",
        "order:order_id",
        ("order_id", "store_id", "pickup_slot"),
        "staff handed the order over in store",
        {"order_id": ORDER, "store_id": "sh-jingan", "pickup_slot": "12:00"},
    ),
    WebhookType(
        "coupon.issued",
        "CouponClaimed",
        "coupon:coupon_id",
        ("coupon_id", "template_id", "channel", "valid_until"),
        "a coupon reached the member's wallet (claimed, gift, live code)",
        {
            "coupon_id": COUPON,
            "template_id": "tpl-5off",
            "channel": "claim",
            "valid_until": "2026-12-31T15:59:59.999Z",
        },
    ),
    WebhookType(
        "coupon.used",
        "CouponUsed",
        "coupon:coupon_id",
        ("coupon_id", "order_id", "template_id"),
        "a coupon was consumed by a paid order",
        {"coupon_id": COUPON, "order_id": ORDER, "template_id": "tpl-5off"},
    ),
    WebhookType(
        "coupon.expired",
        "CouponExpired",
        "coupon:coupon_id",
        ("coupon_id", "template_id"),
        "a coupon ran out unused (reserved: sent once the coupons capability emits CouponExpired)",
        {"coupon_id": COUPON, "template_id": "tpl-5off"},
    ),
    WebhookType(
        "tags.changed",
        "TagsChanged",
        "tags",
        ("added", "removed", "by"),
        "the member's tags changed (manual, by a rule after an event, or by the hourly/nightly run)",
        {"added": ["life-active", "repeat-buyer"], "removed": ["life-new"], "by": "event"},
    ),
)

BY_DOMAIN = {t.domain_type: t for t in TYPES}
BY_TYPE = {t.type: t for t in TYPES}
NAMES = tuple(t.type for t in TYPES)


def aggregate(kind: WebhookType, event: DomainEvent) -> str:
    """`member:<id>`, `points:<member id>`, `order:<id>`, `coupon:<id>`."""
    prefix, _, name = kind.aggregate.partition(":")
    return f"{prefix}:{event.data.get(name) if name else event.member_id}"


def payload(kind: WebhookType, event: DomainEvent, sequence: int) -> dict[str, Any]:
    """The thin body: what happened, to whom, its place in the aggregate's sequence, key fields."""
    data = {name: event.data[name] for name in kind.fields if name in event.data}
    if event.member_id:
        data = {"member_id": event.member_id, **data}
    return {
        "type": kind.type,
        "timestamp": event.occurred_at,
        "occurred_at": event.occurred_at,
        "aggregate": aggregate(kind, event),
        "sequence": sequence,
        "data": data,
    }


def body(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def example(kind: WebhookType) -> dict[str, Any]:
    prefix = kind.aggregate.partition(":")[0]
    return {
        "type": kind.type,
        "timestamp": "2026-12-07T04:05:06.789Z",
        "occurred_at": "2026-12-07T04:05:06.789Z",
        "aggregate": f"{prefix}:{ {'order': ORDER, 'coupon': COUPON}.get(prefix, MEMBER) }",
        "sequence": 3,
        "data": {"member_id": MEMBER, **kind.example},
    }


HEADERS_DOC = {
    "webhook-id": "the domain event's id: the same on every retry and replay; deduplicate on it",
    "webhook-timestamp": "Unix seconds of this attempt; refuse it more than 5 minutes off",
    "webhook-signature": "`v1,<base64 HMAC-SHA256 of id.timestamp.body>` per secret, space-separated "
    "(two during the 24 h after a rotation)",
}


def openapi_webhooks() -> dict[str, Any]:
    """The OpenAPI 3.1 `webhooks` section: one POST per catalogued type, with an example."""
    headers = [
        {"name": name, "in": "header", "required": True, "description": text, "schema": {"type": "string"}}
        for name, text in HEADERS_DOC.items()
    ]
    out: dict[str, Any] = {}
    for kind in TYPES:
        out[kind.type] = {
            "post": {
                "summary": kind.description,
                "description": f"From the domain event `{kind.domain_type}`. Aggregate `{kind.aggregate}`; "
                f"`data` holds `member_id` and {', '.join(f'`{f}`' for f in kind.fields)}. Answer 2xx within "
                "15 s; 410 disables the endpoint; other answers are retried (10 attempts over ~3 days).",
                "parameters": headers,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"type": "object"}, "example": example(kind)}},
                },
                "responses": {"200": {"description": "received (any 2xx)"}},
                "tags": ["webhooks"],
            }
        }
    return out
