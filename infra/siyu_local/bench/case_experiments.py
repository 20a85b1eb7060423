"""Assignment throughput and the cost of the results statistics (pure Python, no scipy)."""

from __future__ import annotations

import time
from collections import Counter

from siyu.experiments import stats
from siyu.experiments.core import bucket_variant
from siyu.experiments.schemas import ExperimentDef
from siyu_local import bench


def run(table: bench.Table) -> None:
    definition = ExperimentDef.model_validate(
        {
            "key": "bench",
            "name": "bench",
            "page": "home",
            "variants": [{"name": "a", "weight": 1}, {"name": "b", "weight": 1}],
        }
    )
    started = time.perf_counter()
    split = Counter(bucket_variant(definition, f"m{i}") for i in range(100_000))
    seconds = time.perf_counter() - started
    table.add("experiments", "assignments per second (bucket_variant)", 100_000 / seconds)
    table.add("experiments", "100k members: share of variant a (%)", 100 * split["a"] / 100_000, "50 ± 1")
    started = time.perf_counter()
    for _ in range(100):
        stats.chance_to_beat(2540, 10_000, 2000, 10_000)
        stats.welch_t_test(10_000, 5.2e6, 9.1e9, 10_000, 4.9e6, 8.8e9)
        stats.srm_chi_square([10_020, 9_980], [1, 1])
    table.add(
        "experiments", "results statistics, 10k members/variant (ms)", (time.perf_counter() - started) * 10
    )
