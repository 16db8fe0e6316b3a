"""The composite GitHub Action: it parses, its scripts use real CLI flags, and its check
steps, run here with bash as the runner would run them, produce what they promise."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml
from ci_support import BAD, CLEAN
from conftest import ROOT

from gigcheck.cli import check
from gigcheck.report import REPORTERS

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
STEPS = ACTION["runs"]["steps"]
EXPR = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")


def _check_options() -> set[str]:
    return {opt for p in check.params for opt in getattr(p, "opts", []) + getattr(p, "secondary_opts", []) if opt.startswith("-")}


def _step(name_part: str) -> dict:
    (step,) = [s for s in STEPS if name_part in s.get("name", "")]
    return step


def test_action_is_a_composite_with_documented_inputs():
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "format", "args", "version"} <= set(ACTION["inputs"])
    assert all("description" in i for i in ACTION["inputs"].values())
    uses = [s["uses"] for s in STEPS if "uses" in s]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert all("shell" in s for s in STEPS if "run" in s)  # composite run steps need a shell
    assert ACTION["inputs"]["format"]["default"] in REPORTERS


def test_scripts_take_inputs_from_env_and_use_real_flags():
    options = _check_options()
    for step in STEPS:
        script = step.get("run")
        if not script:
            continue
        assert "${{" not in script, f"{step['name']}: inputs must come through env, not the script text"
        for line in script.splitlines():
            words = shlex.split(line, comments=True)
            if words[:2] != ["gigcheck", "check"]:
                continue
            for i, word in enumerate(words):
                if word.startswith("--"):
                    assert word in options, f"{step['name']}: unknown flag {word}"
                if word == "--format":
                    assert words[i + 1] in REPORTERS
    install = _step("Install")["run"]
    assert "$GITHUB_ACTION_PATH" in install and (ROOT / "pyproject.toml").is_file()
    formats = {m for s in STEPS for m in re.findall(r"inputs\.format == '(\w+)'", s.get("if", ""))}
    assert formats == {"github", "sarif"} and formats <= set(REPORTERS)


def _run_step(step: dict, inputs: dict[str, str], cwd) -> subprocess.CompletedProcess:
    env = {k: EXPR.sub(lambda m: inputs[m.group(1)], str(v)) for k, v in step.get("env", {}).items()}
    bindir = os.path.dirname(sys.executable)
    full = {**os.environ, **env, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    full.pop("NO_COLOR", None)
    return subprocess.run(["bash", "-e", "-c", step["run"]], cwd=cwd, env=full, capture_output=True, text=True, timeout=120)


@pytest.fixture
def workspace(tmp_path):
    if shutil.which("bash") is None or shutil.which("gigcheck", path=os.path.dirname(sys.executable)) is None:
        pytest.skip("needs bash and the installed gigcheck script")
    (tmp_path / "gigs").mkdir()
    (tmp_path / "gigs" / "bad.md").write_text(BAD)
    (tmp_path / "gigs" / "clean.md").write_text(CLEAN)
    return tmp_path


def _inputs(**kw: str) -> dict[str, str]:
    return {**{k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}, **kw}


def test_annotation_step_prints_workflow_commands(workspace):
    r = _run_step(_step("Check gigs (annotations)"), _inputs(paths="gigs/bad.md gigs/clean.md", args="--fail-on warning --redact"), workspace)
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("::error file=gigs/bad.md,line=6,col=6,") for line in lines)
    assert "bob.smith" not in r.stdout


def test_sarif_step_writes_the_report_to_upload(workspace):
    r = _run_step(_step("Check gigs (SARIF)"), _inputs(paths="gigs", args="--exit-zero"), workspace)
    assert r.returncode == 0, r.stderr
    doc = json.loads((workspace / ACTION["inputs"]["sarif-file"]["default"]).read_text())
    assert doc["version"] == "2.1.0" and {res["ruleId"] for res in doc["runs"][0]["results"]} == {"GC104", "GC201"}
