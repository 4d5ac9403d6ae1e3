"""Stop strings over streamed pieces: cut where one starts, nothing lost otherwise."""

from __future__ import annotations

import pytest

from hybrid.generation.stops import until_stop

pytestmark = pytest.mark.unit


def run(pieces, stops):
    return list(until_stop([*pieces, 42], stops))


def test_a_stop_split_over_pieces_is_cut_and_nothing_after_it_is_sent():
    out = run(["Thought: go", "\nObs", "ervation: 5", " more"], ["\nObservation"])
    assert out[-1] == 42 and "".join(out[:-1]) == "Thought: go"


def test_a_held_partial_match_is_released_when_the_stream_ends_without_a_stop():
    out = run(["ab", "\nOb"], ["\nObservation"])
    assert "".join(out[:-1]) == "ab\nOb" and out[-1] == 42


def test_text_goes_out_as_soon_as_it_cannot_start_a_stop():
    stream = until_stop(iter(["hello ", "wor", "ld"]), ["ld!"])
    assert next(stream) == "hello "
    assert next(stream) == "wor"


def test_the_earliest_of_several_stops_wins_and_no_stops_pass_through():
    assert "".join(run(["a END b STOP"], ["STOP", "END"])[:-1]) == "a "
    assert run(["x", "y"], None) == ["x", "y", 42]


def test_closing_early_closes_the_decode_behind_it():
    closed = []

    def pieces():
        try:
            yield "a"
            yield "b"
        finally:
            closed.append(True)

    stream = until_stop(pieces(), ["zz"])
    assert next(stream) == "a"
    stream.close()
    assert closed == [True]
