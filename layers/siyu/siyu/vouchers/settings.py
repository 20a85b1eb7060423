"""The merchant's voucher settings (one item in the app table): each Siyu store's local-life
POI id (the store the platform knows), the points a linked buyer earns per yuan paid, and the
first-visit coupon (a coupon template the merchant chooses) a buyer gets when first linked."""

from __future__ import annotations

from siyu import clock
from siyu.coupons import templates
from siyu.errors import SiyuError, ValidationFailed
from siyu.orders import catalogue
from siyu.vouchers.errors import VoucherStoreUnbound
from siyu.vouchers.models import VoucherSettings
from siyu.vouchers.schemas import VoucherSettingsIn


def load() -> VoucherSettingsIn:
    try:
        item = VoucherSettings.get(*VoucherSettings.KEY)
    except VoucherSettings.DoesNotExist:
        return VoucherSettingsIn()
    return VoucherSettingsIn.model_validate_json(item.spec)


def save(spec: VoucherSettingsIn) -> VoucherSettingsIn:
    for store_id in spec.pois:
        catalogue.get_store(store_id)  # 404 for an unknown store
    if spec.first_visit_template_id:
        try:
            templates.get(spec.first_visit_template_id)
        except SiyuError as exc:
            raise ValidationFailed(
                details=[{"field": "first_visit_template_id", "reason": "unknown coupon template"}]
            ) from exc
    VoucherSettings(*VoucherSettings.KEY, spec=spec.model_dump_json(), updated_at=clock.now_iso()).save()
    return spec


def poi_of(store_id: str) -> str:
    poi = load().pois.get(store_id)
    if not poi:
        raise VoucherStoreUnbound(details={"store_id": store_id})
    return poi
