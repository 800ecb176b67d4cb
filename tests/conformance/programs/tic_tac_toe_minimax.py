def winner(b):
    lines = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
    for a, c, d in lines:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
def minimax(b, player, memo={}):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        res = (1 if w == "X" else -1, None)
    elif "." not in b:
        res = (0, None)
    else:
        moves = []
        for i, c in enumerate(b):
            if c == ".":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                moves.append((score, i))
        res = max(moves) if player == "X" else min(moves)
    memo[key] = res
    return res
board = "........."
player = "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
for r in range(3):
    print(" ".join(board[r * 3:r * 3 + 3]))
print("winner:", winner(board), "score of empty board:", minimax(".........", "X")[0])
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"))
