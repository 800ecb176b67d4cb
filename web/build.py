"""Build the static site into ``web/dist/``.

Run from anywhere: ``python web/build.py`` (``make build`` does this).

What it produces (and nothing else: stale files in ``web/dist`` are removed):

- the site pages from ``web/site/`` (copied as they are);
- ``pyodide/``: the Pyodide runtime files copied from ``node_modules/pyodide``
  (``npm ci`` must have run first; ``make install`` does it);
- ``wheels/``: the micropip and lark wheels, downloaded from PyPI with pip once and kept in
  ``.cache/wheels/`` so that later builds need no network;
- ``licenses/``: this project's license, the third-party notices and the license texts of
  what the site ships;
- ``build-info.json``: versions and file names (the page scripts read the wheel names here).

The build is deterministic (same inputs, same bytes out; no time stamps) and incremental:
a file whose bytes are already in place is not rewritten.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
SITE = WEB / "site"
DIST = WEB / "dist"
CACHE = ROOT / ".cache" / "wheels"
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"

# What ``loadPyodide({indexURL})`` fetches, plus the classic-script loader.
PYODIDE_FILES = [
    "pyodide.mjs",
    "pyodide.js",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
]

# Python version tag used to download wheels for Pyodide's CPython.
PYODIDE_PYTHON = "3.14"


class BuildError(Exception):
    pass


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Output:
    """Collects the files of the build and writes only those that changed."""

    def __init__(self, dist: Path) -> None:
        self.dist = dist
        self.files: set[Path] = set()
        self.written = 0

    def _claim(self, rel: str) -> Path:
        dest = self.dist / rel
        if dest in self.files:
            raise BuildError(f"two build outputs have the same path: {rel}")
        self.files.add(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        return dest

    def copy(self, src: Path, rel: str) -> None:
        dest = self._claim(rel)
        if dest.is_file() and filecmp.cmp(src, dest, shallow=False):
            return
        shutil.copyfile(src, dest)
        self.written += 1

    def write(self, rel: str, data: bytes | str) -> None:
        if isinstance(data, str):
            data = data.encode("utf-8")
        dest = self._claim(rel)
        if dest.is_file() and dest.read_bytes() == data:
            return
        dest.write_bytes(data)
        self.written += 1

    def prune(self) -> int:
        """Remove files and empty folders of ``dist`` that this build did not produce."""
        removed = 0
        for dirpath, dirnames, filenames in os.walk(self.dist, topdown=False):
            here = Path(dirpath)
            for name in filenames:
                path = here / name
                if path not in self.files:
                    path.unlink()
                    removed += 1
            for name in dirnames:
                sub = here / name
                if sub.is_symlink():
                    sub.unlink()
                elif not any(sub.iterdir()):
                    sub.rmdir()
        return removed


def project_requirement(name: str) -> str:
    """The pinned ``name==version`` from pyproject.toml's dependencies."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        deps = tomllib.load(f)["project"]["dependencies"]
    for dep in deps:
        if dep.split("==")[0].strip().lower() == name:
            if "==" not in dep:
                raise BuildError(f"pyproject.toml must pin {name} exactly (found {dep!r})")
            return dep.replace(" ", "")
    raise BuildError(f"{name} is not a dependency in pyproject.toml")


def wheel_name(requirement: str) -> str:
    name, version = requirement.split("==")
    return f"{name.replace('-', '_')}-{version}-py3-none-any.whl"


def fetch_wheels(requirements: list[str]) -> dict[str, Path]:
    """Return the cached wheel of each requirement, downloading the missing ones."""
    CACHE.mkdir(parents=True, exist_ok=True)
    wheels = {req: CACHE / wheel_name(req) for req in requirements}
    missing = [req for req, path in wheels.items() if not path.is_file()]
    if missing:
        log(f"downloading {', '.join(missing)} from PyPI into {CACHE.relative_to(ROOT)}/")
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--only-binary=:all:",
            "--python-version",
            PYODIDE_PYTHON,
            "--dest",
            str(CACHE),
            *missing,
        ]
        subprocess.run(cmd, check=True)
    for req, path in wheels.items():
        if not path.is_file():
            raise BuildError(f"pip did not produce {path.name} for {req}")
        if not zipfile.is_zipfile(path):
            raise BuildError(f"{path} is not a wheel; delete it and build again")
    return wheels


def wheel_license_files(wheel: Path) -> dict[str, bytes]:
    """The license files in a wheel's ``.dist-info`` folder, by base name."""
    out = {}
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(z.namelist()):
            parts = name.split("/")
            if len(parts) >= 2 and parts[0].endswith(".dist-info"):
                base = parts[-1]
                if base.upper().startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE")):
                    out[base] = z.read(name)
    return out


def build(dist: Path = DIST) -> dict:
    if not PYODIDE_NPM.is_dir():
        raise BuildError("node_modules/pyodide is missing: run `make install` (npm ci) first")
    pyodide_pkg = json.loads((PYODIDE_NPM / "package.json").read_text("utf-8"))
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text("utf-8"))

    dist.mkdir(parents=True, exist_ok=True)
    out = Output(dist)

    # 1. Site pages.
    for src in sorted(p for p in SITE.rglob("*") if p.is_file()):
        out.copy(src, src.relative_to(SITE).as_posix())

    # 2. Pyodide runtime.
    for name in PYODIDE_FILES:
        src = PYODIDE_NPM / name
        if not src.is_file():
            raise BuildError(f"{src} is missing; is node_modules up to date? (npm ci)")
        out.copy(src, f"pyodide/{name}")

    # 3. Wheels: micropip at the version Pyodide's lock file names, lark as pinned by the package.
    micropip_req = f"micropip=={lock['packages']['micropip']['version']}"
    lark_req = project_requirement("lark")
    wheels = fetch_wheels([micropip_req, lark_req])
    for path in wheels.values():
        out.copy(path, f"wheels/{path.name}")

    # 4. Licenses.
    out.copy(ROOT / "LICENSE", "licenses/LICENSE.txt")
    out.copy(ROOT / "THIRD_PARTY_NOTICES.md", "licenses/THIRD_PARTY_NOTICES.md")
    for req, path in wheels.items():
        name = req.split("==")[0]
        for base, data in wheel_license_files(path).items():
            out.write(f"licenses/{name}/{base}.txt" if "." not in base else f"licenses/{name}/{base}", data)

    # 5. Build description, read by the page scripts.
    info = {
        "pyodide": {
            "version": pyodide_pkg["version"],
            "python": lock["info"]["python"],
            "indexURL": "pyodide/",
        },
        "wheels": {
            req.split("==")[0]: {
                "file": f"wheels/{path.name}",
                "version": req.split("==")[1],
                "sha256": sha256(path),
            }
            for req, path in sorted(wheels.items())
        },
    }
    out.write("build-info.json", json.dumps(info, indent=2, sort_keys=True) + "\n")

    removed = out.prune()
    log(
        f"{dist.relative_to(ROOT) if dist.is_relative_to(ROOT) else dist}: "
        f"{len(out.files)} files, {out.written} written, {removed} stale removed"
    )
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: web/dist)")
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve())
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"[build] error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
