"""What every command shares: --version, exit codes, and errors as JSON under --json."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import hybrid
from hybrid.cli import cli

pytestmark = pytest.mark.unit


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_version_is_the_packages_one():
    for flag in ("--version", "-V"):
        result = invoke(flag)
        assert result.exit_code == 0 and result.stdout.strip() == f"hybrid {hybrid.__version__}"


def test_an_input_error_is_exit_2_and_one_json_object_under_json(isolated):
    result = invoke("ingest", "nowhere", "--json")
    assert result.exit_code == 2
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "InputPathError" and "path not found: nowhere" in error["message"]
    assert error["exit_code"] == 2
    plain = invoke("ingest", "nowhere")
    assert plain.exit_code == 2 and "Error: path not found: nowhere" in plain.stderr and not plain.stdout


def test_a_usage_error_is_exit_2_and_json_too(isolated):
    result = invoke("search", "--json")  # the query is missing
    assert result.exit_code == 2
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "UsageError" and "Missing argument 'QUERY'" in error["message"]
    assert invoke("no-such-command").exit_code == 2


def test_every_command_takes_json_but_serve_and_demo():
    # serve runs a server and demo is a guided walkthrough: neither prints a result to parse.
    missing = []

    def walk(group, prefix):
        for name, command in group.commands.items():
            if hasattr(command, "commands"):
                walk(command, f"{prefix}{name} ")
            elif not any("--json" in p.opts for p in command.params):
                missing.append(prefix + name)

    walk(cli, "")
    assert sorted(missing) == ["demo", "serve"]


def test_shell_completion_as_the_readme_sets_it_up():
    env = {"_HYBRID_COMPLETE": "bash_complete", "COMP_WORDS": "hybrid adapters ch", "COMP_CWORD": "2"}
    result = CliRunner().invoke(cli, [], env=env, prog_name="hybrid")
    assert result.exit_code == 0 and result.stdout.split() == ["plain,check"]
