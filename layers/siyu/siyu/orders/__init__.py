"""Orders (订单): the catalogue, orders priced on the server, Kuaishou payment and its
callbacks, expiry of unpaid orders, pickup reservation and codes, refunds.

For other capabilities (in-process, never over HTTP):

    siyu.orders.checkout.create_order(member_id: str, request: OrderRequest, *, key: str,
            price_override: Mapping[str, int] | None = None, apply_discounts: bool = True,
            source: str = "shop", source_ref: str | None = None,
            stage_extra: Callable[[TransactWrite, str], None] | None = None) -> Checkout
        Create an order (PENDING_PAYMENT, stock/slot/coupon reserved, expiry scheduled,
        Kuaishou pre-order in `Checkout.order.payment`). Idempotent by (member, source, key):
        the same key returns the same order (`Checkout.replayed`). A flash sale passes its
        unit price per SKU (`price_override`), `apply_discounts=False`, `source="flash_sale"`,
        `source_ref=<its id>` and `stage_extra(tx, order_id)` to take its own unit in the
        order's transaction (a refusal of its item surfaces as the TransactWriteError).

    siyu.orders.returns (SOURCE_RETURNS, stage_returns)
        What an order gives back, in the transaction that cancels, expires ("cancel" |
        "timeout") or refunds ("refund") it: stock, pickup slot, coupon, points, and the
        source's own item (a flash-sale unit, a group-buy seat). A new source adds its
        `stage(tx, source_ref, order_id, reason)` to SOURCE_RETURNS there.

    create_order(..., hold="GROUP_FORMING") keeps a paid order from pickup and member refund
    requests until siyu.orders.holds.confirm(order_id, hold, member_id=...) lifts it;
    siyu.orders.refunds.by_system(order_id, kind=..., reason=...) refunds a paid order
    without staff approval (a failed group-buy).

    siyu.orders.views.read(order_id) -> (Order, Refund | None);  OrderView.of(order, refund)
    siyu.orders.release.close(order_id, "cancel" | "timeout", member_id=None) -> Order

Events: OrderCreated, OrderPaid {order_id, first_order, amount_fen, store_id, pickup_code,
points, source, source_ref, …}, OrderPickedUp, OrderCancelled, OrderExpired,
OrderRefundRequested, OrderRefunded {order_id, refund_id, amount_fen, coupon_restored,
points_taken, points_shortfall, source, source_ref}, OrderLatePaid,
OrderLatePaymentRefunded, OrderConfirmed.

Modules: catalogue (stores, categories, products, stock), pricing (pure), checkout
(create), payments (callbacks, apply a payment, reconcile), release (cancel, expiry,
sweep), returns (what a closed or refunded order gives back), pickup (slots, codes), holds,
refunds, views (reading), epay (Kuaishou fields), models.
"""
