"""Who may call the server, and where it may listen."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from hybrid.cli import cli
from hybrid.errors import ConfigError
from hybrid.serve.auth import check_bind, is_loopback
from hybrid.settings import load_settings

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_loopback_needs_no_token(host):
    assert is_loopback(host)
    check_bind(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "example.com"])
def test_anything_else_without_a_token_is_refused_saying_how_to_fix_it(host):
    with pytest.raises(ConfigError, match=rf"refusing to listen on {host}.*HYBRID_API_TOKEN"):
        check_bind(host, None)
    check_bind(host, "a-token")


def test_the_cli_refuses_before_loading_any_model(isolated, monkeypatch):
    import hybrid.build

    monkeypatch.setattr(hybrid.build, "build_app", lambda s: pytest.fail("built the app"))
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 2
    assert "refusing to listen on 0.0.0.0 without an API token" in result.output
    assert "Traceback" not in result.output


def test_token_comes_from_hybrid_api_token_and_the_nested_name_wins(isolated, monkeypatch):
    assert load_settings().serve.api_token is None
    monkeypatch.setenv("HYBRID_API_TOKEN", "plain")
    assert load_settings().serve.api_token == "plain"
    monkeypatch.setenv("HYBRID_SERVE__API_TOKEN", "nested")
    assert load_settings().serve.api_token == "nested"
    (isolated / "hybrid.toml").write_text("[serve]\nmax_tokens = 0\n")
    with pytest.raises(ConfigError, match=r"serve.max_tokens"):
        load_settings()


def test_the_plain_token_name_is_environment_so_it_beats_the_config_file(isolated, monkeypatch):
    (isolated / "hybrid.toml").write_text('[serve]\napi_token = "from-file"\n')
    assert load_settings().serve.api_token == "from-file"
    monkeypatch.setenv("HYBRID_API_TOKEN", "plain")
    assert load_settings().serve.api_token == "plain"
    assert load_settings(serve={"api_token": "flag"}).serve.api_token == "flag"
