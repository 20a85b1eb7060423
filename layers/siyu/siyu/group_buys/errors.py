"""The group-buy error catalogue: stable codes, zh-CN messages for the mini-program."""

from __future__ import annotations

from siyu.errors import define_error

DealNotFound = define_error("GROUP_DEAL_NOT_FOUND", 404, "拼团活动不存在")
DealNotActive = define_error("GROUP_DEAL_NOT_ACTIVE", 409, "拼团活动未开始或已结束")
GroupNotFound = define_error("GROUP_NOT_FOUND", 404, "该团不存在")
GroupFull = define_error("GROUP_FULL", 409, "该团已满员，换个团或自己开团吧")
GroupClosed = define_error("GROUP_CLOSED", 409, "该团已结束")
GroupNotJoined = define_error("GROUP_NOT_JOINED", 409, "您不在该团中")
GroupAlreadyPaid = define_error("GROUP_ALREADY_PAID", 409, "您已为该团付款")
GroupBusy = define_error("GROUP_BUSY", 503, "参团人数过多，请稍后再试")
DealNotOrderable = define_error("GROUP_DEAL_NOT_ORDERABLE", 409, "该拼团暂不能下单，请联系门店")
