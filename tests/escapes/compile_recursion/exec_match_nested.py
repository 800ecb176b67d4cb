# kind 7: compile-time recursion: exec('match x:\n    case ' + '[' * 50_000 + ']' * 50_000 + ':\n        pass\n', {'x': 1})
exec('match x:\n    case ' + '[' * 50_000 + ']' * 50_000 + ':\n        pass\n', {'x': 1})
