# kind 8: deep data across the boundary: format(d)
d = []
for i in range(15000):
    d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
f'{d}'
'%s' % (d,)
format(d)
