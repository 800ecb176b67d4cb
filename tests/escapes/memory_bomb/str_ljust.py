# kind 4: a memory bomb: 'a'.ljust(10 ** 9)
'a'.ljust(10 ** 9)
