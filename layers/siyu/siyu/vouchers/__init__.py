"""Kuaishou local-life vouchers at the counter (团购券核销, issue 26), linked to membership.

- `platform`: the local-life open platform's client (authorisation, shared tokens, prepare,
  verify, cancel, status, bill); what is a GUESS is marked there;
- `counter`: prepare → verify (exactly once) → undo, with recovery after a timeout;
- `membership`: the buyer linked to a member (member code, phone, the join QR), points and
  the first-visit coupon;
- `reconcile`: a day's vouchers against the platform's bill;
- `settings`: stores' POI ids, the points rule, the first-visit coupon template.
"""
