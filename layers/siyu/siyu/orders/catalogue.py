"""The catalogue: stores (address, opening hours, pickup slots), categories, products with
SKUs and options (甜度, 冰量, 加料), prices in fen, optional stock per SKU and availability
per store. Operations staff write it through the admin routes; the menu reads are public.

Reads are Queries on gsi1 (stores, categories, products by category) or on a product's
partition (the product and its stock in one Query). Stock changes only through
`set_stock` (staff) and the order flow's conditional writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, model_validator

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.coupons.terms import RefId
from siyu.errors import ValidationFailed
from siyu.orders.errors import CategoryNotFound, ProductNotFound, StoreNotFound
from siyu.orders.models import Category, Product, StockItem, Store
from siyu.orders.paging import decode_cursor, encode_cursor
from siyu.orders.reads import partition

HHMM = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="HH:MM, Asia/Shanghai")]
Name = Annotated[str, Field(min_length=1, max_length=40)]
ON_SALE, OFF_SALE = "ON_SALE", "OFF_SALE"


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


# ---------------------------------------------------------------- stores
class PickupRules(SiyuModel):
    """预约取餐: slots of `slot_minutes` from opening time, each taking `capacity` orders."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    slot_minutes: Literal[10, 15, 20, 30, 60] = 30
    capacity: int = Field(default=30, ge=1, le=1000, description="orders per slot")
    lead_minutes: int = Field(default=10, ge=0, le=240, description="earliest slot: now + this")
    days_ahead: int = Field(default=1, ge=0, le=7, description="0 = today only")


class StoreIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    address: str = Field(min_length=1, max_length=128)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    phone: str = Field(default="", max_length=32)
    opens: HHMM = "10:00"
    closes: HHMM = "22:00"
    status: Literal["OPEN", "CLOSED"] = "OPEN"
    sort: int = Field(default=0, ge=0, le=99999)
    pickup: PickupRules = Field(default_factory=PickupRules)

    @model_validator(mode="after")
    def _hours(self) -> StoreIn:
        if minutes(self.opens) >= minutes(self.closes):
            raise ValueError("opens must be before closes (same day)")
        return self


class StoreView(StoreIn):
    store_id: str

    @classmethod
    def of(cls, item: Store) -> StoreView:
        return cls.model_validate({**json.loads(item.spec), "store_id": item.store_id})


def put_store(store_id: str, spec: StoreIn) -> StoreView:
    now = clock.now_iso()
    Store(
        *Store.key(store_id),
        gsi1sk=f"{spec.sort:05d}#{store_id}",
        store_id=store_id,
        spec=spec.model_dump_json(),
        updated_at=now,
    ).save()
    return StoreView.model_validate({**spec.model_dump(), "store_id": store_id})


def get_store(store_id: str) -> StoreView:
    try:
        return StoreView.of(Store.get(*Store.key(store_id), consistent_read=True))
    except Store.DoesNotExist:
        raise StoreNotFound(details={"store_id": store_id}) from None


def list_stores(*, include_closed: bool = False) -> list[StoreView]:
    views = [StoreView.of(s) for s in Store.gsi1.query("STORES")]
    return views if include_closed else [v for v in views if v.status == "OPEN"]


# ---------------------------------------------------------------- categories
class CategoryIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=16)
    sort: int = Field(default=0, ge=0, le=99999)
    visible: bool = True


class CategoryView(CategoryIn):
    category_id: str


def put_category(category_id: str, spec: CategoryIn) -> CategoryView:
    Category(
        *Category.key(category_id),
        gsi1sk=f"{spec.sort:05d}#{category_id}",
        category_id=category_id,
        name=spec.name,
        sort=spec.sort,
        visible=spec.visible,
        updated_at=clock.now_iso(),
    ).save()
    return CategoryView(category_id=category_id, **spec.model_dump())


def list_categories(*, include_hidden: bool = False) -> list[CategoryView]:
    views = [
        CategoryView(category_id=c.category_id, name=c.name, sort=int(c.sort), visible=bool(c.visible))
        for c in Category.gsi1.query("CATEGORIES")
    ]
    return views if include_hidden else [v for v in views if v.visible]


