"""The flash-sale error catalogue: stable codes, zh-CN messages for the mini-program."""

from __future__ import annotations

from siyu.errors import define_error

FlashSaleNotFound = define_error("FLASH_SALE_NOT_FOUND", 404, "秒杀活动不存在")
FlashSaleNotStarted = define_error("FLASH_SALE_NOT_STARTED", 409, "秒杀尚未开始")
FlashSaleEnded = define_error("FLASH_SALE_ENDED", 409, "秒杀已结束")
FlashSaleCancelled = define_error("FLASH_SALE_CANCELLED", 409, "秒杀活动已取消")
FlashSaleSoldOut = define_error("FLASH_SALE_SOLD_OUT", 409, "已抢光")
FlashSaleLimitReached = define_error("FLASH_SALE_LIMIT_REACHED", 409, "您已达到该秒杀的限购数量")
FlashSaleNotEligible = define_error("FLASH_SALE_NOT_ELIGIBLE", 403, "该秒杀仅限指定等级的会员参与")
FlashSaleBusy = define_error("FLASH_SALE_BUSY", 503, "抢购人数过多，请稍后再试")
FlashSaleNotEditable = define_error("FLASH_SALE_NOT_EDITABLE", 409, "秒杀已开始或已结束，不能这样修改")
FlashSaleReminderClosed = define_error("FLASH_SALE_REMINDER_CLOSED", 409, "秒杀已开始，无需预约提醒")
FlashPurchaseNotFound = define_error("FLASH_PURCHASE_NOT_FOUND", 404, "抢购记录不存在")
ScheduleFailed = define_error("SCHEDULE_UNAVAILABLE", 503, "定时任务暂时无法创建，请稍后重试")

# Same code and meaning as the auth and coupons capabilities' (one catalogue entry).
MemberNotFound = define_error("MEMBER_NOT_FOUND", 404, "会员不存在")
FlashSaleNotOrderable = define_error("FLASH_SALE_NOT_ORDERABLE", 409, "该秒杀暂不能下单，请联系门店")
FlashPurchaseReleased = define_error("FLASH_PURCHASE_RELEASED", 409, "抢购名额已释放，请重新抢购")
