# kind 3: one host operation with no bound on its time: ''.join(a).split('1')
a = [str(i) * 100 for i in range(200_000)]
a.sort(key=len)
''.join(a).split('1')
