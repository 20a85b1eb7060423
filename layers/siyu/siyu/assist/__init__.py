"""Friend-assist campaigns (好友助力): a member starts an assist, shares it, and friends'
helps complete it; the help that reaches N completes it and grants the reward in the same
transaction. Counting is exact under concurrency and resistant to abuse (limits per helper,
per day and per initiator; fresh accounts and bursts flagged for operators).

For other capabilities (in-process, never over HTTP):

    siyu.assist.assists.start(member_id: str, campaign_id: str, *, notify: bool = False) -> Started
        Start an assist (or get the member's open one: `Started.replayed`).
    siyu.assist.helping.help_assist(helper_id: str, assist_id: str) -> HelpOutcome
        Record a help; `HelpOutcome.completed` when it completed the assist.
    siyu.assist.assists.detail(assist_id: str, viewer_id: str) -> dict
    siyu.assist.assists.mine(member_id: str, limit: int = 50) -> list[dict]
    siyu.assist.campaigns   create / edit / get / list_campaigns / open_for_member
    siyu.assist.stats.report(campaign_id: str | None = None) -> list[CampaignReport]
    siyu.assist.flags.flagged(campaign_id, *, limit, before) -> dict
    siyu.assist.rules       load() / save(AssistRules) — the abuse rules

Events: AssistStarted, AssistHelped (`is_new`, `counted`, `flags`), AssistCompleted
(`initiator_id`, `assist_id`, `reward_status`, `new_members`). Items: siyu.assist.models.
"""
