# Hello, sandbox
# Press Run (or Ctrl+Enter). This Python runs in a sandboxed
# interpreter inside your browser: no files, no network, no
# access to this page; only the capabilities the page lends it
# (see the "Capabilities" panel below).

name = "world"
print(f"Hello, {name}!")

squares = [n * n for n in range(10)]
print("squares:", squares)
print("even ones add up to", sum(s for s in squares if s % 2 == 0))

# The value of a last expression is shown as a REPL shows it:
max(squares), min(squares), len(squares) / 4
