"""Benchmark of a sample survey's draw: 100,000 filed reports in 160 strata (40 institutes × 4 subject types),
grouped, allocated (Neyman, 400 reports, at least 2 per stratum) and drawn from a seed — against the floor of a
plain ``random.sample`` of 400 from the same 100,000 ids."""

from __future__ import annotations

import random
from pathlib import Path


def bench_survey_draw(folder: Path, repeat: int):  # type: ignore[no-untyped-def]
    from desktop.domain.surveys.design import StratumFrame, allocate
    from desktop.domain.surveys.draw import draw, group
    from desktop.domain.surveys.models import Allocation
    from tests.benchmarks.run import Figure, median_time

    rng = random.Random(5)
    rows = [(i, f"{rng.randrange(40):06d}|{rng.choice(('invention', 'trademark', 'trade_secret', 'layout'))}")
            for i in range(1, 100_001)]
    late = {i for i, _ in rows if rng.random() < 0.07}
    ids = [i for i, _ in rows]

    def ours() -> int:
        strata = group(rows)
        frames = [StratumFrame(key, len(members), sum(1 for m in members if m in late))
                  for key, members in strata.items()]
        plans = allocate(frames, 400, Allocation.NEYMAN, 2)
        sample = draw(20261125, strata, {p.key: p.allocated for p in plans})
        return sum(len(s) for s in sample.values())

    def floor() -> int:
        return len(random.Random(20261125).sample(ids, 400))

    assert ours() == floor() == 400
    repeat = max(repeat, 5)
    mine, bare = median_time(ours, repeat), median_time(floor, repeat)
    return Figure("survey_draw", mine, bare, f"100,000 reports, 160 strata, n = 400 Neyman, median of {repeat}; "
                  "floor: random.sample of 400 from the 100,000 ids")
