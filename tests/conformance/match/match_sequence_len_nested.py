board = [["X", "O", "X"], ["O", "X", "O"], ["O", "X", "X"]]
def winner(b):
    lines = b + [list(col) for col in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        match line:
            case [p, q, r] if p == q == r and p != " ":
                return p
    return None
print(winner(board))
print(winner([["O", "O", "O"], [" ", "X", " "], ["X", " ", "X"]]))
print(winner([[" "] * 3 for _ in range(3)]))
match board:
    case [[first, *_], *_, [*_, last]]:
        print("corners", first, last)
