# kind 4: a memory bomb: [0] * 10 ** 10
[0] * 10 ** 10
