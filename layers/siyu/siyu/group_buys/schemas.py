"""The group-buy API's shapes: deal bodies and views, groups and seats as members see them.
Free of DynamoDB, so the group-buy routes declare them at import and load the domain
(PynamoDB, botocore) only in the routes that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from pydantic import AwareDatetime, ConfigDict, Field, model_validator

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.members.public import PublicMember, public_members

if TYPE_CHECKING:
    from siyu.group_buys.models import Group, GroupDeal, Seat


class DealIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Field(min_length=1, max_length=64, description="the catalogue product sold (product_id)")
    sku_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="the product's SKU (size); null: its first"
    )
    store_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="its orders' pickup store; null: the first"
    )
    name: str = Field(min_length=1, max_length=40)
    description: str = Field(default="", max_length=200)
    image_url: str | None = Field(default=None, max_length=512)
    original_price_fen: int | None = Field(default=None, ge=1, le=100_000_000)
    group_price_fen: int = Field(ge=1, le=100_000_000, description="what each member pays")
    group_size: int = Field(ge=2, le=50, description="N: members who must pay for the group to form")
    hours_to_fill: int = Field(ge=1, le=72, description="a group fails this long after it starts")
    starts_at: AwareDatetime | None = Field(
        default=None, description="groups can be started from (default now)"
    )
    ends_at: AwareDatetime = Field(description="no new group after this")

    @model_validator(mode="after")
    def _consistent(self) -> DealIn:
        if self.ends_at <= (self.starts_at or clock.now()):
            raise ValueError("ends_at must be after starts_at (and in the future)")
        if self.original_price_fen is not None and self.original_price_fen < self.group_price_fen:
            raise ValueError("original_price_fen must not be below group_price_fen")
        return self


class DealView(SiyuModel):
    deal_id: str
    sku: str
    sku_id: str | None
    store_id: str | None
    name: str
    description: str
    image_url: str | None
    original_price_fen: int | None
    group_price_fen: int
    group_size: int
    hours_to_fill: int
    starts_at: str
    ends_at: str
    status: str
    active: bool

    @classmethod
    def of(cls, deal: GroupDeal, now: datetime | None = None) -> DealView:
        return cls(
            deal_id=deal.deal_id,
            sku=deal.sku,
            sku_id=deal.sku_id,
            store_id=deal.store_id,
            name=deal.name,
            description=deal.description,
            image_url=deal.image_url,
            original_price_fen=None if deal.original_price_fen is None else int(deal.original_price_fen),
            group_price_fen=int(deal.group_price_fen),
            group_size=int(deal.group_size),
            hours_to_fill=int(deal.hours_to_fill),
            starts_at=deal.starts_at,
            ends_at=deal.ends_at,
            status=deal.status,
            active=is_active(deal, now),
        )


def is_active(deal: GroupDeal, now: datetime | None = None) -> bool:
    from siyu.group_buys.models import ACTIVE

    moment = clock.iso(now or clock.now())
    return deal.status == ACTIVE and deal.starts_at <= moment < deal.ends_at


class GroupView(SiyuModel):
    """A group as members see it: the leader by masked nickname and avatar, never by id."""

    group_id: str
    deal_id: str
    leader: PublicMember
    size: int
    joined: int
    paid: int
    seats_left: int
    status: str
    expires_at: str
    seconds_left: int
    created_at: str
    formed_at: str | None
    failed_at: str | None

    @classmethod
    def of(cls, group: Group, leader: PublicMember | None = None) -> GroupView:
        from siyu.group_buys.models import FORMING

        if leader is None:
            leader = public_members([group.leader_id])[group.leader_id]
        left = (clock.parse_iso(group.expires_at) - clock.now()).total_seconds()
        return cls(
            group_id=group.group_id,
            deal_id=group.deal_id,
            leader=leader,
            size=int(group.size),
            joined=int(group.joined),
            paid=int(group.paid),
            seats_left=max(0, int(group.size) - int(group.joined)),
            status=group.status,
            expires_at=group.expires_at,
            seconds_left=max(0, int(left + 0.999)) if group.status == FORMING else 0,
            created_at=group.created_at,
            formed_at=group.formed_at,
            failed_at=group.failed_at,
        )

    @classmethod
    def many(cls, groups: list[Group]) -> list[GroupView]:
        leaders = public_members(g.leader_id for g in groups)
        return [cls.of(g, leaders[g.leader_id]) for g in groups]


class SeatView(SiyuModel):
    group_id: str
    deal_id: str
    member_id: str
    role: Literal["leader", "member"]
    status: str
    order_ref: str | None
    joined_at: str
    paid_at: str | None

    @classmethod
    def of(cls, seat: Seat) -> SeatView:
        return cls(
            group_id=seat.group_id,
            deal_id=seat.deal_id,
            member_id=seat.member_id,
            role="leader" if seat.role == "leader" else "member",
            status=seat.status,
            order_ref=seat.order_ref,
            joined_at=seat.joined_at,
            paid_at=seat.paid_at,
        )
