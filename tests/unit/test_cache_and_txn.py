"""The shared plumbing every capability uses: time-limited caches that one reset forgets,
and the one reader of a cancelled transaction's reasons."""

from __future__ import annotations

import math

import pytest
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import TransactWriteError
from pynamodb.models import Model

from siyu import cache
from siyu.db import table_meta, transaction
from siyu.txn import cancelled, number, text


def test_a_cache_entry_lives_for_its_seconds_and_every_cache_is_reset(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(cache.time, "monotonic", lambda: now[0])
    short: cache.TimedCache[str, int] = cache.TimedCache(2)
    forever: cache.TimedCache[str, int] = cache.TimedCache(math.inf)
    short.put("a", 1)
    forever.put("a", 1)
    now[0] += 1.9
    assert (short.get("a"), forever.get("a")) == (1, 1)
    now[0] += 0.2
    assert (short.get("a"), forever.get("a")) == (None, 1)

    loads: list[str] = []
    assert short.get_or_load("b", lambda: loads.append("b") or 2) == 2
    assert short.get_or_load("b", lambda: loads.append("b") or 3) == 2
    assert short.get_or_load("b", lambda: loads.append("b") or 4, fresh=True) == 4
    assert loads == ["b", "b"]

    cache.reset_all()  # every cache made anywhere, including the capabilities' own
    assert (short.get("b"), forever.get("a")) == (None, None)


def test_a_bounded_cache_starts_over_when_full():
    bounded: cache.TimedCache[int, int] = cache.TimedCache(math.inf, max_entries=2)
    bounded.put(1, 1)
    bounded.put(2, 2)
    bounded.put(3, 3)
    assert (bounded.get(1), bounded.get(3)) == (None, 3)


def test_every_capability_cache_registers_itself():
    from siyu.assist import campaigns
    from siyu.assist import rules as assist_rules
    from siyu.coupons import issuing, templates
    from siyu.flash_sales import sales, stock
    from siyu.members import account
    from siyu.members import rules as member_rules

    caches = [
        campaigns._cache,
        assist_rules._cached,
        issuing._sold_out,
        templates._cache,
        sales._cache,
        sales._listing,
        stock._views,
        stock._sold_out_seen,
        account._seen,
        member_rules._cached,
    ]
    assert all(c in cache._registry for c in caches)


class Item(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    left = NumberAttribute()


def test_the_reader_names_the_refused_items_by_key_and_by_position(aws):
    Item("A", "ONE", left=0).save()
    Item("B", "TWO", left=5).save()

    def take_one_of_each() -> None:
        with transaction() as tx:
            tx.condition_check(Item, "C", "THREE", condition=Item.pk.exists())
            for pk, sk in (("A", "ONE"), ("B", "TWO")):
                tx.update(
                    Item(pk, sk),
                    actions=[Item.left.add(-1)],
                    condition=Item.left > 0,
                    return_values="ALL_OLD",
                )

    with pytest.raises(TransactWriteError) as caught:
        take_one_of_each()

    failed = cancelled(caught.value)
    assert list(failed.items) == [("A", "ONE")]
    assert number(failed.item("A", "ONE"), "left") == 0
    assert text(failed.with_sk("ON")[0], "pk") == "A"
    assert (failed.itemless, failed.itemless_at) == (1, [0])  # the condition check, sent first
    assert failed.refused == [True, True, False]
    assert failed.condition_failed
    assert not failed.only_conflict


def test_anything_but_a_cancellation_is_raised_again():
    error = TransactWriteError("throttled")
    with pytest.raises(TransactWriteError):
        cancelled(error)
