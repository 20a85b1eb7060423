"""The catalogue: stores (address, opening hours, pickup slots), categories, products with
SKUs and options (甜度, 冰量, 加料), prices in fen, optional stock per SKU and availability
per store. Operations staff write it through the admin routes; the menu reads are public.

Reads are Queries on gsi1 (stores, categories, products by category) or on a product's
partition (the product and its stock in one Query). Stock changes only through
`set_stock` (staff) and the order flow's conditional writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from siyu import clock
from siyu.errors import ValidationFailed
from siyu.orders.errors import CategoryNotFound, ProductNotFound, StoreNotFound
from siyu.orders.models import Category, Product, StockItem, Store
from siyu.orders.paging import decode_cursor, encode_cursor
from siyu.orders.reads import partition
from siyu.orders.schemas import (
    ON_SALE,
    CategoryIn,
    CategoryView,
    ProductIn,
    ProductView,
    SkuView,
    StoreIn,
    StoreView,
)


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
