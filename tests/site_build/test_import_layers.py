"""The build's stages import one way: publish -> downloads -> pages -> runtime, never back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import site_build

PACKAGE = Path(site_build.__file__).resolve().parent
# A stage may import the stages listed for it, itself, and the shared modules.
ALLOWED = {
    "runtime": {"runtime"},
    "pages": {"pages", "runtime"},
    "downloads": {"downloads", "pages", "runtime"},
    "publish": {"publish", "downloads", "pages", "runtime"},
}
SHARED = {"site_build", "site_build.chromium", "site_build.reproducible_zip"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # "from site_build.pages import citations" imports a module; "from site_build import PROJECT_ROOT" a name.
            names.update(f"{node.module}.{alias.name}" for alias in node.names if _is_module(f"{node.module}.{alias.name}"))
    return {name for name in names if name == "site_build" or name.startswith("site_build.")}


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _stage_modules() -> list[tuple[str, Path]]:
    return [
        (stage, path)
        for stage in ALLOWED
        for path in sorted((PACKAGE / stage).rglob("*.py"))
    ]


def _stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else None


def test_every_stage_has_modules() -> None:
    stages = {stage for stage, _ in _stage_modules()}
    assert stages == set(ALLOWED)


@pytest.mark.parametrize(("stage", "path"), _stage_modules(), ids=lambda value: str(value).rsplit("site_build/", 1)[-1])
def test_a_stage_imports_only_the_stages_below_it(stage: str, path: Path) -> None:
    wrong = sorted(
        module
        for module in _imported_modules(path)
        if module not in SHARED and (_stage_of(module) or "(the entry point)") not in ALLOWED[stage]
    )
    assert not wrong, f"{path.name} ({stage}) imports {wrong}"


def test_only_the_entry_point_and_the_shared_modules_sit_at_the_top() -> None:
    top = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "build.py", "chromium.py", "reproducible_zip.py"]


def test_the_checker_sees_a_wrong_way_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from site_build.publish.offline_copy import write_zip\nimport site_build.build\n")
    imported = _imported_modules(module)
    assert _stage_of("site_build.publish.offline_copy") == "publish"
    assert "site_build.build" in imported and _stage_of("site_build.build") is None
    assert "site_build.publish.offline_copy.write_zip" not in imported
