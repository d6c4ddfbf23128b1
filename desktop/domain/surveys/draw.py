"""The draw of a stratified sample as a documented deterministic function, so anyone can redraw it.

``draw(seed, population, allocation)``: one ``random.Random(seed)`` (Python's Mersenne Twister seeded with the
integer); the strata in ascending order of their keys; within each, the report ids in ascending order;
``rng.sample(ids, n_h)`` per stratum in that order; each stratum's sample returned in ascending order. The same
seed, the same ordered ids and the same allocation give the same sample on every machine and Python ≥ 3.11.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Mapping, Sequence


def group(rows: Iterable[tuple[int, str]]) -> dict[str, list[int]]:
    """``(report id, stratum key)`` rows as each stratum's ids, ascending, the strata in ascending key order."""
    strata: dict[str, list[int]] = {}
    for report_id, key in rows:
        strata.setdefault(key, []).append(report_id)
    return {key: sorted(strata[key]) for key in sorted(strata)}


def population_digest(population: Mapping[str, Sequence[int]]) -> str:
    """SHA-256 of the ordered ``key:id`` lines: shows that a redraw starts from the same population."""
    digest = hashlib.sha256()
    for key in sorted(population):
        for report_id in sorted(population[key]):
            digest.update(f"{key}:{report_id}\n".encode())
    return digest.hexdigest()


def draw(seed: int, population: Mapping[str, Sequence[int]], allocation: Mapping[str, int]) -> dict[str, list[int]]:
    """The sample of each stratum (see the module's description for the exact procedure)."""
    rng = random.Random(seed)
    return {key: sorted(rng.sample(sorted(population[key]), allocation.get(key, 0))) for key in sorted(population)}
