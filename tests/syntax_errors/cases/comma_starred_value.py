print(*a, *b sep='-')