# ---------------------------------------------------------------- products
class Sku(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    sku_id: RefId
    name: str = Field(min_length=1, max_length=16, description="e.g. 中杯, 大杯")
    price_fen: int = Field(ge=1, le=10_000_000, description="price in fen (分), 100 = ¥1.00")


class Choice(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    choice_id: RefId
    name: str = Field(min_length=1, max_length=16)
    price_delta_fen: int = Field(default=0, ge=0, le=100_000, description="added to the SKU price")


class OptionGroup(SiyuModel):
    """e.g. 甜度 (one of), 冰量 (one of), 加料 (up to 3)."""

    model_config = ConfigDict(extra="forbid")

    group_id: RefId
    name: str = Field(min_length=1, max_length=16)
    required: bool = True
    max_choices: int = Field(default=1, ge=1, le=12, description="1 = pick one")
    choices: list[Choice] = Field(min_length=1, max_length=12)
    default_choice_ids: list[RefId] = Field(
        default_factory=list, max_length=12, description="taken when an order does not say"
    )

    @model_validator(mode="after")
    def _consistent(self) -> OptionGroup:
        ids = [c.choice_id for c in self.choices]
        if len(ids) != len(set(ids)):
            raise ValueError(f"option group {self.group_id}: choice ids must be unique")
        if not set(self.default_choice_ids) <= set(ids):
            raise ValueError(f"option group {self.group_id}: defaults must be among the choices")
        if len(self.default_choice_ids) > self.max_choices:
            raise ValueError(f"option group {self.group_id}: more defaults than max_choices")
        return self

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.choice_id == choice_id), None)


class ProductIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    category_id: RefId
    description: str = Field(default="", max_length=200)
    image_url: str | None = Field(default=None, max_length=512)
    skus: list[Sku] = Field(min_length=1, max_length=10)
    option_groups: list[OptionGroup] = Field(default_factory=list, max_length=8)
    store_ids: list[RefId] = Field(default_factory=list, max_length=200, description="empty: every store")
    status: Literal["ON_SALE", "OFF_SALE"] = "ON_SALE"
    sort: int = Field(default=0, ge=0, le=99999)

    @model_validator(mode="after")
    def _unique(self) -> ProductIn:
        skus = [s.sku_id for s in self.skus]
        groups = [g.group_id for g in self.option_groups]
        if len(skus) != len(set(skus)) or len(groups) != len(set(groups)):
            raise ValueError("sku and option group ids must be unique")
        return self

    def sku(self, sku_id: str) -> Sku | None:
        return next((s for s in self.skus if s.sku_id == sku_id), None)

    def sold_in(self, store_id: str) -> bool:
        return not self.store_ids or store_id in self.store_ids


class SkuView(Sku):
    stock_left: int | None = Field(description="units left; null = not limited")
    sold_out: bool


class ProductView(SiyuModel):
    product_id: str
    name: str
    category_id: str
    description: str
    image_url: str | None
    skus: list[SkuView]
    option_groups: list[OptionGroup]
    store_ids: list[str] = Field(description="empty: every store")
    status: str
    sort: int
    price_from_fen: int = Field(description="the cheapest SKU")


@dataclass(frozen=True)
class CatalogueProduct:
    """A product as the order flow reads it (spec + version)."""

    product_id: str
    spec: ProductIn
    version: int

    @classmethod
    def of(cls, item: Product) -> CatalogueProduct:
        return cls(item.product_id, ProductIn.model_validate_json(item.spec), int(item.version))


def view_of(p: CatalogueProduct, stock: dict[str, StockItem] | None = None) -> ProductView:
    stock = stock or {}
    skus = []
    for s in p.spec.skus:
        item = stock.get(s.sku_id)
        left = int(item.left) if item is not None and item.tracked else None
        skus.append(SkuView(**s.model_dump(), stock_left=left, sold_out=left is not None and left <= 0))
    return ProductView(
        product_id=p.product_id,
        name=p.spec.name,
        category_id=p.spec.category_id,
        description=p.spec.description,
        image_url=p.spec.image_url,
        skus=skus,
        option_groups=p.spec.option_groups,
        store_ids=p.spec.store_ids,
        status=p.spec.status,
        sort=p.spec.sort,
        price_from_fen=min(s.price_fen for s in p.spec.skus),
    )


