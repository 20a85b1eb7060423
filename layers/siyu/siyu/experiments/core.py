"""Experiments: definitions, deterministic assignment, exposures once per member,
conversions from OrderPaid, and the results page.

Assignment hashes (key, unit) into 10,000 buckets laid out by the variants' weights; the
variant is stored at first exposure, so a weight change mid-run moves only members who
have not seen the experiment yet."""

from __future__ import annotations

import hashlib
import json
import random
import time
from datetime import timedelta
from typing import Any, Literal

from pynamodb.exceptions import DoesNotExist, TransactWriteError
from pynamodb.expressions.update import Action

from siyu import clock
from siyu.db import transaction
from siyu.errors import NotFound, define_error
from siyu.experiments import stats
from siyu.experiments.models import Assignment, ExperimentItem, OrderApplied, VariantStats, experiment_pk
from siyu.experiments.schemas import BUCKETS, ExperimentDef, Results, VariantResult
from siyu.observability import logger
from siyu.txn import cancelled

# Paid orders of one member counted at once race on their revenue: retry with backoff.
ORDER_ATTEMPTS = 12

ExperimentNotRunning = define_error("EXPERIMENT_NOT_RUNNING", 409, "实验未在进行中")
UnknownVariant = define_error("EXPERIMENT_UNKNOWN_VARIANT", 400, "实验没有这个分组")


# --- definitions ------------------------------------------------------------------------


def save(definition: ExperimentDef) -> ExperimentDef:
    """Create or replace the definition (the key is natural: a retry writes the same item)."""
    ExperimentItem(
        pk=experiment_pk(definition.key),
        gsi1sk=definition.key,
        body=definition.model_dump_json(),
        updated_at=clock.now_iso(),
    ).save()
    return definition


def get(key: str) -> ExperimentDef:
    try:
        item = ExperimentItem.get(experiment_pk(key), "DEF")
    except DoesNotExist:
        raise NotFound(details={"experiment": key}) from None
    return ExperimentDef.model_validate_json(item.body)


def list_all() -> list[ExperimentDef]:
    return [ExperimentDef.model_validate_json(i.body) for i in ExperimentItem.by_list.query("EXPERIMENTS")]


def start(key: str) -> ExperimentDef:
    """Run from now on; a running experiment keeps its start (a retry changes nothing)."""
    definition = get(key)
    if definition.running():
        return definition
    definition.start_at, definition.stop_at = clock.now_iso(), None
    return save(definition)


def stop(key: str) -> ExperimentDef:
    """Stop now; a stopped (or never started) experiment is left as it is."""
    definition = get(key)
    if not definition.running():
        return definition
    definition.stop_at = clock.now_iso()
    return save(definition)


# --- assignment ---------------------------------------------------------------------------


