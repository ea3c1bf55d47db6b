"""The built wheel is a working `digest`: templates inside, installed outside the checkout.

Builds the wheel from this checkout, installs it (without dependencies) into a fresh venv in a
temporary folder, lends that venv the test venv's third-party packages through a `.pth` line (so no
download is needed, and the checkout's own editable `digest` is not on its path), and runs
`digest check` and `digest build` on a copy of the demo config from another folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_wheel_installs_and_builds_an_issue_outside_the_checkout(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", wheels, ROOT],
        cwd=tmp_path,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = wheels.glob("digest-*.whl")

    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     cwd=tmp_path).stdout.strip())  # fmt: skip
    installed = _run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, wheel],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    (site / "lend_test_venv.pth").write_text(sysconfig.get_path("purelib") + "\n")
    digest_bin = env_dir / "bin" / "digest"
    digest_bin.write_text(f"#!{python}\nfrom digest.cli.main import main\nmain()\n")
    digest_bin.chmod(0o755)

    project = tmp_path / "elsewhere"
    project.mkdir()
    shutil.copy(ROOT / "config.yaml", project / "config.yaml")
    shutil.copytree(ROOT / "examples", project / "examples")
    shutil.copytree(ROOT / "subscribers", project / "subscribers")

    where = _run([python, "-c", "import digest; print(digest.__file__)"], cwd=project)
    assert where.stdout.startswith(str(site)), where.stdout + where.stderr
    templates = site / "digest" / "templates"
    assert (templates / "digest.mjml.j2").is_file()
    assert (templates / "themes" / "dark-ink" / "theme.yaml").is_file()

    check = _run([digest_bin, "check"], cwd=project)
    assert check.returncode == 0, check.stdout + check.stderr
    fetch = _run([digest_bin, "fetch"], cwd=project)
    assert fetch.returncode == 0, fetch.stdout + fetch.stderr
    build = _run([digest_bin, "build", "--out", project / "out"], cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    html = (project / "out" / "digest.html").read_text()
    text = (project / "out" / "digest.txt").read_text()
    assert "<html" in html and "Unsubscribe" in html
    assert "World" in text
