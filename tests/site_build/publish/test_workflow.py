"""The GitHub Pages workflow is valid and builds the site the way the README, docs/deploy.md and CI do."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def _steps(job: dict) -> list[dict]:
    return job["steps"]


def test_the_workflow_builds_with_make_and_publishes_site() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step.get("run", "") for step in _steps(build)]
    assert "make build" in runs
    uses = [step.get("uses", "") for step in _steps(build)]
    assert any(u.startswith("actions/checkout@") for u in uses)
    upload = next(step for step in _steps(build) if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in _steps(deploy))
    # The deploy step needs these, and nothing more.
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_the_workflow_runs_the_commands_the_readme_and_ci_give() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make build" in readme
    assert "\nbuild: " in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    deploy = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    assert "make build" in deploy.split("# Publish", 1)[1], "docs/deploy.md's Publish section names the build command"
