-- Business trends per day: new members, active members, check-ins, paid orders, GMV (fen)
-- and coupon redemptions, from the domain events (and members' tracked activity). A local-life
-- voucher verified at the counter (VoucherVerified: an order of source ks_local) is a paid order.
WITH ${base}
SELECT
    event_date,
    count(DISTINCT CASE WHEN name = 'MemberRegistered' THEN member_id END) AS new_members,
    count(DISTINCT member_id) AS active_members,
    count(CASE WHEN name = 'MemberCheckedIn' THEN 1 END) AS checkins,
    count(CASE WHEN name IN ('OrderPaid', 'VoucherVerified') THEN 1 END) AS orders,
    coalesce(sum(CASE WHEN name IN ('OrderPaid', 'VoucherVerified') THEN ${amount_fen} END), 0) AS gmv_fen,
    count(CASE WHEN name = 'CouponUsed' THEN 1 END) AS coupon_redemptions
FROM ev
GROUP BY event_date
