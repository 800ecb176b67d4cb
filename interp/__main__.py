"""Command line of interp: ``python -m interp FILE``, ``-c CODE`` or ``--parse-only FILE``.

For now only parsing is wired: the exit status says whether FILE parses, and a
syntax error is printed the way CPython prints it (``format_exception_only``, on
stderr), so scripts and tests can compare the two byte for byte.  Running files in
the sandbox is added by the host layer.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m interp", description="interp: a sandboxed Python interpreter"
    )
    parser.add_argument("--parse-only", action="store_true", help="only check that FILE parses")
    parser.add_argument("-c", dest="code", help="program passed in as a string")
    parser.add_argument("--timeout", type=float, default=None, help="seconds of compute")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--max-memory", type=int, default=None, help="bytes")
    parser.add_argument("--max-output", type=int, default=None, help="bytes")
    parser.add_argument("file", nargs="?", help="the Python source file")
    args = parser.parse_args(argv)
    limits = {
        "timeout": args.timeout,
        "max_steps": args.max_steps,
        "max_memory": args.max_memory,
        "max_output": args.max_output,
    }
    from interp.host.cli import run_source

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
        from interp.syntax.parser import parse

        try:
            parse(source, args.file)
        except SyntaxError as exc:
            sys.stderr.write("".join(traceback.format_exception_only(type(exc), exc)))
            return 1
        return 0
    # CPython names the main script by its absolute path in tracebacks.
    return run_source(source, os.path.abspath(args.file), limits)


if __name__ == "__main__":
    sys.exit(main())
