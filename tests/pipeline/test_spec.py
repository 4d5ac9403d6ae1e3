"""One request value: the CLI, the server and the eval each build a DraftSpec, and the same
request drafts the same Draft whichever of them asked."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hybrid import cli as cli_module
from hybrid.errors import SchemaError
from hybrid.evaluation.cases import DraftingCase
from hybrid.evaluation.constants import FULL
from hybrid.evaluation.drafting import config_spec
from hybrid.pipeline import Departments, HybridPipeline
from hybrid.pipeline.spec import DraftSpec, SchemaSpec, make_spec
from hybrid.serve.schemas import DraftBody
from hybrid.testing import FakeAdapterStore, FakeGenerator, fake_knowledge
from hybrid.workloads.changelog import ChangelogEntry

pytestmark = pytest.mark.unit

DOCS = {"kettle.md": "# Kettle\n\nThe Quillon 3 kettle costs €74.90 from May 4, 2026.\n"}
REQUEST = "Announce the Quillon 3 kettle price"


class Recording(HybridPipeline):
    """The real pipeline, remembering the spec each draft was asked with."""

    specs: list[DraftSpec]

    def draft(self, spec, department=None, **options):  # type: ignore[no-untyped-def]
        self.specs.append(spec)
        return super().draft(spec, department, **options)


@pytest.fixture
def pipeline(isolated):
    knowledge = fake_knowledge(DOCS, isolated)
    gen = FakeGenerator(["marketing"], reply=lambda r: "Our Quillon 3 kettle costs €74.90 from May 4, 2026.")
    pipe = Recording(knowledge, gen, Departments(FakeAdapterStore(["marketing"])), k=2, mode="attributed")
    pipe.specs = []
    return pipe


def _cli_spec(pipeline, monkeypatch) -> DraftSpec:
    monkeypatch.setattr(cli_module, "_pipeline", lambda ctx: pipeline)
    result = CliRunner().invoke(cli_module.cli, ["draft", REQUEST, "-d", "marketing", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["mode"] == "attributed"
    return pipeline.specs[-1]


def _comparable(d):
    return d.model_dump(exclude={"timings"})


def test_the_cli_the_server_and_the_eval_build_specs_that_draft_the_same_draft(pipeline, monkeypatch):
    from_cli = _cli_spec(pipeline, monkeypatch)
    from_server = DraftBody(request=REQUEST, department="marketing").to_spec()
    case = DraftingCase(id="c1", department="marketing", request=REQUEST, facts=["€74.90"], sources=["kettle.md"])
    from_eval = config_spec(case, FULL, None)
    drafts = [pipeline.draft(spec) for spec in (from_cli, from_server, from_eval)]
    assert _comparable(drafts[0]) == _comparable(drafts[1]) == _comparable(drafts[2])
    assert "€74.90" in drafts[0].text and drafts[0].plan


def test_the_keyword_form_is_a_spec_too():
    spec = make_spec(REQUEST, "marketing", adapter=False, k=3, schema=ChangelogEntry, retries=1)
    assert spec == DraftSpec(
        request=REQUEST,
        department="marketing",
        k=3,
        use_adapter=False,
        schema=SchemaSpec(model=ChangelogEntry, retries=1),
    )
    assert spec.updated(k=4).k == 4 and spec.updated(adapter=True).use_adapter


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"mechanism": "magic"}, "mechanism 'magic' is unknown"),
        ({"retries": -1}, "retries must be 0 or more"),
        ({"pinned": {"colour": "red"}}, "pinned field 'colour' is not a field of ChangelogEntry"),
    ],
)
def test_a_bad_schema_option_is_refused_naming_it(options, message):
    with pytest.raises(SchemaError, match=message):
        make_spec(REQUEST, "marketing", schema=ChangelogEntry, **options)


def test_an_unknown_spec_field_is_refused():
    with pytest.raises(ValueError, match="temperature"):
        DraftSpec(request=REQUEST, department="marketing", temperature=0.3)  # type: ignore[call-arg]
