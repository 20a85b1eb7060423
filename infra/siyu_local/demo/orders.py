"""The demo shop's catalogue: the stores, categories and menu of `demo/shop.py` written
through siyu.orders (中杯 at the menu price, 大杯 at +3 yuan, sweetness and temperature
options, a small stock of the seasonal drink), so `make dev` shows a real menu and an order
can be paid on the fake platform's /pay page. Idempotent: every write is a PUT by id."""

from __future__ import annotations

from siyu.orders import catalogue
from siyu.orders.schemas import CategoryIn, PickupRules, ProductIn, StoreIn
from siyu_local.demo import context, shop

CATEGORY_IDS = {"果茶": "fruit-tea", "奶茶": "milk-tea", "咖啡": "coffee"}
SWEETNESS_IDS = ("full", "70", "50", "30", "none")
TEMPERATURE_IDS = ("ice", "less-ice", "no-ice", "room", "hot")
SEASONAL = ("SKU-ZSPT", 50)  # 芝士葡萄: limited by the grapes of the day


def _product(item: shop.MenuItem, sort: int) -> ProductIn:
    return ProductIn.model_validate(
        {
            "name": item.name,
            "category_id": CATEGORY_IDS.get(item.category, "other"),
            "description": item.description,
            "image_url": f"https://cdn.siyu.local/menu/{item.sku}.jpg",  # the Kuaishou order cover
            "skus": [
                {"sku_id": "M", "name": "中杯", "price_fen": item.price_fen},
                {"sku_id": "L", "name": "大杯", "price_fen": item.price_fen + shop.LARGE_CUP_EXTRA_FEN},
            ],
            "option_groups": [
                {
                    "group_id": "sweetness",
                    "name": "甜度",
                    "choices": [
                        {"choice_id": cid, "name": name}
                        for cid, name in zip(SWEETNESS_IDS, shop.SWEETNESS, strict=True)
                    ],
                    "default_choice_ids": ["50"],
                },
                {
                    "group_id": "temperature",
                    "name": "温度",
                    "choices": [
                        {"choice_id": cid, "name": name}
                        for cid, name in zip(TEMPERATURE_IDS, shop.TEMPERATURE, strict=True)
                    ],
                    "default_choice_ids": ["less-ice"],
                },
            ],
            "sort": sort,
        }
    )


def seed() -> dict[str, str]:
    for sort, store in enumerate(shop.STORES):
        catalogue.put_store(
            store.store_id,
            StoreIn(
                name=store.name,
                address=store.address,
                latitude=store.latitude,
                longitude=store.longitude,
                phone=store.phone,
                opens=store.opens,
                closes=store.closes,
                sort=sort,
                pickup=PickupRules(slot_minutes=30, capacity=20, lead_minutes=15, days_ahead=1),
            ),
        )
    for sort, (name, category_id) in enumerate(CATEGORY_IDS.items()):
        catalogue.put_category(category_id, CategoryIn(name=name, sort=sort))
    for sort, item in enumerate(shop.MENU):
        catalogue.put_product(item.sku, _product(item, sort))
    product_id, units = SEASONAL
    catalogue.set_stock(product_id, "M", units)
    catalogue.set_stock(product_id, "L", units)

    ctx = context()
    store_id = shop.STORES[0].store_id
    example = (
        f'POST {ctx.api_url}/v1/orders + Idempotency-Key, {{"store_id": "{store_id}", '
        f'"items": [{{"product_id": "{shop.MENU[0].sku}", "sku_id": "M", "quantity": 1}}]}}'
    )
    return {
        "menu": f"{len(shop.MENU)} drinks in {len(CATEGORY_IDS)} categories: GET {ctx.api_url}/v1/products",
        "order": example,
        "pay": f"{ctx.kuaishou.base_url}/pay (sends the signed callback to /v1/payments/kuaishou/notify)",
    }
