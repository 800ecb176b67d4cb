# kind 4: a memory bomb: ascii('\U0001f600' * 10_000_000)
ascii('\U0001f600' * 10_000_000)
