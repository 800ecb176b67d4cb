# kind 4: a memory bomb: {(i, i) for i in range(10 ** 8)}
{(i, i) for i in range(10 ** 8)}
