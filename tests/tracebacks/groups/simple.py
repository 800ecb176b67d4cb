raise ExceptionGroup("two errors", [ValueError("a"), TypeError("b")])
