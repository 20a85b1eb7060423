"""The coupon error catalogue: stable codes, zh-CN messages for the mini-program."""

from __future__ import annotations

from siyu.errors import define_error

TemplateNotFound = define_error("COUPON_TEMPLATE_NOT_FOUND", 404, "优惠券不存在")
CouponNotFound = define_error("COUPON_NOT_FOUND", 404, "优惠券不存在或不属于您")
CouponSoldOut = define_error("COUPON_SOLD_OUT", 409, "优惠券已领完")
CouponLimitReached = define_error("COUPON_LIMIT_REACHED", 409, "您已达到该优惠券的领取上限")
CouponPaused = define_error("COUPON_PAUSED", 409, "该优惠券已暂停发放")
CouponNotStarted = define_error("COUPON_NOT_STARTED", 409, "优惠券尚未开始领取")
CouponEnded = define_error("COUPON_ENDED", 409, "优惠券领取已结束")
CouponNotEligible = define_error("COUPON_NOT_ELIGIBLE", 403, "您暂不符合领取该优惠券的条件")
CouponNotClaimable = define_error("COUPON_NOT_CLAIMABLE", 409, "该优惠券不可直接领取")
CouponBusy = define_error("COUPON_BUSY", 503, "领取人数过多，请稍后再试")
CouponAlreadyGranted = define_error("COUPON_ALREADY_GRANTED", 409, "该优惠券已发放")
CouponNotApplicable = define_error("COUPON_NOT_APPLICABLE", 422, "该优惠券不适用于当前订单")
CouponUnavailable = define_error("COUPON_UNAVAILABLE", 409, "该优惠券当前不可用")
StockBelowClaimed = define_error("COUPON_STOCK_TOO_LOW", 409, "库存不能少于已发放数量")

CodeNotFound = define_error("COUPON_CODE_NOT_FOUND", 404, "优惠码不存在")
CodeExists = define_error("COUPON_CODE_EXISTS", 409, "该优惠码已存在")
CodeNotStarted = define_error("COUPON_CODE_NOT_STARTED", 409, "优惠码尚未生效")
CodeEnded = define_error("COUPON_CODE_ENDED", 409, "优惠码已过期")
CodeDisabled = define_error("COUPON_CODE_DISABLED", 409, "优惠码已停用")
CodeUsedUp = define_error("COUPON_CODE_USED_UP", 409, "优惠码已被领完")
CodeLimitReached = define_error("COUPON_CODE_LIMIT_REACHED", 409, "您已使用过该优惠码")

# Same code and meaning as the auth capability's (define_error keeps one catalogue entry).
MemberNotFound = define_error("MEMBER_NOT_FOUND", 404, "会员不存在")
