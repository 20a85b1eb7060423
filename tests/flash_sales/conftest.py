from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from siyu import clock
from siyu.config import get_settings
from siyu.orders import catalogue, schemas
from siyu_local.moto_transactions import faster_transactions
from tests.conftest import STACK

# The environment the template gives the flash-sale functions (tests otherwise see Globals only).
for _logical_id in ("FlashSalesFunction", "FlashSaleOpenerFunction"):
    for _key, _value in STACK.functions()[_logical_id].environment.items():
        if _key.startswith("FLASH_SALE_"):
            os.environ[_key] = _value
# The flash-sale function creates orders (siyu.orders.checkout): it has the orders settings.
for _key, _value in STACK.functions()["FlashSalesFunction"].environment.items():
    os.environ.setdefault(_key, _value)
get_settings.cache_clear()


@pytest.fixture(autouse=True)
def _clock_back() -> Iterator[None]:
    yield
    clock.clock.reset()


@pytest.fixture
def at():
    """Freeze the clock at an ISO instant (UTC unless the text says otherwise)."""

    def freeze(instant: str) -> datetime:
        moment = clock.parse_iso(instant)
        clock.clock.freeze(moment)
        return moment

    return freeze


@pytest.fixture(autouse=True, scope="session")
def _faster_moto_transactions() -> Iterator[None]:
    with faster_transactions():
        yield


@pytest.fixture(autouse=True, scope="session")
def _botocore_data_read_once() -> Iterator[None]:
    """Each test's fresh clients would parse botocore's model files again (~0.4 s a test);
    the local runtime shares one loader per process, and so do these tests."""
    import botocore.session

    from siyu_local.runtime import share_botocore_data

    original = botocore.session.Session._register_data_loader
    share_botocore_data()
    yield
    botocore.session.Session._register_data_loader = original  # type: ignore[method-assign]


@pytest.fixture
def shop(aws: None, fake_kuaishou: Any) -> None:
    """The catalogue flash-sale and group-buy orders need: store S1, 杨枝甘露 (SKU M) and
    芝士葡萄 (SKU L)."""
    fake_kuaishou.default_notify_url = "http://127.0.0.1:9/v1/payments/kuaishou/notify"  # never paid here
    catalogue.put_category("fruit", schemas.CategoryIn(name="果茶", sort=1))
    catalogue.put_store("S1", schemas.StoreIn(name="静安寺店", address="南京西路1788号"))
    catalogue.put_product(
        "SKU-YZGL",
        schemas.ProductIn.model_validate(
            {
                "name": "杨枝甘露",
                "category_id": "fruit",
                "skus": [{"sku_id": "M", "name": "中杯", "price_fen": 1800}],
            }
        ),
    )
    catalogue.put_product(
        "SKU-ZSPT",
        schemas.ProductIn.model_validate(
            {
                "name": "芝士葡萄",
                "category_id": "fruit",
                "skus": [{"sku_id": "L", "name": "大杯", "price_fen": 2200}],
            }
        ),
    )
