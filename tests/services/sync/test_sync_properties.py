"""Property tests over many seeded runs of the sync-tool harness: once every file is
delivered, every laptop's `export json` is the same, and no acknowledged write is lost."""

from __future__ import annotations

import pytest

from tests.services.sync.harness import World, canonical_export, lost_writes

SEEDS_TWO = range(120)
SEEDS_THREE = range(1000, 1080)


def _run(root, seed: int, devices: int, steps: int) -> None:
    world = World(root / str(seed), seed, devices)
    try:
        world.play(steps)
        world.settle()
        exports = {d.name: canonical_export(d.journal) for d in world.devices}
        first = exports["a"]
        assert all(e == first for e in exports.values()), f"seed {seed}: exports differ"
        assert lost_writes(world) == [], f"seed {seed}"
    finally:
        world.close()


@pytest.mark.parametrize("chunk", range(4))
def test_two_laptops_converge_and_lose_nothing(fast_dir, chunk):
    for seed in SEEDS_TWO[chunk::4]:
        _run(fast_dir, seed, 2, 16)


@pytest.mark.parametrize("chunk", range(4))
def test_three_laptops_converge_and_lose_nothing(fast_dir, chunk):
    for seed in SEEDS_THREE[chunk::4]:
        _run(fast_dir, seed, 3, 20)
