"""Page modules (模块化): every kind a page may hold, each with a validated configuration.
Shared vocabulary of pages (siyu.pages.layouts) and experiments (a variant's layout).

A layout is an ordered list of modules; `kind` selects the model (a discriminated union),
so an unknown kind or a bad field is refused naming the field at fault."""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import ConfigDict, Field, TypeAdapter, model_validator

from siyu.base_model import SiyuModel

ModuleId = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_-]+$")]
Url = Annotated[str, Field(min_length=1, max_length=500, pattern=r"^(https://|/)")]
Copy = Annotated[str, Field(min_length=1, max_length=200)]


class ModuleAudience(SiyuModel):
    """Who sees a module: new members only (registered within `new_member_days`), a level range."""

    model_config = ConfigDict(extra="forbid")
    new_members_only: bool = False
    new_member_days: int = Field(default=30, ge=1, le=365)
    min_level_rank: int | None = Field(default=None, ge=0, le=50)
    max_level_rank: int | None = Field(default=None, ge=0, le=50)


class _Module(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    id: ModuleId
    audience: ModuleAudience | None = None


class Slide(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    image_url: Url
    link: Url | None = None


class BannerCarousel(_Module):
    kind: Literal["banner_carousel"]
    slides: list[Slide] = Field(min_length=1, max_length=10)
    interval_ms: int = Field(default=4000, ge=1000, le=30000)


class ProductList(_Module):
    kind: Literal["product_list"]
    title: Copy | None = None
    category: str | None = Field(default=None, min_length=1, max_length=64)
    product_ids: list[Annotated[str, Field(min_length=1, max_length=64)]] | None = Field(
        default=None, min_length=1, max_length=50
    )
    limit: int = Field(default=10, ge=1, le=50)

    @model_validator(mode="after")
    def _one_source(self) -> ProductList:
        if (self.category is None) == (self.product_ids is None):
            raise ValueError("give exactly one of category or product_ids")
        return self


class RecommendedProducts(_Module):
    """Products recommended for this member (GET /v1/recommendations with `context`): the
    client fetches them when it renders the module."""

    kind: Literal["recommended_products"]
    title: Copy = "为你推荐"
    context: Literal["home", "cart", "after_order"] = "home"
    limit: int = Field(default=6, ge=1, le=20)


class CouponBlock(_Module):
    kind: Literal["coupon_block"]
    template_ids: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(
        min_length=1, max_length=10
    )
    title: Copy | None = None


class CheckinEntry(_Module):
    kind: Literal["checkin_entry"]
    title: Copy = "每日签到"


class FlashSaleStrip(_Module):
    kind: Literal["flash_sale_strip"]
    sale_ids: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(
        default_factory=list, max_length=10
    )
    show_countdown: bool = True


class AssistEntry(_Module):
    kind: Literal["assist_entry"]
    campaign_id: str = Field(min_length=1, max_length=64)
    title: Copy | None = None


class LiveEntry(_Module):
    kind: Literal["live_entry"]
    stream_id: str | None = Field(default=None, min_length=1, max_length=64)
    title: Copy | None = None


class FirstOrderPopup(_Module):
    kind: Literal["first_order_popup"]
    style: Literal["classic", "bold", "minimal"] = "classic"
    color: str = Field(default="#FF5000", pattern=r"^#[0-9A-Fa-f]{6}$")
    copy_text: Copy = Field(alias="copy")
    coupon_template_id: str | None = Field(default=None, min_length=1, max_length=64)
    trigger: Literal["on_open", "after_delay", "on_scroll", "on_exit"] = "on_open"
    delay_seconds: int = Field(default=0, ge=0, le=120)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class CustomerServicePopup(_Module):
    kind: Literal["customer_service_popup"]
    contact: str = Field(min_length=1, max_length=64)
    qr_code_url: Url
    trigger: Literal["on_open", "after_delay", "on_tap"] = "on_tap"


Module = Annotated[
    BannerCarousel
    | ProductList
    | RecommendedProducts
    | CouponBlock
    | CheckinEntry
    | FlashSaleStrip
    | AssistEntry
    | LiveEntry
    | FirstOrderPopup
    | CustomerServicePopup,
    Field(discriminator="kind"),
]

MODULE_KINDS = (
    "banner_carousel",
    "product_list",
    "recommended_products",
    "coupon_block",
    "checkin_entry",
    "flash_sale_strip",
    "assist_entry",
    "live_entry",
    "first_order_popup",
    "customer_service_popup",
)


def module_schemas() -> dict[str, dict[str, object]]:
    """The JSON schema of each module kind (by alias), for forms generated from it."""
    union = get_args(get_args(Module)[0])
    return {m.model_fields["kind"].annotation.__args__[0]: m.model_json_schema(by_alias=True) for m in union}


Layout = Annotated[list[Module], Field(min_length=1, max_length=30)]
# Built on first use, like the models (siyu.base_model): importing the API's shapes stays light.
layout_adapter: TypeAdapter[list[Module]] = TypeAdapter(Layout, config=ConfigDict(defer_build=True))


def dump_layout(modules: list[Module]) -> list[dict[str, object]]:
    return [m.model_dump(mode="json", by_alias=True, exclude_none=True) for m in modules]