def put_product(product_id: str, spec: ProductIn) -> ProductView:
    """Create or replace a product (SKUs, options, stores). Its stock is set apart (`set_stock`)."""
    try:
        Category.get(*Category.key(spec.category_id))
    except Category.DoesNotExist:
        raise CategoryNotFound(details={"category_id": spec.category_id}) from None
    item = Product(*Product.key(product_id))
    item.update(
        actions=[
            Product.gsi1pk.set("PRODUCTS"),
            Product.gsi1sk.set(Product.index_sk(spec.category_id, spec.sort, product_id)),
            Product.product_id.set(product_id),
            Product.category_id.set(spec.category_id),
            Product.status.set(spec.status),
            Product.all_stores.set(not spec.store_ids),
            Product.store_ids.set(spec.store_ids),
            Product.spec.set(spec.model_dump_json()),
            Product.version.add(1),
            Product.updated_at.set(clock.now_iso()),
        ]
    )
    return get_product(product_id)


def read_product(product_id: str) -> tuple[CatalogueProduct, dict[str, StockItem]]:
    """The product and its stock items: one Query on the product's partition."""
    product: CatalogueProduct | None = None
    stock: dict[str, StockItem] = {}
    for raw in partition(f"PRODUCT#{product_id}"):
        sk = raw["sk"]["S"]
        if sk == "PRODUCT":
            product = CatalogueProduct.of(Product.from_raw_data(raw))
        elif sk.startswith("STOCK#"):
            item = StockItem.from_raw_data(raw)
            stock[item.sku_id] = item
    if product is None:
        raise ProductNotFound(details={"product_id": product_id})
    return product, stock


def get_product(product_id: str) -> ProductView:
    product, stock = read_product(product_id)
    return view_of(product, stock)


def order_target(product_id: str, store_id: str | None, sku_id: str | None) -> tuple[str | None, str | None]:
    """The store and SKU that orders of a flash sale or group-buy deal use; unset: the first
    open store and the product's first SKU (None when the catalogue has neither: such orders
    are refused until they are set)."""
    if store_id is None:
        stores = list_stores()
        store_id = stores[0].store_id if stores else None
    if sku_id is None:
        try:
            product, _ = read_product(product_id)
            sku_id = product.spec.skus[0].sku_id
        except ProductNotFound:
            sku_id = None
    return store_id, sku_id


def set_stock(product_id: str, sku_id: str, left: int | None) -> ProductView:
    """Units left of a SKU (staff count); None stops limiting it. Later orders take from this."""
    product, _ = read_product(product_id)
    if product.spec.sku(sku_id) is None:
        raise ValidationFailed(details=[{"field": "sku_id", "reason": "unknown SKU of this product"}])
    StockItem(
        *StockItem.key(product_id, sku_id),
        product_id=product_id,
        sku_id=sku_id,
        left=left or 0,
        tracked=left is not None,
        updated_at=clock.now_iso(),
    ).save()
    return get_product(product_id)


@dataclass(frozen=True)
class ProductPage:
    products: list[ProductView]
    next_cursor: str | None


def list_products(
    *,
    store_id: str | None = None,
    category_id: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
    include_off_sale: bool = False,
) -> ProductPage:
    """The menu, by category then sort order: one Query on gsi1 (filtered by status and store)."""
    key_condition = Product.gsi1sk.startswith(f"{category_id}#") if category_id else None
    condition = None
    if not include_off_sale:
        condition = Product.status == ON_SALE
    if store_id:
        in_store = (Product.all_stores == True) | Product.store_ids.contains(store_id)  # noqa: E712
        condition = in_store if condition is None else condition & in_store
    results = Product.gsi1.query(
        "PRODUCTS",
        key_condition,
        filter_condition=condition,
        limit=limit,
        last_evaluated_key=decode_cursor(cursor),
    )
    products = [view_of(CatalogueProduct.of(item)) for item in results]
    next_key = results.last_evaluated_key if len(products) == limit else None
    return ProductPage(products, encode_cursor(next_key))
