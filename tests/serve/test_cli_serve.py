"""`hybrid serve` as a user runs it: a subprocess on 127.0.0.1 that answers, then stops."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_hybrid_serve_answers_on_loopback_and_stops_on_sigint(
    isolated, tiny_causal_lm_path, tiny_embedder_path, trained_registry
):
    (isolated / "hybrid.toml").write_text(
        f'adapters_dir = "{trained_registry.root}"\nshipped_adapters = false\n'
        f'[models]\ngenerator = "{tiny_causal_lm_path}"\nembedder = "{tiny_embedder_path}"\n'
        '[generation]\ndtype = "float32"\n'
        '[pipeline]\ndepartments = { sales = "loud" }\n'
    )
    port = free_port()
    env = {**os.environ, "HYBRID_API_TOKEN": "cli-token"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "hybrid.cli", "serve", "--port", str(port)],
        cwd=isolated,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline, "hybrid serve did not come up in 60 s"
            time.sleep(0.2)
        assert httpx.get(url + "/v1/models").status_code == 401
        models = httpx.get(url + "/v1/models", headers={"Authorization": "Bearer cli-token"}).json()
        assert [m["id"] for m in models["data"]][1:] == ["loud", "terse"]
    finally:
        proc.send_signal(signal.SIGINT)
        output = proc.communicate(timeout=30)[0]
    assert proc.returncode == 0, output
    assert f"serving on http://127.0.0.1:{port}/" in output
