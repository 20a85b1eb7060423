"""Demo vouchers (团购券): the shop has authorised Siyu on the fake local-life platform, each
store is bound to its POI, a linked buyer earns 1 point per yuan and the newcomer coupon, and
a few vouchers were bought on Kuaishou — type their codes at the console's 取餐台 → 团购券核销."""

from __future__ import annotations

from siyu.vouchers import platform, schemas, settings
from siyu_local.demo import context
from siyu_local.demo.shop import STORES

POIS = {store.store_id: f"POI-{store.store_id.removeprefix('STORE-')}" for store in STORES}


def seed() -> dict[str, str]:
    fake = context().locallife
    if fake is None:
        return {}
    for poi in POIS.values():
        fake.add_poi(poi)
    platform.client().authorize(fake.issue_auth_code())
    settings.save(
        schemas.VoucherSettingsIn(pois=POIS, points_per_yuan=1, first_visit_template_id="DEMO-NEWCOMER")
    )
    sold = [
        fake.sell_voucher(title="双人下午茶套餐", pay_fen=5990, original_fen=8800),
        fake.sell_voucher(title="招牌杨枝甘露 2 杯", pay_fen=2490, original_fen=3600),
        fake.sell_voucher(title="50 元代金券", pay_fen=4500, original_fen=5000, groupon_type=2),
    ]
    expired = fake.sell_voucher(title="过期的单人套餐", pay_fen=1990, original_fen=2800, valid_days=-1)
    return {
        "vouchers": "团购券 codes to verify at 取餐台: "
        + ", ".join(v["code"] for v in sold)
        + f" (expired: {expired['code']}); fake local-life platform {fake.base_url}",
    }
