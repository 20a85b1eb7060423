"""The assist error catalogue: stable codes, zh-CN messages for the mini-program."""

from __future__ import annotations

from siyu.errors import define_error

CampaignNotFound = define_error("ASSIST_CAMPAIGN_NOT_FOUND", 404, "助力活动不存在")
CampaignNotStarted = define_error("ASSIST_CAMPAIGN_NOT_STARTED", 409, "助力活动尚未开始")
CampaignEnded = define_error("ASSIST_CAMPAIGN_ENDED", 409, "助力活动已结束")
CampaignPaused = define_error("ASSIST_CAMPAIGN_PAUSED", 409, "助力活动已暂停")
StartLimitReached = define_error("ASSIST_START_LIMIT_REACHED", 409, "您发起该助力活动的次数已达上限")

AssistNotFound = define_error("ASSIST_NOT_FOUND", 404, "助力不存在")
SelfHelp = define_error("ASSIST_SELF_HELP", 403, "不能为自己助力哦")
NewMembersOnly = define_error("ASSIST_NEW_MEMBERS_ONLY", 403, "该助力仅限新用户参与")
DailyLimitReached = define_error("ASSIST_DAILY_LIMIT_REACHED", 409, "今天的助力次数已用完，明天再来吧")
AssistCompleted = define_error("ASSIST_COMPLETED", 409, "该助力已完成，谢谢你的支持")
AssistExpired = define_error("ASSIST_EXPIRED", 409, "该助力已过期")
HelperRateLimited = define_error("ASSIST_HELPER_RATE_LIMITED", 429, "助力太频繁了，请稍后再试")
InitiatorRateLimited = define_error("ASSIST_INITIATOR_RATE_LIMITED", 429, "好友的助力太火爆了，请稍后再试")
AssistBusy = define_error("ASSIST_BUSY", 503, "助力的人太多了，请稍后再试")

# Same code and meaning as the auth capability's (define_error keeps one catalogue entry).
MemberNotFound = define_error("MEMBER_NOT_FOUND", 404, "会员不存在")
