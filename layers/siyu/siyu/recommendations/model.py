"""The recommender's arithmetic, free of storage: the bench evaluates exactly this.

Score of a candidate product c (higher first, ties by product id, so a fixed history always
gives the same list):

    W_CO     * Σ_seed w(seed) · co(seed, c) / sqrt(n(seed) · n(c))   co-purchase (cosine)
  + W_REPEAT * share of c in the member's own recent purchases          favourites come back
  + W_POP    * popularity of c in the store and time-of-day bucket      (normalised to 0–1)
  + W_TAG    * tag affinity                                              (seam: tags not built)

`co(a, b)` counts the baskets (paid orders) holding both, `n(a)` the baskets holding a.
Seeds are what the context is about: the member's history (home), the cart (cart), the
order just placed (after_order). Excluded products are dropped (the cart's own items, the
order just placed); demoted ones (bought today) keep DEMOTE of their score. With no seeds
and no history (cold start) only popularity speaks.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import permutations

from siyu import clock

W_CO = 1.0
W_REPEAT = 1.0
W_POP = 0.25
W_TAG = 0.0  # tag affinity: no tags yet (see tag_affinity)
DEMOTE = 0.2

BUCKETS = ("morning", "noon", "afternoon", "evening")
ALL = "ALL"


def bucket_of(at: datetime | None = None) -> str:
    """Time of day in Shanghai: morning 05–11, noon 11–14, afternoon 14–17, evening 17–05."""
    hour = (at or clock.now()).astimezone(clock.SHANGHAI).hour
    if 5 <= hour < 11:
        return "morning"
    if 11 <= hour < 14:
        return "noon"
    if 14 <= hour < 17:
        return "afternoon"
    return "evening"


def basket_pairs(products: Iterable[str]) -> list[tuple[str, str]]:
    """Ordered pairs of distinct products of one basket (a, b) and (b, a), sorted."""
    return sorted(permutations(sorted(set(products)), 2))


@dataclass
class CoPurchase:
    """Counts from baskets: pairs[a][b] = baskets holding both; baskets[a] = holding a."""

    pairs: dict[str, Counter[str]]
    baskets: Counter[str]

    @classmethod
    def build(cls, baskets: Iterable[Iterable[str]]) -> CoPurchase:
        pairs: dict[str, Counter[str]] = {}
        held: Counter[str] = Counter()
        for basket in baskets:
            distinct = sorted(set(basket))
            held.update(distinct)
            for a, b in basket_pairs(distinct):
                pairs.setdefault(a, Counter())[b] += 1
        return cls(pairs, held)


# Popularity: the store's time-of-day bucket, blended with the store's whole day and the
# whole shop's bucket and day, so a new store or a quiet hour still has an order.
POP_BLEND = {"store_bucket": 1.0, "store_day": 0.3, "shop_bucket": 0.2, "shop_day": 0.05}


def blend_popularity(parts: Mapping[str, Mapping[str, int]]) -> dict[str, float]:
    """Weighted sum of the popularity counts named as in POP_BLEND."""
    blended: dict[str, float] = {}
    for name, weight in POP_BLEND.items():
        for product, n in parts.get(name, {}).items():
            blended[product] = blended.get(product, 0.0) + weight * n
    return blended


def history_weights(baskets_newest_first: Iterable[Iterable[str]]) -> dict[str, float]:
    """Recency-weighted purchase counts: the newest basket weighs 1, older ones a little less."""
    weights: dict[str, float] = {}
    for age, basket in enumerate(baskets_newest_first):
        for product in sorted(set(basket)):
            weights[product] = weights.get(product, 0.0) + 1.0 / (1.0 + 0.1 * age)
    return weights


def top_seeds(weights: Mapping[str, float], limit: int) -> dict[str, float]:
    """The `limit` heaviest, scaled so the heaviest weighs 1 (like a cart item)."""
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    heaviest = top[0][1] if top else 1.0
    return {product: weight / heaviest for product, weight in top}


def tag_affinity(member_tags: Mapping[str, float], product_tags: Mapping[str, list[str]]) -> dict[str, float]:
    """Seam for tag affinity (member tags · product tags) once tags exist: the tags issue is
    not built, so callers pass nothing and W_TAG is 0. Returns 0–1 per product."""
    scores: dict[str, float] = {}
    for product, tags in product_tags.items():
        hits = sum(member_tags.get(t, 0.0) for t in tags)
        if hits > 0:
            scores[product] = min(1.0, hits)
    return scores


@dataclass(frozen=True)
class Scored:
    product_id: str
    score: float
    reason: str  # co_purchase | bought_before | popular


def _normalised(values: Mapping[str, float]) -> dict[str, float]:
    top = max(values.values(), default=0.0)
    return {k: v / top for k, v in values.items()} if top > 0 else {}


def rank(
    candidates: Iterable[str],
    *,
    seeds: Mapping[str, float],
    co: CoPurchase,
    popularity: Mapping[str, float],
    history: Mapping[str, float] | None = None,
    tags: Mapping[str, float] | None = None,
    exclude: Iterable[str] = (),
    demote: Iterable[str] = (),
    limit: int = 5,
) -> list[Scored]:
    """The top `limit` candidates (see the module docstring)."""
    excluded, demoted = set(exclude), set(demote)
    popular = _normalised(popularity)
    own = _normalised(history or {})
    scored: list[Scored] = []
    for c in sorted(set(candidates) - excluded):
        co_score = 0.0
        n_c = co.baskets.get(c, 0)
        if n_c:
            for seed, weight in seeds.items():
                both = co.pairs.get(seed, Counter()).get(c, 0)
                if both and seed != c:
                    co_score += weight * both / math.sqrt(co.baskets.get(seed, 1) * n_c)
        parts = {
            "co_purchase": W_CO * co_score,
            "bought_before": W_REPEAT * own.get(c, 0.0),
            "popular": W_POP * popular.get(c, 0.0),
        }
        score = sum(parts.values()) + W_TAG * (tags or {}).get(c, 0.0)
        if c in demoted:
            score *= DEMOTE
        reason = max(parts, key=lambda k: (parts[k], k == "popular"))
        scored.append(Scored(c, round(score, 6), reason))
    scored.sort(key=lambda s: (-s.score, s.product_id))
    return scored[:limit]
