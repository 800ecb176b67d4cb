# kind 2/5: an exception whose message is a 30 MB string
raise ValueError('x' * 30_000_000)
