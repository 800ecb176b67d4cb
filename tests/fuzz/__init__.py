"""The fuzzer: a program generator, the contract oracle and the runner (README.md)."""
