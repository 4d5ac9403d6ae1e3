import pytest

from hybrid.knowledge.fusion import reciprocal_rank_fusion

pytestmark = pytest.mark.unit


def test_rrf_rewards_agreement_between_lists():
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=60)
    ids = [i for i, _ in fused]
    assert ids == ["b", "a", "c"]  # found by both lists beats first in only one
    assert dict(fused)["b"] == pytest.approx(1 / 61 + 1 / 62)


def test_rrf_of_one_list_keeps_its_order():
    assert [i for i, _ in reciprocal_rank_fusion([["x", "y", "z"]])] == ["x", "y", "z"]
