"""Assignment, exposures once per member, conversions from paid orders, results."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from siyu import clock
from siyu.experiments import core
from siyu.experiments.schemas import ExperimentDef


def popup_experiment(**changes: object) -> ExperimentDef:
    body: dict[str, object] = {
        "key": "first-order-popup",
        "name": "首单弹窗样式",
        "page": "home",
        "variants": [
            {"name": "control", "weight": 50},
            {
                "name": "bold",
                "weight": 50,
                "module_overrides": {"popup": {"style": "bold", "color": "#E60012"}},
            },
        ],
        "minimum_detectable_effect": 0.27,
        "start_at": clock.iso(clock.now() - timedelta(days=1)),
    }
    body.update(changes)
    return ExperimentDef.model_validate(body)


def test_100k_members_split_50_50_within_1_percent_and_keep_their_variant():
    definition = popup_experiment()
    members = [f"m{i}" for i in range(100_000)]
    first = [core.bucket_variant(definition, m) for m in members]
    split = Counter(first)
    assert abs(split["control"] - 50_000) <= 1_000
    assert abs(split["bold"] - 50_000) <= 1_000
    for _ in range(10):
        assert [core.bucket_variant(definition, m) for m in members] == first


def test_assignment_depends_on_key_and_unit_only():
    a, b = popup_experiment(), popup_experiment(name="other name")
    assert all(core.bucket_variant(a, f"m{i}") == core.bucket_variant(b, f"m{i}") for i in range(200))
    other_key = popup_experiment(key="another-test")
    differs = sum(
        core.bucket_variant(a, f"m{i}") != core.bucket_variant(other_key, f"m{i}") for i in range(200)
    )
    assert 60 < differs < 140  # independent experiments are independently split


def test_weight_change_does_not_reshuffle_exposed_members(aws):
    definition = core.save(popup_experiment())
    exposed = {f"m{i}": core.assigned_variant(definition, f"m{i}") for i in range(300)}
    for member, variant in exposed.items():
        assert core.record_exposure(definition.key, member, variant)
    definition.variants[0].weight, definition.variants[1].weight = 10, 90
    core.save(definition)
    assert {m: core.assigned_variant(definition, m) for m in exposed} == exposed
    # newcomers follow the new weights
    newcomers = Counter(core.assigned_variant(definition, f"new{i}") for i in range(1000))
    assert newcomers["bold"] > 800


@pytest.mark.concurrency
def test_exposure_is_recorded_once_per_member_under_concurrency(atomic_dynamodb):
    definition = core.save(popup_experiment())
    members = [f"m{i}" for i in range(20)]
    calls = [m for m in members for _ in range(5)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        recorded = list(
            pool.map(
                lambda m: core.record_exposure(definition.key, m, core.bucket_variant(definition, m)), calls
            )
        )
    assert sum(recorded) == 20
    result = core.results(definition.key)
    assert sum(v.exposures for v in result.variants) == 20


def test_exposure_refused_when_not_running_or_unknown_variant(aws):
    core.save(popup_experiment(start_at=None))
    with pytest.raises(core.ExperimentNotRunning):
        core.record_exposure("first-order-popup", "m1", "control")
    core.save(popup_experiment())
    with pytest.raises(core.UnknownVariant):
        core.record_exposure("first-order-popup", "m1", "nope")


def test_first_paid_order_within_window_converts_once_and_revenue_adds_up(aws):
    definition = core.save(popup_experiment())
    core.record_exposure(definition.key, "alice", "bold")
    core.record_exposure(definition.key, "bob", "control")
    paid = clock.now_iso()
    assert core.record_order_paid("alice", "o1", 1800, paid) == [definition.key]
    assert core.record_order_paid("alice", "o1", 1800, paid) == [definition.key]  # a retry counts once
    core.record_order_paid("alice", "o2", 1200, paid)
    core.record_order_paid("carol", "o3", 900, paid)  # never exposed
    late = clock.iso(clock.now() + timedelta(days=8))
    core.record_order_paid("bob", "o4", 2000, late)  # outside the 7-day window
    rows = {r.variant: r for r in core.results(definition.key).variants}
    assert (rows["bold"].exposures, rows["bold"].conversions, rows["bold"].revenue_per_member_fen) == (
        1,
        1,
        3000,
    )
    assert (rows["control"].exposures, rows["control"].conversions) == (1, 0)


@pytest.mark.concurrency
def test_concurrent_orders_of_one_member_keep_revenue_exact(atomic_dynamodb):
    definition = core.save(popup_experiment())
    core.record_exposure(definition.key, "alice", "bold")
    paid = clock.now_iso()
    orders = [(f"o{i}", 100 * (i + 1)) for i in range(10)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda o: core.record_order_paid("alice", o[0], o[1], paid), orders * 2))
    item = core.VariantStats.get(*core._stats_key(definition.key, "bold"))
    total = sum(a for _, a in orders)
    assert (item.conversions, item.revenue_sum, item.revenue_sumsq) == (1, total, total * total)


def test_results_inconclusive_below_the_sample_with_members_still_needed(aws):
    definition = core.save(popup_experiment())
    for i in range(10):
        core.record_exposure(definition.key, f"m{i}", core.bucket_variant(definition, f"m{i}"))
    result = core.results(definition.key)
    assert result.verdict == "inconclusive"
    assert result.members_still_needed == 2 * result.sample_needed_per_variant - 10


def test_results_with_one_variant_only(aws):
    definition = core.save(popup_experiment(variants=[{"name": "control", "weight": 1}]))
    core.record_exposure(definition.key, "m1", "control")
    result = core.results(definition.key)
    assert result.verdict == "inconclusive"
    assert result.srm_p_value is None
    assert result.variants[0].p_value is None
