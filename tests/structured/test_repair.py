"""Generate, validate, repair: bounded retries, errors fed back, raw replies kept."""

from __future__ import annotations

import pytest

from hybrid.structured.repair import generate_valid
from hybrid.testing import FakeGenerator
from hybrid.types import GenerationRequest
from hybrid.workloads.changelog import ChangelogEntry

pytestmark = pytest.mark.unit

GOOD = '{"type": "fixed", "scope": "motor", "summary": "Stop the desk drifting down", "breaking": false, "pr": 12}'
BAD = GOOD.replace("Stop the", "Stopped the")


def scripted(*replies):
    queue = list(replies)
    gen = FakeGenerator(reply=lambda r: queue.pop(0))
    return gen, lambda r: gen.generate([r])[0]


def request():
    return GenerationRequest([{"role": "user", "content": "PR #12"}], max_new_tokens=64)


def test_a_failed_reply_is_retried_with_its_errors_in_the_conversation():
    gen, call = scripted(BAD, GOOD)
    out = generate_valid(call, request(), ChangelogEntry, retries=2, context={"pr": 12})
    assert out.outcome.ok and out.outcome.value.summary.startswith("Stop")
    assert out.history == [
        (BAD, ["field 'summary': imperative: start with the base verb ('Fix', 'Add'), not 'Stopped'"])
    ]
    retry = gen.calls[1][0].messages
    assert retry[-2] == {"role": "assistant", "content": BAD}
    assert "field 'summary'" in retry[-1]["content"] and "not 'Stopped'" in retry[-1]["content"]


def test_retries_are_bounded_and_every_raw_reply_is_kept():
    gen, call = scripted("not json", BAD, "still not json", GOOD)
    out = generate_valid(call, request(), ChangelogEntry, retries=2)
    assert not out.outcome.ok
    assert [raw for raw, _ in out.history] == ["not json", BAD, "still not json"]
    assert len(gen.calls) == 3


def test_a_retry_that_would_overflow_the_window_is_not_sent():
    gen, call = scripted(BAD, GOOD)
    out = generate_valid(call, request(), ChangelogEntry, retries=2, fits=lambda messages: len(messages) < 3)
    assert not out.outcome.ok and len(gen.calls) == 1
    assert out.stopped == "a further retry would not fit the context window"


def test_retries_sample_so_they_are_not_a_replay_of_the_greedy_reply():
    gen, call = scripted(BAD, GOOD)
    generate_valid(call, request(), ChangelogEntry, retries=1, retry_temperature=0.5)
    assert [c[0].temperature for c in gen.calls] == [None, 0.5]
