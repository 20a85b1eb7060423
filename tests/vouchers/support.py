"""Helpers of the voucher tests."""

from __future__ import annotations

from typing import Any

from siyu.orders import catalogue
from siyu.orders.schemas import StoreIn
from siyu.vouchers import counter, platform, schemas, settings
from siyu_local.fake_locallife import FakeLocalLife

STORE, OTHER_STORE, FOREIGN_STORE = "S1", "S2", "S3"
POIS = {STORE: "POI-1", OTHER_STORE: "POI-2", FOREIGN_STORE: "POI-FOREIGN"}


def setup_shop(fake: FakeLocalLife, template_id: str | None = None, points_per_yuan: int = 1) -> None:
    catalogue.put_store(STORE, StoreIn(name="静安寺店", address="南京西路1788号"))
    catalogue.put_store(OTHER_STORE, StoreIn(name="徐汇滨江店", address="龙腾大道2555号"))
    catalogue.put_store(FOREIGN_STORE, StoreIn(name="别家门店", address="某路1号"))
    fake.add_poi(POIS[STORE])
    fake.add_poi(POIS[OTHER_STORE])
    fake.add_poi(POIS[FOREIGN_STORE], account_id="another-merchant")
    settings.save(
        schemas.VoucherSettingsIn(
            pois=POIS, points_per_yuan=points_per_yuan, first_visit_template_id=template_id
        )
    )
    platform.client().authorize(fake.issue_auth_code())


def prepare(code: str, store: str = STORE) -> schemas.Prepared:
    return counter.prepare(schemas.PrepareIn(store_id=store, code=code))


def verify(
    prepared: schemas.Prepared, key: str = "verify-key-1", store: str = STORE, admin: str = "clerk-1"
) -> Any:
    body = schemas.VerifyIn(
        store_id=store, certificate_id=prepared.voucher.certificate_id, verify_token=prepared.verify_token
    )
    return counter.verify(body, key=key, admin_id=admin)


def vouchers_and_orders() -> list[str]:
    """Keys of every voucher and order item (a test's Scan: what a request left behind)."""
    from siyu.vouchers.models import Voucher

    return sorted(
        f"{item.pk}/{item.sk}"
        for item in Voucher.scan(Voucher.pk.startswith("KSVOUCHER#") | Voucher.pk.startswith("ORDER#"))
    )
