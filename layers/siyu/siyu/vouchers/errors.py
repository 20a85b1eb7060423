"""The voucher counter's errors: each failure at the counter has its own code and a zh-CN
message the console shows as is."""

from __future__ import annotations

from siyu.errors import define_error

VoucherNotFound = define_error("VOUCHER_NOT_FOUND", 404, "券码无效：没有找到这张团购券，请核对后重输")
VoucherUsed = define_error("VOUCHER_USED", 409, "该券已核销，不能重复使用")
VoucherExpired = define_error("VOUCHER_EXPIRED", 409, "该券已过期，无法核销")
VoucherOtherStore = define_error("VOUCHER_OTHER_STORE", 409, "该券不适用于本门店，请到购买时指定的门店使用")
VoucherRateLimited = define_error("VOUCHER_RATE_LIMITED", 429, "核销请求过于频繁，请稍等几秒再试")
VoucherPlatformTimeout = define_error(
    "VOUCHER_PLATFORM_TIMEOUT",
    504,
    "快手本地生活响应超时，核销结果待确认：请稍后点“重新确认”，不要让顾客重复出示",
)
VoucherPlatformUnavailable = define_error(
    "VOUCHER_PLATFORM_UNAVAILABLE", 503, "快手本地生活暂时不可用，请稍后再试"
)
VoucherPlatformRejected = define_error("VOUCHER_PLATFORM_REJECTED", 502, "快手本地生活拒绝了请求")
VoucherBusy = define_error("VOUCHER_BUSY", 409, "该券正在另一台收银设备上核销，请稍候")
VoucherNotVerified = define_error("VOUCHER_NOT_VERIFIED", 409, "该券尚未核销，无法撤销")
VoucherUndoExpired = define_error("VOUCHER_UNDO_EXPIRED", 409, "已超过可撤销时限，无法撤销核销")
VoucherNotPrepared = define_error("VOUCHER_NOT_PREPARED", 409, "请先查询券码，确认券信息后再核销")
VoucherStoreUnbound = define_error(
    "VOUCHER_STORE_UNBOUND", 409, "该门店未绑定快手本地生活门店（POI），请在设置中绑定"
)
VoucherNotAuthorized = define_error(
    "VOUCHER_NOT_AUTHORIZED", 409, "商家尚未授权快手本地生活，请店长先完成授权"
)
VoucherAuthFailed = define_error("VOUCHER_AUTH_FAILED", 400, "授权码无效或已过期，请重新授权")
VoucherMemberLinked = define_error("VOUCHER_MEMBER_LINKED", 409, "该券已关联其他会员")
VoucherMemberNotFound = define_error("VOUCHER_MEMBER_NOT_FOUND", 404, "没有找到该会员，请核对会员码或手机号")
VoucherMemberAmbiguous = define_error(
    "VOUCHER_MEMBER_AMBIGUOUS", 409, "该手机号绑定了多个会员，请让顾客出示会员码"
)
VoucherJoinInvalid = define_error("VOUCHER_JOIN_INVALID", 403, "入会二维码无效或已使用")
