"""Settlement (结算): money reaches the merchant. Three parts, each its own module:

- sync: every order paid through Kuaishou is reported to Kuaishou's order list with the
  status of its life (2, 10, 11, 4, 5, 6, 3), from domain events through a queue, never out
  of order for one order;
- settle: 3 days (SETTLE_MIN_DAYS) plus a margin after Kuaishou accepted 11, a schedule
  settles the order (epay/settle, rate-limited app-wide); the SETTLE callback completes it;
  a refund after settlement needs the merchant to confirm the lost platform fee
  (`settle.guard_refund`);
- reconcile: each day, Siyu's money of the previous Shanghai day (ledger) against
  Kuaishou's bill; a lost payment callback is repaired, anything else listed for staff.

Models in `models`; staff's reads in `views`.
"""
