"""Installs as users make them: a non-editable install in a fresh virtual environment, a
``pip install --user``, and the sdist, whose tests run from it. Slow (each installs PySide6)."""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(args: list, cwd: Path, env: dict | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert done.returncode == 0, f"{args}: {done.stderr[-2000:]}"
    return done


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    """The wheel and the sdist, built from this checkout."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=out)
    return {"wheel": next(out.glob("*.whl")), "sdist": next(out.glob("*.tar.gz"))}


def without_display(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")}
    return {**env, **extra}


def check_install(python: Path, scripts: Path, work: Path, env: dict[str, str]) -> None:
    """The samples come from the install, ``compare`` runs on them, and so does the window;
    ``--install-desktop`` makes a menu entry that runs this install's ``unquote-gui``."""
    found = run([python, "-c", "from unquote.resources import sample_pair; print(*sample_pair(), sep='\\n')"],
                cwd=work, env=env).stdout.split()
    assert len(found) == 2 and not any(p.startswith(str(ROOT)) for p in found), found
    compared = run([scripts / "unquote", "compare", *found, "-o", work / "sample.unquote"], cwd=work, env=env)
    assert "quotes" in compared.stdout and (work / "sample.unquote").stat().st_size > 1000
    run([scripts / "unquote", "--demo", "--screenshot", work / "x.png"], cwd=work, env=env)
    assert (work / "x.png").stat().st_size > 10_000
    run([scripts / "unquote", "--install-desktop"], cwd=work, env={**env, "XDG_DATA_HOME": str(work / "share")})
    entry = (work / "share" / "applications" / "io.github.unquote.Unquote.desktop").read_text()
    assert f"Exec={(scripts / 'unquote-gui').resolve()} %F" in entry.splitlines()


def test_a_fresh_virtual_environment(dists, tmp_path):
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    env = without_display()
    run([venv / "bin" / "python", "-m", "pip", "install", "-q", dists["wheel"]], cwd=tmp_path, env=env)
    check_install(venv / "bin" / "python", venv / "bin", tmp_path, env)


def test_a_user_install(dists, tmp_path):
    """``pip install --user`` (in a venv that sees the system's packages, the only kind of venv
    that allows it), with the user base in a temporary folder."""
    venv, user = tmp_path / "venv", tmp_path / "userbase"
    run([sys.executable, "-m", "venv", "--system-site-packages", venv], cwd=tmp_path)
    env = without_display(PYTHONUSERBASE=str(user))
    run([venv / "bin" / "python", "-m", "pip", "install", "-q", "--user", dists["wheel"]], cwd=tmp_path, env=env)
    assert not (venv / "bin" / "unquote").exists()
    check_install(venv / "bin" / "python", user / "bin", tmp_path, env)


def test_the_sdist_carries_its_tests_and_they_pass_from_it(dists, tmp_path):
    with tarfile.open(dists["sdist"]) as archive:
        archive.extractall(tmp_path, filter="data")
    tree = next(tmp_path.iterdir())
    for needed in ("tests/conftest.py", "tests/fixtures/loading/markdown/story.md", "tests/fixtures/ui/left.txt",
                   "docs/comparison-format.md", "packaging/build-bundle.sh", "packaging/bundle/unquote.spec",
                   "desktop/unquote/data/samples/original.txt", "desktop/unquote/data/desktop"):
        assert (tree / needed).exists(), needed
    env = without_display(PYTHONPATH=str(tree / "desktop"), QT_QPA_PLATFORM="offscreen")
    imported = run([sys.executable, "-c", "import unquote; print(unquote.__file__)"], cwd=tree, env=env)
    assert imported.stdout.startswith(str(tree)), imported.stdout
    run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/engine/loading/test_loading.py", "tests/engine/loading/test_formats_end_to_end.py",
         "tests/packaging/test_desktop_files.py"], cwd=tree, env=env)
