"""What every benchmark records beside its figures: the CPU, its flags, the measured
memory bandwidth, and how busy the machine was, so a ratio can be tied to a host."""

from __future__ import annotations

import os
import time

from hybrid.cpuinfo import cpu_flags, cpu_model, cpuinfo

# The flags that decide which precision kernels exist (bf16/int8 dot products, AMX).
FLAGS_OF_INTEREST = (
    "avx2",
    "fma",
    "f16c",
    "avx512f",
    "avx512bw",
    "avx512_vnni",
    "avx512_bf16",
    "avx512_fp16",
    "amx_bf16",
    "amx_int8",
)


def cpu() -> dict[str, object]:
    """CPU model, family/model numbers, the precision-relevant flags, cores and load."""
    info = cpuinfo()
    flags = cpu_flags(info)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    cores = os.cpu_count() or 1
    return {
        "cpu_model": cpu_model(info),
        "cpu_family_model": f"{info.get('cpu family', '?')}/{info.get('model', '?')}",
        "cpu_flags": sorted(f for f in FLAGS_OF_INTEREST if f in flags),
        "cpu_cores": cores,
        "load_average_1m": round(load[0], 2),
        # More runnable work than cores: other processes took CPU time from this run.
        "machine_shared": load[0] > cores * 0.75,
    }


def memory_bandwidth_gb_s(mib: int = 256, repeats: int = 5) -> float:
    """Best-of-`repeats` torch copy between two `mib` MiB buffers, read + write counted."""
    import torch

    src = torch.ones(mib * 2**20 // 4)
    dst = torch.empty_like(src)
    dst.copy_(src)  # touch the pages first
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        dst.copy_(src)
        best = min(best, time.perf_counter() - t0)
    return 2 * src.numel() * 4 / best / 1e9


def record() -> dict[str, object]:
    """`cpu()` plus the measured bandwidth and torch's CPU capability."""
    import torch

    out = cpu()
    out["torch_cpu_capability"] = torch.backends.cpu.get_cpu_capability()
    out["torch_threads"] = torch.get_num_threads()
    out["memory_bandwidth_gb_s"] = round(memory_bandwidth_gb_s(), 2)
    return out
