// Order statuses and sources as staff read them.
export const ORDER_STATUS: Record<string, string> = {
  PENDING_PAYMENT: '待支付',
  PAID: '待取餐',
  PICKED_UP: '已取餐',
  CANCELLED: '已取消',
  EXPIRED: '已超时',
  REFUND_REQUESTED: '退款申请中',
  REFUNDING: '退款中',
  REFUNDED: '已退款',
  REFUND_FAILED: '退款失败',
}
export const ORDER_SOURCE: Record<string, string> = { shop: '门店点单', flash_sale: '秒杀', group_buy: '拼团', ks_local: '快手团购券' }
export const REFUND_STATUS: Record<string, string> = { REQUESTED: '待处理', REJECTED: '已拒绝', REFUNDING: '退款中', REFUNDED: '已退款', FAILED: '失败' }
