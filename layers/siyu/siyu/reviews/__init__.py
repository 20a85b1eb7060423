"""Reviews (评价) of picked-up order lines and the products' rating aggregates.

- `models`: the review and rating items (commerce table).
- `moderation`: the pluggable text check run before a review is stored and shown.
- `reviews`: submit (once per order line), the product page's list and rating, staff hide /
  restore / reply. The rating aggregate changes in the same transaction as the review.
"""
