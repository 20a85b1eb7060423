"""A/B statistics in plain Python (the Lambda layer carries no scipy).

Every function here is checked against scipy/statsmodels to 1e-6 in
tests/experiments/test_stats.py. Special functions use the classic series and
continued-fraction expansions (Numerical Recipes), accurate to ~1e-14.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Z_95 = 1.959963984540054  # norm.ppf(0.975)

_EPS = 1e-15
_TINY = 1e-300


def norm_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2.0))


def norm_sf(x: float) -> float:
    return 0.5 * math.erfc(x / math.sqrt(2.0))


def norm_ppf(p: float) -> float:
    """Inverse normal CDF: bisection start from a rational guess, then Newton on erfc."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be in (0, 1)")
    # Acklam-style initial guess via the logistic approximation, refined by Newton.
    x = math.sqrt(2.0) * _erfinv(2.0 * p - 1.0)
    for _ in range(6):
        err = norm_cdf(x) - p
        x -= err / (math.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi))
    return x


def _erfinv(y: float) -> float:
    a = 0.147
    ln = math.log(1.0 - y * y)
    t = 2.0 / (math.pi * a) + ln / 2.0
    return math.copysign(math.sqrt(math.sqrt(t * t - ln / a) - t), y)


# --- regularized incomplete beta and gamma ---------------------------------------------


def _betacf(a: float, b: float, x: float) -> float:
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 10_000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    ln_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(ln_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(ln_front) * _betacf(b, a, 1.0 - x) / b


def gammaincc(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x)."""
    if x <= 0.0:
        return 1.0
    ln_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1.0:
        term = total = 1.0 / a
        ap = a
        for _ in range(100_000):
            ap += 1.0
            term *= x / ap
            total += term
            if abs(term) < abs(total) * _EPS:
                break
        return 1.0 - total * math.exp(ln_front)
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, 100_000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = b + an / c
        c = c if abs(c) > _TINY else _TINY
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    return math.exp(ln_front) * h


def t_sf_two_sided(t: float, df: float) -> float:
    """P(|T| > |t|) for Student's t with df degrees of freedom."""
    return betainc(df / 2.0, 0.5, df / (df + t * t))


def chi2_sf(x: float, df: float) -> float:
    return gammaincc(df / 2.0, x / 2.0)


# --- proportions ------------------------------------------------------------------------


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval (statsmodels proportion_confint(method="wilson"))."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def two_proportion_z_test(c1: int, n1: int, c0: int, n0: int) -> tuple[float, float]:
    """Pooled two-sided z-test (statsmodels proportions_ztest). Returns (z, p).

    With no variance at all (both rates 0 or both 1) there is no evidence: z=0, p=1."""
    pooled = (c1 + c0) / (n1 + n0)
    var = pooled * (1 - pooled) * (1 / n1 + 1 / n0)
    if var <= 0.0:
        return (0.0, 1.0)
    z = (c1 / n1 - c0 / n0) / math.sqrt(var)
    return (z, 2.0 * norm_sf(abs(z)))


def relative_uplift_interval(
    c1: int, n1: int, c0: int, n0: int, z: float = Z_95
) -> tuple[float, float, float] | None:
    """Uplift p1/p0 - 1 with the log-ratio Wald interval (statsmodels
    confint_proportions_2indep(compare="ratio", method="log")). None when a rate is 0."""
    if c1 == 0 or c0 == 0 or n1 == 0 or n0 == 0:
        return None
    p1, p0 = c1 / n1, c0 / n0
    ratio = p1 / p0
    se = math.sqrt((1 - p1) / c1 + (1 - p0) / c0)
    return (ratio - 1.0, ratio * math.exp(-z * se) - 1.0, ratio * math.exp(z * se) - 1.0)


def _lbeta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def chance_to_beat(c1: int, n1: int, c0: int, n0: int) -> float:
    """P(p1 > p0) with Beta(1 + c, 1 + n - c) posteriors (uniform priors), exact.

    Closed form for integer parameters (Evan Miller): a sum over one variant's alpha,
    so it is deterministic and costs O(min conversions) log-gamma calls."""
    a1, b1 = 1 + c1, 1 + n1 - c1
    a0, b0 = 1 + c0, 1 + n0 - c0
    if a1 <= a0:
        return _prob_b_beats_a(a0, b0, a1, b1)
    return 1.0 - _prob_b_beats_a(a1, b1, a0, b0)


def _prob_b_beats_a(a_a: int, b_a: int, a_b: int, b_b: int) -> float:
    """P(X_B > X_A), summing over i < a_b."""
    total = 0.0
    base = -_lbeta(a_a, b_a)
    for i in range(a_b):
        total += math.exp(_lbeta(a_a + i, b_a + b_b) - math.log(b_b + i) - _lbeta(1 + i, b_b) + base)
    return min(1.0, max(0.0, total))


# --- means ------------------------------------------------------------------------------


def welch_t_test(
    n1: int, sum1: float, sumsq1: float, n0: int, sum0: float, sumsq0: float
) -> tuple[float, float, float] | None:
    """Welch's unequal-variance t-test from sufficient statistics (n, sum, sum of squares),
    as scipy.stats.ttest_ind(equal_var=False). Returns (t, df, p) or None when undefined."""
    if n1 < 2 or n0 < 2:
        return None
    m1, m0 = sum1 / n1, sum0 / n0
    v1 = max(0.0, (sumsq1 - n1 * m1 * m1) / (n1 - 1))
    v0 = max(0.0, (sumsq0 - n0 * m0 * m0) / (n0 - 1))
    s1, s0 = v1 / n1, v0 / n0
    if s1 + s0 <= 0.0:
        return None
    t = (m1 - m0) / math.sqrt(s1 + s0)
    df = (s1 + s0) ** 2 / (s1 * s1 / (n1 - 1) + s0 * s0 / (n0 - 1))
    return (t, df, t_sf_two_sided(t, df))


# --- sample ratio mismatch and sample size ----------------------------------------------


def srm_chi_square(observed: Sequence[int], weights: Sequence[float]) -> tuple[float, float] | None:
    """Chi-square goodness of fit of exposures to the configured weights
    (scipy.stats.chisquare). Returns (statistic, p) or None with fewer than 2 variants."""
    total = sum(observed)
    wsum = sum(weights)
    if len(observed) < 2 or total == 0 or wsum <= 0:
        return None
    stat = 0.0
    for o, w in zip(observed, weights, strict=True):
        expected = total * w / wsum
        if expected <= 0:
            continue
        stat += (o - expected) ** 2 / expected
    return (stat, chi2_sf(stat, len(observed) - 1))


def sample_size_per_variant(
    baseline: float, relative_mde: float, alpha: float = 0.05, power: float = 0.8
) -> int:
    """Members needed per variant to detect `relative_mde` over `baseline` with a two-sided
    test: Cohen's h with the normal approximation (statsmodels NormalIndPower, ratio 1)."""
    target = min(baseline * (1.0 + relative_mde), 1.0)
    h = abs(2 * math.asin(math.sqrt(target)) - 2 * math.asin(math.sqrt(baseline)))
    if h == 0:
        raise ValueError("the minimum detectable effect must change the rate")
    z_a = norm_ppf(1 - alpha / 2)
    z_b = norm_ppf(power)
    return math.ceil(2 * ((z_a + z_b) / h) ** 2 - 1e-9)
