# kind 2/5: an exception message of a million lines
raise ValueError('line\n' * 1_000_000)
