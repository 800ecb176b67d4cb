# kind 7: compile-time recursion: exec('match x:\n    case ' + '(' * 50_000 + '1' + '|2)' * 50_000 + ':\n        pass\n', {'
exec('match x:\n    case ' + '(' * 50_000 + '1' + '|2)' * 50_000 + ':\n        pass\n', {'x': 1})
