"""Exit 0 when the Python environment already has this checkout installed for development.

``make install`` runs this (with ``python -I``, so that the current folder is not on
``sys.path``) and runs ``pip install -e '.[dev]'`` only when it exits non-zero: when
``interp`` is not installed, is installed from another checkout or at another version, or
when a requirement of pyproject.toml (dependencies and the ``dev`` extra) is missing or
does not match. This keeps a warm ``make install`` well under a second.
"""

from __future__ import annotations

import importlib.metadata as md
import importlib.util
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def problems() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    out = []
    spec = importlib.util.find_spec("interp")
    if spec is None or spec.origin is None:
        return ["interp is not installed"]
    origin = Path(spec.origin).resolve()
    if origin.parent.parent != ROOT:
        out.append(f"interp is imported from {origin.parent}, not from this checkout")
    try:
        version = md.version("interp")
    except md.PackageNotFoundError:
        return ["interp has no installed metadata"]
    if version != project["version"]:
        out.append(f"interp {version} is installed, pyproject.toml says {project['version']}")
    try:
        from packaging.requirements import Requirement
    except ImportError:
        return [*out, "packaging is not importable (needed to check the requirements)"]
    reqs = list(project.get("dependencies", []))
    reqs += project.get("optional-dependencies", {}).get("dev", [])
    for text in reqs:
        req = Requirement(text)
        if req.marker is not None and not req.marker.evaluate():
            continue
        try:
            have = md.version(req.name)
        except md.PackageNotFoundError:
            out.append(f"{req.name} is not installed")
            continue
        if not req.specifier.contains(have, prereleases=True):
            out.append(f"{req.name} {have} does not satisfy {text}")
    return out


def main() -> int:
    found = problems()
    for line in found:
        print(f"[install] {line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
