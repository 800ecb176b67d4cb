# A misspelt keyword constant: CPython's builtins dict holds True/False/None, so the
# suggestion names it even though the sandbox compiles them as keywords.
flags = [Tru, False]
