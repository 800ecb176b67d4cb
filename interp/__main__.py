"""Command line of interp: ``python -m interp --parse-only FILE``.

For now only parsing is wired: the exit status says whether FILE parses, and a
syntax error is printed the way CPython prints it (``format_exception_only``, on
stderr), so scripts and tests can compare the two byte for byte.  Running files in
the sandbox is added by the host layer.
"""

from __future__ import annotations

import argparse
import sys
import traceback


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m interp", description="interp: a sandboxed Python interpreter"
    )
    parser.add_argument("--parse-only", action="store_true", help="only check that FILE parses")
    parser.add_argument("file", help="the Python source file")
    args = parser.parse_args(argv)
    try:
        with open(args.file, "rb") as f:
            data = f.read()
    except OSError as exc:
        print(f"python -m interp: can't open file {args.file!r}: {exc}", file=sys.stderr)
        return 2
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"SyntaxError: (unicode error) {exc}", file=sys.stderr)
        return 1
    from interp.syntax.parser import parse

    try:
        parse(source, args.file)
    except SyntaxError as exc:
        sys.stderr.write("".join(traceback.format_exception_only(type(exc), exc)))
        return 1
    if not args.parse_only:
        print("python -m interp: running files is not implemented yet; use --parse-only", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
