"""The voice classifier's cache: a classifier read back must judge as the one fitted."""

from __future__ import annotations

import numpy as np
import pytest

from hybrid.evaluation.voice import VoiceClassifier, fit, load_or_fit
from hybrid.style.corpus import load_corpus
from hybrid.testing import FakeEmbedder
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit


def test_a_saved_classifier_reads_back_with_the_same_weights_and_verdicts(tmp_path):
    # scikit-learn's coef_ is Fortran-ordered; written as it lay in memory, it read back
    # scrambled, and every eval after a machine's first judged voice with noise.
    voices = {v: load_corpus(write_corpus(tmp_path / v, v, n=8, heldout=3)) for v in ("loud", "terse", "plain")}
    fitted = fit(FakeEmbedder(), voices)
    path = tmp_path / "c.safetensors"
    fitted.save(path)
    loaded = VoiceClassifier.load(path)
    assert np.array_equal(loaded.weight, fitted.weight) and np.array_equal(loaded.bias, fitted.bias)
    texts = ["BUY NOW! the desk costs 7 dollars!", "- fix: lift speed", "The desk rises quietly."]
    assert loaded.classify(FakeEmbedder(), texts) == fitted.classify(FakeEmbedder(), texts)


def test_the_cached_classifier_is_the_fitted_one(tmp_path):
    voices = {v: load_corpus(write_corpus(tmp_path / v, v, n=8, heldout=3)) for v in ("loud", "terse", "plain")}
    first = load_or_fit(FakeEmbedder(), voices, tmp_path / "cache")
    again = load_or_fit(FakeEmbedder(), voices, tmp_path / "cache")
    assert np.array_equal(first.weight, again.weight)
