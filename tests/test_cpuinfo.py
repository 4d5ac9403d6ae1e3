"""Reading the CPU's description, which keys the precision cache and labels every benchmark."""

from __future__ import annotations

import pytest

from hybrid.cpuinfo import cpu_flags, cpu_model, cpuinfo

pytestmark = pytest.mark.unit


def test_the_first_processors_model_and_flags_are_read(tmp_path):
    f = tmp_path / "cpuinfo"
    f.write_text(
        "processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor\nflags\t\t: avx2 amx_bf16\n\n"
        "processor\t: 1\nmodel name\t: Other\nflags\t\t: sse2\n"
    )
    info = cpuinfo(f)
    assert cpu_model(info) == "Intel(R) Xeon(R) Processor"
    assert cpu_flags(info) == {"avx2", "amx_bf16"}


def test_no_cpuinfo_file_is_an_empty_description_not_an_error(tmp_path):
    info = cpuinfo(tmp_path / "absent")
    assert info == {} and cpu_flags(info) == set() and cpu_model(info)
