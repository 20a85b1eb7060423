"""The plain-Python statistics agree with scipy/statsmodels to 1e-6, edge cases included."""

from __future__ import annotations

import math
import random

import pytest
from scipy import integrate, stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportion_effectsize,
    proportions_ztest,
)

from siyu.experiments import stats as s

TOL = 1e-6

# (conversions, exposures) treatment vs control, including tiny samples and zeros.
PAIRS = [
    (127, 1000, 100, 1000),
    (0, 10, 0, 12),
    (0, 50, 3, 50),
    (1, 3, 2, 4),
    (5, 5, 4, 5),
    (63, 500, 50, 500),
    (2400, 20000, 2300, 20000),
]


@pytest.mark.parametrize("p", [1e-9, 0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999999])
def test_norm_ppf(p):
    assert s.norm_ppf(p) == pytest.approx(stats.norm.ppf(p), abs=TOL)


@pytest.mark.parametrize(("a", "b", "x"), [(0.5, 0.5, 0.3), (3.2, 0.5, 0.9), (50, 0.5, 0.99), (2, 7, 0.01)])
def test_betainc(a, b, x):
    from scipy.special import betainc

    assert s.betainc(a, b, x) == pytest.approx(betainc(a, b, x), abs=1e-12)


@pytest.mark.parametrize(("df", "x"), [(1, 0.0), (1, 3.84), (2, 20.0), (3, 0.5), (5, 100.0), (9, 12.1)])
def test_chi2_sf(df, x):
    assert s.chi2_sf(x, df) == pytest.approx(stats.chi2.sf(x, df), abs=1e-12)


@pytest.mark.parametrize(("c1", "n1", "c0", "n0"), PAIRS)
def test_wilson_interval(c1, n1, c0, n0):
    for c, n in ((c1, n1), (c0, n0)):
        lo, hi = proportion_confint(c, n, alpha=0.05, method="wilson")
        assert s.wilson_interval(c, n) == pytest.approx((lo, hi), abs=TOL)


@pytest.mark.parametrize(("c1", "n1", "c0", "n0"), PAIRS)
def test_two_proportion_z_test(c1, n1, c0, n0):
    z, p = s.two_proportion_z_test(c1, n1, c0, n0)
    pooled = (c1 + c0) / (n1 + n0)
    if pooled in (0.0, 1.0):
        # statsmodels divides by zero here; no variance means no evidence.
        assert (z, p) == (0.0, 1.0)
        return
    ez, ep = proportions_ztest([c1, c0], [n1, n0])
    assert z == pytest.approx(ez, abs=TOL)
    assert p == pytest.approx(ep, abs=TOL)


@pytest.mark.parametrize(("c1", "n1", "c0", "n0"), PAIRS)
def test_relative_uplift_interval(c1, n1, c0, n0):
    got = s.relative_uplift_interval(c1, n1, c0, n0)
    if c1 == 0 or c0 == 0:
        assert got is None
        return
    lo, hi = confint_proportions_2indep(c1, n1, c0, n0, method="log", compare="ratio")
    assert got is not None
    assert got[0] == pytest.approx((c1 / n1) / (c0 / n0) - 1, abs=TOL)
    assert got[1:] == pytest.approx((lo - 1, hi - 1), abs=TOL)


@pytest.mark.parametrize(("c1", "n1", "c0", "n0"), PAIRS)
def test_chance_to_beat_control(c1, n1, c0, n0):
    post1 = stats.beta(1 + c1, 1 + n1 - c1)
    post0 = stats.beta(1 + c0, 1 + n0 - c0)
    # P(p1 > p0) = ∫ f1(x) F0(x) dx, integrated where the posteriors have mass.
    lo = max(0.0, min(post1.ppf(1e-12), post0.ppf(1e-12)))
    hi = min(1.0, max(post1.isf(1e-12), post0.isf(1e-12)))
    expected, _ = integrate.quad(
        lambda x: post1.pdf(x) * post0.cdf(x), lo, hi, epsabs=1e-13, epsrel=1e-12, limit=500
    )
    assert s.chance_to_beat(c1, n1, c0, n0) == pytest.approx(expected, abs=TOL)


def test_chance_to_beat_is_symmetric_and_half_for_identical_data():
    assert s.chance_to_beat(10, 100, 10, 100) == pytest.approx(0.5, abs=1e-12)
    assert s.chance_to_beat(12, 100, 9, 100) + s.chance_to_beat(9, 100, 12, 100) == pytest.approx(1.0)


def _samples(rng: random.Random, n: int, rate: float, mean: float) -> list[float]:
    return [rng.expovariate(1 / mean) if rng.random() < rate else 0.0 for _ in range(n)]


@pytest.mark.parametrize(("n1", "n0", "seed"), [(2, 2, 1), (3, 7, 2), (200, 180, 3), (5000, 5000, 4)])
def test_welch_t_test_from_sufficient_statistics(n1, n0, seed):
    rng = random.Random(seed)
    x1 = [round(v) for v in _samples(rng, n1, 0.3, 3000)]
    x0 = [round(v) for v in _samples(rng, n0, 0.25, 2800)]
    x1[0], x0[0] = 2500.0, 1999.0  # never all zero
    got = s.welch_t_test(n1, sum(x1), sum(v * v for v in x1), n0, sum(x0), sum(v * v for v in x0))
    res = stats.ttest_ind(x1, x0, equal_var=False)
    assert got is not None
    assert got[0] == pytest.approx(res.statistic, abs=TOL)
    assert got[2] == pytest.approx(res.pvalue, abs=TOL)


def test_welch_undefined_for_one_member_or_no_variance():
    assert s.welch_t_test(1, 5, 25, 10, 5, 25) is None
    assert s.welch_t_test(3, 0, 0, 3, 0, 0) is None


@pytest.mark.parametrize(
    ("observed", "weights"),
    [([5000, 5000], [50, 50]), ([5200, 4800], [1, 1]), ([50, 30, 20], [2, 1, 1]), ([1, 0], [1, 1])],
)
def test_srm_chi_square(observed, weights):
    total = sum(observed)
    expected = [total * w / sum(weights) for w in weights]
    res = stats.chisquare(observed, expected)
    got = s.srm_chi_square(observed, weights)
    assert got is not None
    assert got[0] == pytest.approx(res.statistic, abs=TOL)
    assert got[1] == pytest.approx(res.pvalue, abs=TOL)


def test_srm_undefined_for_one_variant_or_no_exposure():
    assert s.srm_chi_square([10], [1]) is None
    assert s.srm_chi_square([0, 0], [1, 1]) is None


@pytest.mark.parametrize(("baseline", "mde"), [(0.10, 0.27), (0.05, 0.10), (0.3, 0.05), (0.5, 0.5)])
def test_sample_size_matches_statsmodels(baseline, mde):
    h = proportion_effectsize(baseline * (1 + mde), baseline)
    n = NormalIndPower().solve_power(effect_size=h, alpha=0.05, power=0.8, ratio=1.0)
    assert s.sample_size_per_variant(baseline, mde) == math.ceil(n - 1e-6)
