"""Members capability: daily check-in, tasks, points ledger, levels, gifts for points, and
the operations team's configuration of all of it under /v1/admin.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Body, Header, Path, Query
from pydantic import ConfigDict, Field

from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.base_model import SiyuModel
from siyu.errors import ValidationFailed
from siyu.http import entry_point, make_app, returns
from siyu.idempotency import check_key, run_once
from siyu.members import responses as R
from siyu.members.schemas import BirthdayRule, CheckinRules, GiftDefinition, LevelRules, TaskBody, TaskRule
from siyu.observability import metrics

if TYPE_CHECKING:
    from siyu.members.points import LedgerPage

app = make_app()

IdempotencyKey = Annotated[
    str | None,
    Header(description="8-128 printable characters; a retry with the same key returns the first response"),
]
TaskId = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,31}$")]
GiftId = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,31}$")]
MemberId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z]+$")]
Code = Annotated[str, Path(min_length=4, max_length=20, pattern=r"^[0-9A-Za-z -]+$")]


# ---------------------------------------------------------------- models
class CheckinOut(SiyuModel):
    day: str
    streak: int
    points: int = Field(description="points for this check-in (task points appear in the ledger)")
    makeup: bool
    first_time: bool = Field(description="false when the day was already checked in: nothing awarded now")


class MakeupIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    day: date = Field(description="the missed Shanghai calendar day, YYYY-MM-DD")


class TaskCompleteIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    target: str | None = Field(default=None, max_length=128, description="what was shared")


class TaskCompletionOut(SiyuModel):
    task_id: str
    done: int
    limit: int
    completed: bool
    points: int


class LedgerEntryOut(SiyuModel):
    seq: int
    delta: int
    balance_after: int
    reason: str
    source: str
    created_at: str
    ref: str | None = Field(default=None, description="admin views only")
    actor: str | None = Field(default=None, description="admin views only: who adjusted")


class PointsOut(SiyuModel):
    balance: int
    earned_total: int
    entries: list[LedgerEntryOut]
    next_cursor: str | None


class MemberPointsOut(PointsOut):
    level: R.MyLevel


class RedemptionOut(SiyuModel):
    code: str = Field(description="shown at the counter; staff verify it once")
    redemption_id: str
    gift_id: str
    gift_name: str
    points_cost: int
    status: str = Field(description="issued | used | expired")
    created_at: str
    expires_at: str
    used_at: str | None = None
    member_id: str | None = None
    used_by: str | None = None


class RedemptionsOut(SiyuModel):
    redemptions: list[RedemptionOut]


class AdjustIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    delta: int = Field(ge=-1_000_000, le=1_000_000, description="points to add (negative: take)")
    reason: str = Field(min_length=2, max_length=100, description="shown to the member in the ledger")


class StockIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    delta: int = Field(ge=-1_000_000, le=1_000_000, description="units to add (negative: remove)")


def _points_out(page: LedgerPage, *, admin: bool = False) -> PointsOut:
    return PointsOut(
        balance=page.balance,
        earned_total=page.earned_total,
        next_cursor=page.next_cursor,
        entries=[
            LedgerEntryOut(
                seq=e.seq,
                delta=e.delta,
                balance_after=e.balance_after,
                reason=e.reason,
                source=e.source,
                ref=e.ref if admin else None,
                created_at=e.created_at,
                actor=e.actor if admin else None,
            )
            for e in page.entries
        ],
    )


# ---------------------------------------------------------------- check-in
@app.post("/v1/checkins", summary="check in for today (Asia/Shanghai); a repeat returns the same result")
def check_in(member: CurrentMember) -> CheckinOut:
    from siyu.members import checkins

    result = checkins.check_in(member.member_id)
    if result.first_time:
        metrics.add_metric(name="CheckIns", unit="Count", value=1)
    return CheckinOut(**result.__dict__)


@app.get(
    "/v1/checkins",
    responses=returns(R.CheckinCalendar),
    summary="the month's check-in calendar, streak and today's state",
)
def calendar(
    member: CurrentMember,
    month: Annotated[
        str | None, Query(pattern=r"^20\d{2}-(0[1-9]|1[0-2])$", description="YYYY-MM (2000–2099)")
    ] = None,
) -> dict[str, Any]:
    from siyu.members import checkins

    return checkins.month_calendar(member.member_id, month)


@app.post("/v1/checkins/makeup", summary="make up (补签) a missed day within the window, for points")
def make_up(body: MakeupIn, member: CurrentMember) -> CheckinOut:
    from siyu.members import checkins

    return CheckinOut(**checkins.make_up(member.member_id, body.day).__dict__)


# ---------------------------------------------------------------- tasks
@app.get("/v1/tasks", responses=returns(R.Tasks), summary="tasks with today's progress")
def list_tasks(member: CurrentMember) -> dict[str, Any]:
    from siyu.members import tasks

    return tasks.list_tasks(member.member_id)


@app.post(
    "/v1/tasks/<task_id>/start",
    responses=returns(R.TaskStarted),
    summary="start a browse task: the server times it",
)
def start_task(task_id: TaskId, member: CurrentMember) -> dict[str, Any]:
    from siyu.members import tasks

    return tasks.start(member.member_id, task_id)


@app.post(
    "/v1/tasks/<task_id>/complete",
    summary="report a share or browse task done (Idempotency-Key required)",
)
def complete_task(
    task_id: TaskId,
    member: CurrentMember,
    body: Annotated[TaskCompleteIn | None, Body()] = None,
    idempotency_key: IdempotencyKey = None,
) -> TaskCompletionOut:
    from siyu.members import tasks

    key = check_key(idempotency_key)
    target = body.target if body else None
    result = run_once(
        "task-complete",
        member.member_id,
        key,
        {"task_id": task_id, "target": target},
        lambda: tasks.complete(member.member_id, task_id, claim_id=key, target=target).as_dict(),
    )
    return TaskCompletionOut(**result)


# ---------------------------------------------------------------- points and levels
@app.get("/v1/points", summary="points balance and ledger, newest first")
def my_points(
    member: CurrentMember,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[
        str | None, Query(pattern=r"^[0-9]{1,10}$", description="next_cursor of the last page")
    ] = None,
) -> PointsOut:
    from siyu.members import points

    return _points_out(points.ledger(member.member_id, limit=limit, cursor=cursor))


@app.get(
    "/v1/levels",
    responses=returns(R.Levels),
    summary="the level ladder and the member's level, growth and benefits",
)
def my_level(member: CurrentMember) -> dict[str, Any]:
    from siyu.members import levels

    mine = levels.benefits(member.member_id)
    return {
        "me": mine.as_dict(),
        "levels": [
            {
                "key": lv.key,
                "name": lv.name,
                "threshold": lv.threshold,
                "discount_bp": lv.discount_bp,
                "perks": lv.perks,
            }
            for lv in mine.ladder
        ],
    }


# ---------------------------------------------------------------- gifts
@app.get("/v1/gifts", responses=returns(R.MemberGifts), summary="gifts for points")
def list_gifts(member: CurrentMember) -> dict[str, Any]:
    from siyu.members import gifts

    return {"gifts": gifts.catalogue_for(member.member_id)}


@app.post("/v1/gifts/<gift_id>/redeem", summary="exchange points for a gift (Idempotency-Key required)")
def redeem(gift_id: GiftId, member: CurrentMember, idempotency_key: IdempotencyKey = None) -> RedemptionOut:
    from siyu.members import gifts

    result = run_once(
        "gift-redeem",
        member.member_id,
        idempotency_key,
        {"gift_id": gift_id},
        lambda: gifts.redeem(member.member_id, gift_id),
    )
    metrics.add_metric(name="GiftsRedeemed", unit="Count", value=1)
    return RedemptionOut(**result)


@app.get(
    "/v1/gifts/redemptions",
    responses=returns(RedemptionsOut),
    summary="the member's redemption codes, newest first",
)
def my_redemptions(member: CurrentMember) -> dict[str, Any]:
    from siyu.members import gifts

    return {"redemptions": gifts.my_redemptions(member.member_id)}


# ---------------------------------------------------------------- admin: rules
@app.get("/v1/admin/checkin-rules", summary="check-in points and make-up rules")
def get_checkin_rules(admin: AnalystAdmin) -> CheckinRules:
    from siyu.members import rules

    return rules.load().checkin


@app.put("/v1/admin/checkin-rules", summary="replace the check-in rules")
def put_checkin_rules(body: CheckinRules, admin: OperatorAdmin) -> CheckinRules:
    from siyu.members import rules

    return rules.save_checkin(body, admin.admin_id)


@app.get("/v1/admin/tasks", responses=returns(R.TaskRules), summary="every task, enabled or not")
def get_tasks(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.members import rules

    return {"tasks": [t.model_dump() for t in rules.load().tasks]}


@app.put("/v1/admin/tasks/<task_id>", summary="create or replace a task")
def put_task(task_id: TaskId, body: TaskBody, admin: OperatorAdmin) -> TaskRule:
    from siyu.members import rules

    return rules.save_task(TaskRule(task_id=task_id, **body.model_dump()), admin.admin_id)


@app.delete(
    "/v1/admin/tasks/<task_id>",
    responses=returns(R.TaskDeleted),
    summary="remove a task (progress already made stays)",
)
def delete_task(task_id: TaskId, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.members import rules

    # Idempotent: a retry answers 200 with existed=false.
    return {"task_id": task_id, "deleted": True, "existed": rules.delete_task(task_id)}


@app.get("/v1/admin/levels", summary="the level ladder and its growth basis")
def get_levels(admin: AnalystAdmin) -> LevelRules:
    from siyu.members import rules

    return rules.load().levels


@app.put("/v1/admin/levels", summary="replace the level ladder")
def put_levels(body: LevelRules, admin: OperatorAdmin) -> LevelRules:
    from siyu.members import rules

    return rules.save_levels(body, admin.admin_id)


@app.get("/v1/admin/birthday-reward", summary="the birthday reward")
def get_birthday_reward(admin: AnalystAdmin) -> BirthdayRule:
    from siyu.members import rules

    return rules.load().birthday


@app.put("/v1/admin/birthday-reward", summary="replace the birthday reward")
def put_birthday_reward(body: BirthdayRule, admin: OperatorAdmin) -> BirthdayRule:
    from siyu.members import rules

    return rules.save_birthday(body, admin.admin_id)


# ---------------------------------------------------------------- admin: gifts and redemptions
@app.get("/v1/admin/gifts", responses=returns(R.AdminGifts), summary="the catalogue, inactive gifts included")
def admin_gifts(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.members import gifts

    return {"gifts": [gifts.gift_view(g, admin=True) for g in gifts.catalogue(include_inactive=True)]}


@app.put(
    "/v1/admin/gifts/<gift_id>",
    responses=returns(R.AdminGift),
    summary="create or update a gift (initial_stock applies on creation)",
)
def put_gift(gift_id: GiftId, body: GiftDefinition, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.members import gifts

    return gifts.put_gift(gift_id, body, admin.admin_id)


@app.post(
    "/v1/admin/gifts/<gift_id>/stock",
    responses=returns(R.AdminGift),
    summary="add or remove stock (Idempotency-Key required)",
)
def gift_stock(
    gift_id: GiftId, body: StockIn, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.members import gifts

    return run_once(
        "gift-stock",
        admin.admin_id,
        idempotency_key,
        {"gift_id": gift_id, "delta": body.delta},
        lambda: gifts.restock(gift_id, body.delta, admin.admin_id),
    )


@app.get("/v1/admin/redemptions/<code>", summary="look up a redemption code")
def get_redemption(code: Code, admin: AnalystAdmin) -> RedemptionOut:
    from siyu.members import gifts

    return RedemptionOut(**gifts.lookup(code))


@app.post(
    "/v1/admin/redemptions/<code>/use",
    summary="verify a code at the counter, exactly once (Idempotency-Key required: one per scan)",
)
def use_redemption(code: Code, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None) -> RedemptionOut:
    from siyu.members import gifts

    # A retry of this scan returns its 200; another scan of a used code is REDEMPTION_ALREADY_USED.
    result = run_once(
        "redemption-use",
        admin.admin_id,
        idempotency_key,
        {"code": gifts.normalise_code(code)},
        lambda: gifts.use(code, admin.admin_id),
    )
    return RedemptionOut(**result)


# ---------------------------------------------------------------- admin: the member directory
@app.get(
    "/v1/admin/members",
    responses=returns(R.MemberSearch),
    summary="find members by id, masked phone (138****1234) or nickname",
    description="An id is a GetItem; a masked phone or a nickname (exact, any case) a Query on an index.",
)
def search_members(
    admin: AnalystAdmin,
    q: Annotated[str, Query(min_length=1, max_length=64, description="id, masked phone or nickname")],
) -> dict[str, Any]:
    from siyu.members import directory

    taken_as, found = directory.search(q)
    return {"taken_as": taken_as, "members": found}


@app.get(
    "/v1/admin/members/<member_id>",
    responses=returns(R.MemberProfile),
    summary="a member's profile, points and level",
)
def member_profile(member_id: MemberId, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.members import directory

    return directory.profile(member_id)


@app.get(
    "/v1/admin/members/<member_id>/checkins",
    responses=returns(R.CheckinCalendar),
    summary="a member's check-in calendar of a month",
)
def member_checkins(
    member_id: MemberId,
    admin: AnalystAdmin,
    month: Annotated[
        str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM, default this month")
    ] = None,
) -> dict[str, Any]:
    from siyu.members import checkins, directory

    directory.profile(member_id)  # MEMBER_NOT_FOUND for an unknown id
    return checkins.month_calendar(member_id, month)


@app.get(
    "/v1/admin/members/<member_id>/events",
    responses=returns(R.MemberEvents),
    summary="a member's recent domain events (the outbox keeps 7 days), newest first",
)
def member_events(
    member_id: MemberId, admin: AnalystAdmin, limit: Annotated[int, Query(ge=1, le=100)] = 50
) -> dict[str, Any]:
    from siyu import events

    return {
        "events": [
            {"id": e.id, "type": e.type, "occurred_at": e.occurred_at, "data": e.data}
            for e in events.of_member(member_id, limit)
        ]
    }


# ---------------------------------------------------------------- admin: members' points
@app.get(
    "/v1/admin/members/<member_id>/points",
    responses=returns(MemberPointsOut),
    summary="a member's balance, level and ledger",
)
def member_points(
    member_id: MemberId,
    admin: AnalystAdmin,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    cursor: Annotated[str | None, Query(pattern=r"^[0-9]{1,10}$")] = None,
) -> dict[str, Any]:
    from siyu.members import levels, points

    page = points.ledger(member_id, limit=limit, cursor=cursor)
    return {
        **_points_out(page, admin=True).model_dump(),
        "level": levels.benefits(member_id).as_dict(),
    }


@app.post(
    "/v1/admin/members/<member_id>/points",
    summary="adjust a member's points with a reason (Idempotency-Key required)",
)
def adjust_points(
    member_id: MemberId, body: AdjustIn, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> LedgerEntryOut:
    from siyu.members import points

    if body.delta == 0:
        raise ValidationFailed(details=[{"field": "delta", "reason": "must not be 0"}])
    result = points.adjust(
        member_id, body.delta, reason=body.reason, admin_id=admin.admin_id, key=check_key(idempotency_key)
    )
    return LedgerEntryOut(**{k: v for k, v in result.__dict__.items() if k != "member_id"})


@app.get(
    "/v1/admin/members/<member_id>/redemptions",
    responses=returns(RedemptionsOut),
    summary="a member's redemption codes",
)
def member_redemptions(member_id: MemberId, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.members import gifts

    return {"redemptions": gifts.my_redemptions(member_id, admin=True)}


handler = entry_point(app)
