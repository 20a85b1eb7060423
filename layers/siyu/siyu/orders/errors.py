"""The orders error catalogue: stable codes, zh-CN messages for the mini-program."""

from __future__ import annotations

from siyu.errors import define_error

StoreNotFound = define_error("STORE_NOT_FOUND", 404, "门店不存在")
StoreClosed = define_error("STORE_CLOSED", 409, "门店暂停营业")
CategoryNotFound = define_error("CATEGORY_NOT_FOUND", 404, "商品分类不存在")
ProductNotFound = define_error("PRODUCT_NOT_FOUND", 404, "商品不存在")
ProductUnavailable = define_error("PRODUCT_UNAVAILABLE", 409, "商品已下架或本门店暂不供应")
ProductSoldOut = define_error("PRODUCT_SOLD_OUT", 409, "商品库存不足")
OrderItemInvalid = define_error("ORDER_ITEM_INVALID", 400, "商品规格或选项有误")
PickupSlotInvalid = define_error("PICKUP_SLOT_INVALID", 400, "预约取餐时间不可选")
PickupSlotFull = define_error("PICKUP_SLOT_FULL", 409, "该时段预约已满，请选择其他时段")

OrderNotFound = define_error("ORDER_NOT_FOUND", 404, "订单不存在")
OrderNotCancellable = define_error("ORDER_NOT_CANCELLABLE", 409, "订单当前状态不能取消")
OrderAlreadyPaid = define_error("ORDER_ALREADY_PAID", 409, "订单已支付")
OrderNotPickable = define_error("ORDER_NOT_PICKABLE", 409, "订单当前状态不能取餐")
OrderOnHold = define_error("ORDER_ON_HOLD", 409, "订单尚未确认（拼团未成团），暂不能取餐或申请退款")
OrderBusy = define_error("ORDER_BUSY", 503, "下单人数较多，请稍后再试")
PickupCodeNotFound = define_error("PICKUP_CODE_NOT_FOUND", 404, "取餐码不存在")

OrderNotRefundable = define_error("ORDER_NOT_REFUNDABLE", 409, "订单当前状态不能申请退款")
RefundNotPending = define_error("REFUND_NOT_PENDING", 409, "没有待处理的退款申请")

PaymentSignatureInvalid = define_error("PAYMENT_SIGNATURE_INVALID", 401, "支付回调签名错误")
PaymentAmountMismatch = define_error("PAYMENT_AMOUNT_MISMATCH", 409, "支付金额与订单金额不符")
