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
LOCALLIFE_TEST_SECRET = "fake-locallife-secret-for-tests"


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
    from siyu import aws, cache, db, idempotency, kuaishou, secrets
    from siyu.config import get_settings
    from siyu.vouchers import counter, platform

    get_settings.cache_clear()
    aws.reset_clients()
    db.reset_connection()
    idempotency.reset()
    kuaishou.reset_client()
    platform.reset_client()
    counter.reset_limiter()
    secrets.clear_cache()
    cache.reset_all()  # every siyu.cache.TimedCache: rules, templates, sales, campaigns, memos
    _forget_model_connections()


def _forget_model_connections() -> None:
    """pynamodb keeps a connection (and its botocore client, with the endpoint it was made
    for) on each model class; drop them so the next call follows the current endpoint."""
    from pynamodb.models import Model

    pending: list[type[Model]] = [Model]
    while pending:
        cls = pending.pop()
        if "_connection" in vars(cls):
            cls._connection = None
        pending.extend(cls.__subclasses__())


DYNAMODB_ENDPOINT_VARIABLES = ("AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_DYNAMODB_STREAMS")


@contextmanager
def moto_stack(
    stack: Stack, kuaishou_secret: str = KUAISHOU_TEST_SECRET, *, dynamodb_url: str | None = None
) -> Iterator[None]:
    """Every table, queue, bus and secret of the template in a fresh in-process moto; with
    `dynamodb_url` (a DynamoDB Local), the tables are made there (emptied afterwards), and every DynamoDB and
    DynamoDB Streams client of the process goes there (moto only intercepts AWS hostnames)."""
    from moto import mock_aws

    from siyu_local import resources

    with mock_aws():
        if dynamodb_url:
            os.environ.update(dict.fromkeys(DYNAMODB_ENDPOINT_VARIABLES, dynamodb_url))
        try:
            values = {os.environ["KUAISHOU_SECRET_NAME"]: kuaishou_secret}
            if os.environ.get("LOCALLIFE_SECRET_NAME"):  # the local-life app (vouchers)
                values[os.environ["LOCALLIFE_SECRET_NAME"]] = LOCALLIFE_TEST_SECRET
            resources.create_all(stack, values, wall_clock_ttl=dynamodb_url is None)
            reset_caches()
            yield
        finally:
            if dynamodb_url:
                resources.empty_tables(stack)
                for name in DYNAMODB_ENDPOINT_VARIABLES:
                    os.environ.pop(name, None)
            reset_caches()
