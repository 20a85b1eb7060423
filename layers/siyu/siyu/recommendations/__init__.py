"""Recommendations for a small catalogue (tens to hundreds of products), plain Python and
DynamoDB.

- `model`: the pure part: Shanghai time-of-day buckets, co-purchase counting from baskets,
  and the ranking (co-purchase with the seeds, the member's own repeat purchases,
  popularity in the store and bucket, the tag-affinity seam). The offline evaluation
  (`make bench`, case_recommendations) runs exactly this.
- `signals`: the counts in the commerce table: co-purchase pairs and popularity per store
  and bucket, updated once per paid order (OrderPaid consumer) and rebuilt nightly.
- `service`: `recommend(context, ...)` for `GET /v1/recommendations` and the
  `recommended_products` page module.
"""
