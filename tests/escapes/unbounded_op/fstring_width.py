# kind 3: one host operation with no bound on its time: f'{1:{w}}'
w = 10 ** 9
f'{1:{w}}'
