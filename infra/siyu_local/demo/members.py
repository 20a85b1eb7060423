"""Demo retention rules for a milk-tea shop: check-in points, tasks, three levels, a
birthday reward and two gifts. Idempotent: running it again changes nothing that members
did in between (gift stock is set only when a gift is first created)."""

from __future__ import annotations

from siyu.members import gifts, rules
from siyu.members.schemas import (
    BirthdayRule,
    CheckinRules,
    GiftDefinition,
    LevelRule,
    LevelRules,
    StreakBonus,
    TaskRule,
)

CHECKIN = CheckinRules(
    base_points=5,
    streak_bonuses=[StreakBonus(day=3, points=5), StreakBonus(day=7, points=20)],
    cycle_days=7,
    makeup_window_days=3,
    makeup_cost_points=20,
    makeup_max_per_month=2,
)

TASKS = [
    TaskRule(task_id="daily-checkin", kind="checkin", title="每日签到", points=2, sort=1),
    TaskRule(task_id="share-video", kind="share", title="分享门店视频", points=5, limit=3, sort=2),
    TaskRule(
        task_id="browse-menu", kind="browse", title="浏览新品菜单15秒", points=3, browse_seconds=15, sort=3
    ),
    TaskRule(task_id="comment", kind="comment", title="评价一次订单", points=10, sort=4),
    TaskRule(task_id="first-order", kind="first_order", title="完成首单", points=100, period="once", sort=5),
    TaskRule(task_id="invite-friend", kind="invite", title="邀请好友注册", points=30, limit=5, sort=6),
    TaskRule(task_id="assist", kind="assist", title="助力活动成功", points=20, limit=2, sort=7),
]

LEVELS = LevelRules(
    growth_basis="points_earned",
    levels=[
        LevelRule(key="normal", name="普通会员", threshold=0, perks=["每日签到得积分"]),
        LevelRule(
            key="silver",
            name="银卡会员",
            threshold=500,
            discount_bp=500,
            perks=["全场95折", "生日双倍积分"],
        ),
        LevelRule(
            key="gold",
            name="金卡会员",
            threshold=2000,
            discount_bp=1000,
            coupon_template_ids=["gold-monthly-free-topping"],
            perks=["全场9折", "每月免费加料券", "新品优先试饮"],
        ),
    ],
)

BIRTHDAY = BirthdayRule(enabled=True, points=188)

GIFTS = {
    "straw-cup": GiftDefinition(
        name="定制吸管杯",
        description="门店同款 500ml 吸管杯，凭兑换码到店领取",
        points_cost=300,
        per_member_limit=1,
        valid_days=30,
        sort=1,
        initial_stock=50,
    ),
    "milk-tea-voucher": GiftDefinition(
        name="中杯奶茶兑换券",
        description="任选一杯中杯奶茶，到店出示兑换码",
        points_cost=500,
        per_member_limit=2,
        valid_days=14,
        sort=2,
        initial_stock=100,
    ),
}


def seed() -> dict[str, str]:
    rules.save_checkin(CHECKIN, actor="demo")
    for task in TASKS:
        rules.save_task(task, actor="demo")
    rules.save_levels(LEVELS, actor="demo")
    rules.save_birthday(BIRTHDAY, actor="demo")
    for gift_id, definition in GIFTS.items():
        gifts.put_gift(gift_id, definition, actor="demo")
    return {
        "checkin rules": "5 points a day, +5 on day 3 and +20 on day 7 of each week; make-up 20 points",
        "tasks": ", ".join(t.task_id for t in TASKS),
        "levels": " / ".join(f"{lv.name} ({lv.threshold})" for lv in LEVELS.levels),
        "birthday reward": f"{BIRTHDAY.points} points",
        "gifts": ", ".join(GIFTS),
    }
