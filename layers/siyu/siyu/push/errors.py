"""Errors of targeted push and grants (codes are stable; listed in the API docs)."""

from __future__ import annotations

from siyu.errors import define_error

CampaignNotFound = define_error("PUSH_CAMPAIGN_NOT_FOUND", 404, "推送活动不存在")
GrantNotFound = define_error("GRANT_NOT_FOUND", 404, "发放活动不存在")
NoCredit = define_error("PUSH_NO_CREDIT", 409, "用户未订阅该消息模板")
