"""The demo's popup case: the bold style lifts first-order conversion by 27% and wins."""

from __future__ import annotations

import pytest

from siyu.experiments import core
from siyu_local.demo import experiments as demo


def test_demo_bold_popup_wins_with_a_27_percent_lift(aws):
    demo.simulate()
    result = core.results(demo.KEY)
    rows = {r.variant: r for r in result.variants}
    assert rows["bold"].uplift == pytest.approx(0.27, abs=0.005)  # 178 vs 140 of 350
    assert (result.verdict, result.winner, result.srm_flagged) == ("winner", "bold", False)
