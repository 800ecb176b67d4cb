"""Command line of interp: ``python -m interp FILE``, ``-c CODE`` or ``--parse-only FILE``.

``FILE`` and ``-c CODE`` run in the sandbox (see :mod:`interp.host.cli`), with the
limits of :class:`interp.Limits` by default.  ``--parse-only`` checks that FILE
parses: a syntax error is printed the way CPython prints it, so scripts and tests
can compare the two byte for byte.
"""

from __future__ import annotations

import argparse
import os
import sys

from interp.host.cli import add_limit_flags, limits_from_flags, run_source
from interp.runtime.tracebacks import format_exception_only
from interp.syntax import file_mode
from interp.syntax.parser import parse


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m interp", description="interp: a sandboxed Python interpreter"
    )
    parser.add_argument("--parse-only", action="store_true", help="only check that FILE parses")
    parser.add_argument("-c", dest="code", help="program passed in as a string")
    add_limit_flags(parser)
    parser.add_argument("file", nargs="?", help="the Python source file")
    args = parser.parse_args(argv)
    limits = limits_from_flags(args)

    if args.code is not None:
        return run_source(args.code, "<string>", limits)
    if args.file is None:
        parser.error("a FILE or -c CODE is required")
    try:
        with open(args.file, "rb") as f:
            data = f.read()
    except OSError as exc:
        print(f"python -m interp: can't open file {args.file!r}: {exc}", file=sys.stderr)
        return 2
    try:
        source = data.decode("utf-8-sig")  # a BOM marks UTF-8, as CPython reads files
    except UnicodeDecodeError as exc:
        print(f"SyntaxError: (unicode error) {exc}", file=sys.stderr)
        return 1
    if args.parse_only:
        try:
            parse(source, args.file)
        except SyntaxError as exc:
            sys.stderr.write(format_exception_only(exc))  # the one traceback formatter
            return 1
        return 0
    # CPython names the main script by its absolute path in tracebacks.
    file_mode.read_from_file(os.path.abspath(args.file))
    return run_source(source, os.path.abspath(args.file), limits)


if __name__ == "__main__":
    sys.exit(main())
