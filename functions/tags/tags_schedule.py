"""The full tag runs (EventBridge Scheduler, Asia/Shanghai): hourly for time-based rules and
lifecycle ("no visit for 14 days" changes with no event), nightly with RFM classes too.
Each writes only the members whose tags differ and records "last computed"; dynamic
segments' sizes are refreshed from the same states."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu import segments
    from siyu.tags import evaluate

    kind = "nightly" if event.get("kind") == "nightly" else "hourly"
    result = evaluate.recompute(kind)
    sized = segments.refresh_sizes(result.states)
    metrics.add_metric(name="TagsRecomputeMembers", unit="Count", value=result.members)
    metrics.add_metric(name="TagsRecomputeDiffs", unit="Count", value=result.added + result.removed)
    logger.info("tags recomputed", extra={"kind": kind, "compute_ms": result.compute_ms})
    return {
        "kind": kind,
        "members": result.members,
        "added": result.added,
        "removed": result.removed,
        "compute_ms": result.compute_ms,
        "segments": sized,
    }
