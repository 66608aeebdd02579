"""Shared fixtures: the shipped registry and lexicon, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.actors import ActorRegistry
from stance.attribution import Attributor
from stance.attribution.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "data" / "sample" / "starmer-coalition-of-the-willing.txt"


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


@pytest.fixture(scope="session")
def attributor(registry) -> Attributor:
    return Attributor(registry, load_lexicon())


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or a clean skip where it is absent (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
