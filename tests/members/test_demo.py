from siyu.members import gifts, rules
from siyu_local.demo import members as demo


def test_demo_seed_is_idempotent_and_keeps_stock(aws):
    summary = demo.seed()
    assert summary["gifts"] == "straw-cup, milk-tea-voucher"
    gifts.restock("straw-cup", -10)
    assert demo.seed() == summary
    loaded = rules.load()
    assert [lv.name for lv in loaded.levels.levels] == ["普通会员", "银卡会员", "金卡会员"]
    assert len(loaded.tasks) == len(demo.TASKS)
    assert [g["stock"] for g in gifts.catalogue_for("nobody")] == [40, 100]
