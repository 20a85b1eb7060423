"""A day's vouchers against the local-life platform's bill (GET …/bill/query/v2, §14.3).

Each VERIFY record of the day's bill should be a voucher Siyu verified that day with the same
verify_id and amount; each voucher Siyu verified that day should be on the bill; each CANCEL
record should be a voucher Siyu undid. Differences are listed for staff with the day's other
reconciliation issues (siyu.settlement's ReconIssue items under `RECON#<day>`, kinds
`ks_local_*`, read by GET /v1/admin/reconciliations/{day}); the run's figures per store are kept
beside the epay run (`RECON#<day>` / `RUN#KS_LOCAL`). Running a day again rewrites the same
items (one per voucher and kind)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from siyu import clock
from siyu.observability import logger, metrics
from siyu.settlement.models import ReconIssue, ReconRun
from siyu.vouchers import platform
from siyu.vouchers.counter import of_day
from siyu.vouchers.models import CANCELLED, Voucher

RUN_SK = "RUN#KS_LOCAL"


@dataclass
class Result:
    day: str
    matched: int = 0
    issues: list[dict[str, Any]] = field(default_factory=list)
    figures: dict[str, dict[str, int]] = field(default_factory=dict)


def bill(day: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    cursor = "0"
    while True:
        page = platform.client().bill(day, cursor)
        records += [r for r in page.get("records") or [] if isinstance(r, dict)]
        if not page.get("has_more"):
            return records
        cursor = str(page.get("cursor") or "")


def _issue(result: Result, ref: str, kind: str, note: str, siyu: int | None, theirs: int | None) -> None:
    ReconIssue(
        f"RECON#{result.day}",
        f"ISSUE#{ref}#{kind}",
        day=result.day,
        order_id=ref,
        kind=kind,
        repaired=False,
        siyu_fen=siyu,
        platform_fen=theirs,
        note=note,
        found_at=clock.now_iso(),
    ).save()
    result.issues.append({"ref": ref, "kind": kind, "siyu_fen": siyu, "platform_fen": theirs, "note": note})


def run(day: str) -> Result:
    result = Result(day=day)
    ours = {str(v.verify_id): v for v in of_day(day) if v.verify_id}
    records = bill(day)
    verifies = {str(r.get("verify_id")): r for r in records if r.get("biz_type") == "VERIFY"}
    for verify_id, record in verifies.items():
        v = ours.get(verify_id)
        amount = int(record.get("amount") or 0)
        if v is None:
            _issue(
                result,
                str(record.get("certificate_id")),
                "ks_local_missing_in_siyu",
                "快手本地生活账单有核销、思域无记录（可能在其他工具核销）",
                None,
                amount,
            )
        elif int(v.pay_fen) != amount:
            _issue(
                result,
                v.order_id or v.certificate_id,
                "ks_local_amount_mismatch",
                "团购券金额不一致",
                int(v.pay_fen),
                amount,
            )
        else:
            result.matched += 1
            fig = result.figures.setdefault(str(v.store_id), {"verified": 0, "verified_fen": 0, "fee_fen": 0})
            fig["verified"] += 1
            fig["verified_fen"] += amount
            fig["fee_fen"] += int(record.get("fee") or 0)
    for verify_id, v in ours.items():
        if verify_id not in verifies:
            _issue(
                result,
                v.order_id or v.certificate_id,
                "ks_local_missing_at_platform",
                "思域有核销、快手本地生活账单无",
                int(v.pay_fen),
                None,
            )
    for record in records:
        if record.get("biz_type") != "CANCEL":
            continue
        try:
            v = Voucher.get(*Voucher.key(str(record.get("certificate_id"))))
            undone = v.state == CANCELLED or v.verify_id != record.get("verify_id")
        except Voucher.DoesNotExist:
            undone = False
        if not undone:
            _issue(
                result,
                str(record.get("certificate_id")),
                "ks_local_cancel_missing_in_siyu",
                "快手本地生活已撤销核销、思域仍为已核销",
                None,
                int(record.get("amount") or 0),
            )
    ReconRun(
        f"RECON#{day}",
        RUN_SK,
        day=day,
        figures=json.dumps(result.figures, separators=(",", ":")),
        matched=result.matched,
        repaired=0,
        issues=len(result.issues),
        ran_at=clock.now_iso(),
    ).save()
    metrics.add_metric(name="VoucherReconciliationIssues", unit="Count", value=len(result.issues))
    logger.info(
        "vouchers reconciled", extra={"day": day, "matched": result.matched, "issues": len(result.issues)}
    )
    return result
