# CPython reads "0o" as an octal prefix: "0or 1" is an invalid octal literal.
flags = [0or 1]