def bucket(key: str, unit_id: str) -> int:
    digest = hashlib.sha256(f"{key}:{unit_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def bucket_variant(definition: ExperimentDef, unit_id: str) -> str:
    """The variant the weights give this unit (before any stored assignment)."""
    total = sum(v.weight for v in definition.variants)
    point = bucket(definition.key, unit_id) * total // BUCKETS
    upto = 0
    for variant in definition.variants:
        upto += variant.weight
        if point < upto:
            return variant.name
    return definition.variants[-1].name


def assigned_variant(definition: ExperimentDef, unit_id: str) -> str:
    """The stored variant if the unit was exposed, otherwise the bucketed one."""
    try:
        return str(Assignment.get(experiment_pk(definition.key), f"ASSIGN#{unit_id}").variant)
    except DoesNotExist:
        return bucket_variant(definition, unit_id)


# --- exposures and conversions ----------------------------------------------------------


def _stats_key(key: str, variant: str) -> tuple[str, str]:
    return experiment_pk(key), f"STATS#{variant}"


def record_exposure(key: str, unit_id: str, variant: str) -> bool:
    """The unit was shown `variant`: recorded once (assignment + counter in one transaction).
    Returns False when it was already recorded (a retry or a second view)."""
    definition = get(key)
    if not definition.running():
        raise ExperimentNotRunning(details={"experiment": key})
    if variant not in {v.name for v in definition.variants}:
        raise UnknownVariant(details={"variant": variant})
    pk = experiment_pk(key)
    try:
        with transaction() as tx:
            tx.save(
                Assignment(pk=pk, sk=f"ASSIGN#{unit_id}", variant=variant, exposed_at=clock.now_iso()),
                condition=Assignment.sk.does_not_exist(),
            )
            tx.update(
                VariantStats(*_stats_key(key, variant)),
                actions=[VariantStats.exposures.add(1)],
            )
    except TransactWriteError as exc:
        if _condition_failed(exc):
            return False
        raise
    return True


def expose(key: str, unit_id: str, claimed: str | None = None) -> tuple[str, bool]:
    """The viewer was shown the experiment: the SERVER decides the variant (the stored
    assignment, or the bucketed one, which is then stored). A variant the client claims is
    checked to exist but never stored; the answer carries the stored variant either way.
    Returns (variant, recorded now)."""
    definition = get(key)
    if claimed is not None and claimed not in {v.name for v in definition.variants}:
        raise UnknownVariant(details={"variant": claimed})
    variant = bucket_variant(definition, unit_id)
    recorded = record_exposure(key, unit_id, variant)
    if not recorded:
        variant = str(Assignment.get(experiment_pk(key), f"ASSIGN#{unit_id}", consistent_read=True).variant)
    if claimed is not None and claimed != variant:
        logger.info("exposure claimed another variant", extra={"experiment": key, "claimed": claimed})
    return variant, recorded


def _condition_failed(exc: TransactWriteError) -> bool:
    return cancelled(exc).condition_failed


def record_order_paid(member_id: str, order_id: str, amount_fen: int, paid_at: str) -> list[str]:
    """Count a paid order in every experiment where the member was exposed within the
    metric's window before `paid_at`. The first such order converts the member; every such
    order adds to their revenue. Each (experiment, order) counts once (EventBridge retries).
    Returns the experiment keys that counted it."""
    counted = []
    for definition in list_all():
        if definition.start_at is None:
            continue
        if _apply_order(definition, member_id, order_id, amount_fen, paid_at):
            counted.append(definition.key)
    return counted


def _apply_order(
    definition: ExperimentDef, member_id: str, order_id: str, amount_fen: int, paid_at: str
) -> bool:
    pk = experiment_pk(definition.key)
    for attempt in range(ORDER_ATTEMPTS):  # optimistic: the member's revenue is the condition
        try:
            assignment = Assignment.get(pk, f"ASSIGN#{member_id}", consistent_read=True)
        except DoesNotExist:
            return False
        window_end = clock.iso(
            clock.parse_iso(assignment.exposed_at) + timedelta(days=definition.primary_metric.window_days)
        )
        if not (assignment.exposed_at <= paid_at < window_end):
            return False
        old = int(assignment.revenue_fen)
        first = assignment.converted_at is None
        stat_actions: list[Action] = [
            VariantStats.revenue_sum.add(amount_fen),
            # Σr² changes by (r + a)² − r² for this member.
            VariantStats.revenue_sumsq.add(2 * old * amount_fen + amount_fen * amount_fen),
        ]
        assign_actions: list[Action] = [Assignment.revenue_fen.set(old + amount_fen)]
        if first:
            stat_actions.append(VariantStats.conversions.add(1))
            assign_actions.append(Assignment.converted_at.set(paid_at))
        try:
            with transaction() as tx:
                tx.save(
                    OrderApplied(pk=pk, sk=f"ORDER#{order_id}", member_id=member_id),
                    condition=OrderApplied.sk.does_not_exist(),
                )
                tx.update(
                    assignment,
                    actions=assign_actions,
                    condition=(Assignment.revenue_fen == old)
                    & (
                        Assignment.converted_at.does_not_exist()
                        if first
                        else Assignment.converted_at.exists()
                    ),
                )
                tx.update(VariantStats(*_stats_key(definition.key, assignment.variant)), actions=stat_actions)
        except TransactWriteError as exc:
            refused = cancelled(exc).refused
            if refused[:1] == [True]:
                return True  # this order was already counted
            if any(refused):
                # Another order of this member moved first: back off (jittered), re-read.
                time.sleep(random.uniform(0, 0.005 * 2 ** min(attempt, 6)))
                continue
            raise
        return True
    raise RuntimeError("order could not be applied after retries")  # the bus delivers it again


# --- results ------------------------------------------------------------------------------


def _status(definition: ExperimentDef) -> Literal["draft", "running", "stopped"]:
    if definition.start_at is None or clock.now_iso() < definition.start_at:
        return "draft"
    return "running" if definition.running() else "stopped"


def results(key: str, alpha: float = 0.05) -> Results:
    definition = get(key)
    counters = {
        item.sk.removeprefix("STATS#"): item
        for item in VariantStats.query(experiment_pk(key), VariantStats.sk.startswith("STATS#"))
    }

    def counts(name: str) -> tuple[int, int, int, int]:
        item = counters.get(name)
        if item is None:
            return (0, 0, 0, 0)
        return (int(item.exposures), int(item.conversions), int(item.revenue_sum), int(item.revenue_sumsq))

    control = definition.control
    n0, c0, rs0, rq0 = counts(control.name)
    rows: list[VariantResult] = []
    for variant in definition.variants:
        n, c, rs, rq = counts(variant.name)
        row = VariantResult(
            variant=variant.name,
            is_control=variant is control,
            weight=variant.weight,
            exposures=n,
            conversions=c,
            rate=c / n if n else 0.0,
            rate_ci=stats.wilson_interval(c, n),
            revenue_per_member_fen=rs / n if n else 0.0,
        )
        if variant is not control and n and n0:
            uplift = stats.relative_uplift_interval(c, n, c0, n0)
            if uplift is not None:
                row.uplift, row.uplift_ci = uplift[0], (uplift[1], uplift[2])
            row.z, row.p_value = stats.two_proportion_z_test(c, n, c0, n0)
            row.chance_to_beat_control = stats.chance_to_beat(c, n, c0, n0)
            welch = stats.welch_t_test(n, rs, rq, n0, rs0, rq0)
            if welch is not None:
                row.revenue_t, row.revenue_p_value = welch[0], welch[2]
        rows.append(row)

    srm = stats.srm_chi_square([r.exposures for r in rows], [v.weight for v in definition.variants])
    srm_flagged = srm is not None and srm[1] < 0.001
    baseline = rows[0].rate if rows[0].conversions else definition.baseline_rate
    needed = stats.sample_size_per_variant(min(baseline, 0.99), definition.minimum_detectable_effect, alpha)
    still = sum(max(0, needed - r.exposures) for r in rows if r.weight > 0)
    verdict: Literal["inconclusive", "winner", "no_difference", "sample_ratio_mismatch"]
    winner = None
    if len(rows) < 2 or still > 0:
        verdict = "inconclusive"
    elif srm_flagged:
        verdict = "sample_ratio_mismatch"
    else:
        significant = [r for r in rows[1:] if r.p_value is not None and r.p_value < alpha]
        best = max(rows, key=lambda r: r.rate)
        if significant and (best.is_control or best in significant):
            verdict, winner = "winner", best.variant
        else:
            verdict = "no_difference"
    return Results(
        key=key,
        status=_status(definition),
        variants=rows,
        srm_chi_square=srm[0] if srm else None,
        srm_p_value=srm[1] if srm else None,
        srm_flagged=srm_flagged,
        sample_needed_per_variant=needed,
        members_still_needed=still,
        verdict=verdict,
        winner=winner,
    )


def to_json(definition: ExperimentDef) -> dict[str, Any]:
    return dict(json.loads(definition.model_dump_json(by_alias=True, exclude_none=True)))
