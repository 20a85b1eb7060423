"""One way to stand Siyu up in-process on moto, shared by tests, benchmarks and the local
runtime: the environment Lambda would see (from template.yaml), cache resets, and the
stack's resources in a fresh moto."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from siyu_local.template import Stack

KUAISHOU_TEST_SECRET = "fake-app-secret-for-tests"


def configure_environment(stack: Stack, extra: dict[str, str] | None = None) -> None:
    """Set what a deployed function would find in its environment, plus local credentials."""
    os.environ.update(stack.environment())
    os.environ.update(
        {
            "AWS_DEFAULT_REGION": stack.region,
            "AWS_REGION": stack.region,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing",
            "POWERTOOLS_SERVICE_NAME": "siyu",
            "POWERTOOLS_METRICS_NAMESPACE": "Siyu",
        }
    )
    os.environ.pop("AWS_PROFILE", None)
    os.environ.update(extra or {})
    # Handler modules have unique names, so every capability folder can be on the path at once.
    for function in stack.functions().values():
        if str(function.code_dir) not in sys.path:
            sys.path.insert(0, str(function.code_dir))


def reset_caches() -> None:
    """Forget configuration, clients, connections and secrets cached per container."""
    from siyu import aws, db, idempotency, kuaishou, secrets
    from siyu.auth import admins
    from siyu.config import get_settings
    from siyu.flash_sales import sales as flash_sales
    from siyu.flash_sales import stock as flash_stock
    from siyu.members import account, rules

    get_settings.cache_clear()
    aws.reset_clients()
    db.reset_connection()
    idempotency.reset()
    kuaishou.reset_client()
    secrets.clear_cache()
    rules.reset()
    account.forget_all()
    flash_sales.forget()
    flash_stock.forget_all()
    admins.forget_all()


@contextmanager
def moto_stack(stack: Stack, kuaishou_secret: str = KUAISHOU_TEST_SECRET) -> Iterator[None]:
    """Every table, queue, bus and secret of the template in a fresh in-process moto."""
    from moto import mock_aws

    from siyu_local import resources

    with mock_aws():
        resources.create_all(stack, {os.environ["KUAISHOU_SECRET_NAME"]: kuaishou_secret})
        reset_caches()
        try:
            yield
        finally:
            reset_caches()
