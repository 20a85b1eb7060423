"""The demo shop every capability seeds from: a milk-tea brand in Shanghai with two stores
and a small menu. Plain data (prices in fen); no capability owns it yet, so nothing is
written here — the catalogue, coupons, flash sale and live stream seed from these values."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Store:
    store_id: str
    name: str
    address: str
    latitude: float
    longitude: float
    opens: str  # HH:MM, Asia/Shanghai
    closes: str
    phone: str


@dataclass(frozen=True)
class MenuItem:
    sku: str
    name: str
    category: str
    price_fen: int
    description: str


SHOP_NAME = "栀屿茶事"
SHOP_SLOGAN = "一杯好茶，从上海弄堂出发"

STORES = (
    Store(
        "STORE-JINGAN",
        "静安寺店",
        "上海市静安区南京西路1788号1层",
        31.2235,
        121.4455,
        "10:00",
        "22:00",
        "021-6288 0001",
    ),
    Store(
        "STORE-XUHUI",
        "徐汇滨江店",
        "上海市徐汇区龙腾大道2555号",
        31.1760,
        121.4610,
        "10:30",
        "21:30",
        "021-6288 0002",
    ),
)

MENU = (
    MenuItem("SKU-YZGL", "杨枝甘露", "果茶", 1800, "芒果、西柚、椰奶与西米"),
    MenuItem("SKU-ZSPT", "芝士葡萄", "果茶", 2200, "当季夏黑葡萄配咸芝士奶盖"),
    MenuItem("SKU-NMLC", "柠檬茶", "果茶", 1200, "手打香水柠檬，鸭屎香底茶"),
    MenuItem("SKU-MLNL", "茉莉奶绿", "奶茶", 1500, "茉莉绿茶与鲜牛乳"),
    MenuItem("SKU-HTZZ", "黑糖珍珠鲜奶", "奶茶", 1700, "现熬黑糖珍珠"),
    MenuItem("SKU-SYNT", "生椰拿铁", "咖啡", 1900, "生椰乳与意式浓缩"),
)

SWEETNESS = ("全糖", "七分糖", "五分糖", "三分糖", "不另外加糖")
TEMPERATURE = ("正常冰", "少冰", "去冰", "常温", "热")
LARGE_CUP_EXTRA_FEN = 300


def seed() -> dict[str, str]:
    stores = "、".join(s.name for s in STORES)
    return {"shop": f"{SHOP_NAME} — {len(STORES)} stores ({stores}), {len(MENU)} drinks on the menu"}
