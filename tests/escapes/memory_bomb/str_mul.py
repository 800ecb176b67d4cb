# kind 4: a memory bomb: 'a' * 10 ** 10
'a' * 10 ** 10
