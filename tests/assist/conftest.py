from __future__ import annotations

from collections.abc import Iterator

import pytest

from siyu import clock
from siyu.assist import campaigns, rules
from siyu_local.moto_transactions import faster_transactions


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    """The abuse rules and campaigns are cached per container; each test has its own moto."""
    rules.reset()
    campaigns.forget()
    yield
    rules.reset()
    campaigns.forget()
    clock.clock.reset()


@pytest.fixture(autouse=True, scope="session")
def _faster_moto_transactions() -> Iterator[None]:
    with faster_transactions():
        yield


@pytest.fixture(autouse=True, scope="package")
def _one_botocore_loader() -> Iterator[None]:
    """pynamodb opens a botocore session per thread; reading botocore's model files once for
    all of them keeps the 30-thread tests fast (as the local runtime does)."""
    import botocore.session

    from siyu_local.runtime import share_botocore_data

    original = botocore.session.Session._register_data_loader
    share_botocore_data()
    yield
    botocore.session.Session._register_data_loader = original  # type: ignore[method-assign]
