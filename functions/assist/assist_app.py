"""Assist capability (好友助力): members start assists, friends help, and operations staff
run campaigns, review flagged helps and read the report. Routes parse, call siyu.assist,
and shape the answer.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from pydantic import ConfigDict, Field

from siyu.assist import responses as R
from siyu.assist.schemas import AssistRules, CampaignIn, CampaignPatch, CampaignView
from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.base_model import SiyuModel
from siyu.http import entry_point, make_app, returns
from siyu.idempotency import IdempotencyKey, run_once
from siyu.observability import metrics

app = make_app()

Id = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z_-]+$")]


class StartRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    campaign_id: str = Field(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z_-]+$")
    notify: bool = Field(
        default=False,
        description="the member accepted the campaign's completion message in ks.requestSubscribeMessage",
    )


# ---------------------------------------------------------------- members
@app.get(
    "/v1/assist-campaigns",
    responses=returns(R.OpenCampaigns),
    summary="assist campaigns open now, with my starts and open assist",
)
def open_campaigns(member: CurrentMember) -> dict[str, Any]:
    from siyu.assist import campaigns

    return {"campaigns": campaigns.open_for_member(member.member_id)}


@app.post(
    "/v1/assists",
    responses=returns(R.Started, 201),
    summary="start an assist (发起助力)",
    description="Returns the assist and `share` for onShareAppMessage (its path carries the assist id). "
    "While the member has an open assist in the campaign, that one is returned (replayed=true): a "
    "retried start never starts a second one.",
    status_code=201,
)
def start_assist(body: StartRequest, member: CurrentMember) -> dict[str, Any]:
    from siyu.assist import assists

    started = assists.start(member.member_id, body.campaign_id, notify=body.notify)
    if not started.replayed:
        metrics.add_metric(name="AssistsStarted", unit="Count", value=1)
    return {
        "assist": assists.view(started.assist, [], viewer_id=member.member_id),
        "replayed": started.replayed,
    }


@app.get(
    "/v1/assists/<assist_id>",
    responses=returns(R.OneAssist),
    summary="an assist: progress, helpers, time left (anyone logged in)",
)
def read_assist(assist_id: Id, member: CurrentMember) -> dict[str, Any]:
    from siyu.assist import assists

    return {"assist": assists.detail(assist_id, member.member_id)}


@app.post(
    "/v1/assists/<assist_id>/help",
    responses=returns(R.Helped, 201),
    summary="help a friend's assist (助力)",
    description="One help per member per assist: a retry returns the first help (replayed=true). "
    "`completed` is true for the help that completed the assist (the reward is granted with it). "
    "`help.counted` is false when the abuse rules recorded the help without counting it.",
    status_code=201,
)
def help_assist(assist_id: Id, member: CurrentMember) -> dict[str, Any]:
    from siyu.assist import assists, helping

    outcome = helping.help_assist(member.member_id, assist_id)
    if not outcome.replayed:
        metrics.add_metric(name="AssistHelps", unit="Count", value=1)
        if outcome.help.flags:
            metrics.add_metric(name="AssistHelpsFlagged", unit="Count", value=1)
        if outcome.completed:
            metrics.add_metric(name="AssistsCompleted", unit="Count", value=1)
    return {
        "help": helping.help_view(outcome.help),
        "assist": assists.view(outcome.assist),
        "replayed": outcome.replayed,
        "completed": outcome.completed,
    }


@app.get("/v1/me/assists", responses=returns(R.MyAssists), summary="the assists I started, newest first")
def my_assists(member: CurrentMember, limit: Annotated[int, Query(ge=1, le=100)] = 50) -> dict[str, Any]:
    from siyu.assist import assists

    return {"assists": assists.mine(member.member_id, limit)}


# ---------------------------------------------------------------- admin
@app.post(
    "/v1/admin/assist-campaigns",
    responses=returns(CampaignView, 201),
    summary="create an assist campaign",
    description="Needs an Idempotency-Key: a retry returns the campaign created first.",
    status_code=201,
)
def create_campaign(
    body: CampaignIn, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.assist import campaigns

    def create() -> dict[str, Any]:
        return CampaignView.of(campaigns.create(body, created_by=admin.admin_id)).model_dump()

    return run_once(
        "assist-campaign-create", admin.admin_id, idempotency_key, body.model_dump(mode="json"), create
    )


@app.get("/v1/admin/assist-campaigns", responses=returns(R.Campaigns), summary="list assist campaigns")
def list_campaigns(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.assist import campaigns

    return {"campaigns": [CampaignView.of(c).model_dump() for c in campaigns.list_campaigns()]}


@app.get(
    "/v1/admin/assist-campaigns/<campaign_id>", responses=returns(CampaignView), summary="an assist campaign"
)
def read_campaign(campaign_id: Id, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.assist import campaigns

    return CampaignView.of(campaigns.get(campaign_id, fresh=True)).model_dump()


@app.patch(
    "/v1/admin/assist-campaigns/<campaign_id>",
    responses=returns(CampaignView),
    summary="edit a campaign (name, texts, end, pause / resume)",
    description="Reward and counts are fixed once created; assists already started keep their terms.",
)
def edit_campaign(campaign_id: Id, body: CampaignPatch, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.assist import campaigns

    return CampaignView.of(campaigns.edit(campaign_id, body)).model_dump()


@app.get(
    "/v1/admin/assist-campaigns/<campaign_id>/flags",
    responses=returns(R.Flags),
    summary="flagged helps with their reasons, newest first",
)
def flagged_helps(
    campaign_id: Id,
    admin: AnalystAdmin,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    cursor: Annotated[str | None, Query(max_length=200, description="next_cursor of the last page")] = None,
) -> dict[str, Any]:
    from siyu.assist import flags

    return flags.flagged(campaign_id, limit=limit, before=cursor)


@app.get(
    "/v1/admin/assist-report",
    responses=returns(R.CampaignReports),
    summary="by campaign: starts, completions, new members brought per completed assist",
)
def report(
    admin: AnalystAdmin,
    campaign_id: Annotated[str | None, Query(max_length=64, description="only this campaign")] = None,
) -> dict[str, Any]:
    from siyu.assist import stats

    return {"campaigns": [r.model_dump() for r in stats.report(campaign_id)]}


@app.get(
    "/v1/admin/assist-rules", responses=returns(AssistRules), summary="abuse rules: rate limits and flags"
)
def read_rules(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.assist import rules

    return rules.load().model_dump()


@app.put(
    "/v1/admin/assist-rules",
    responses=returns(AssistRules),
    summary="set the abuse rules",
    description="Reaches every running function within 30 s.",
)
def put_rules(body: AssistRules, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.assist import rules

    return rules.save(body, actor=admin.admin_id).model_dump()


handler = entry_point(app)
