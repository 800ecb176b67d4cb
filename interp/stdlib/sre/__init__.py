"""The regular-expression engine behind the sandbox's ``_sre``.

CPython's ``re`` package is Python down to its compiler, which turns a pattern into
a list of integer opcodes and hands it to the C module ``_sre``.  This package is
our ``_sre``: host-side Python that runs that opcode list under the sandbox meter.

- :mod:`.casing`: case folding and character categories, on code points;
- :mod:`.program`: turns the opcode list into instructions that are quick to run;
- :mod:`.engine`: the backtracking machine (explicit stack, resumable in slices);
- :mod:`.objects`: ``Pattern``, ``Match``, ``Scanner`` and the module functions.
"""
