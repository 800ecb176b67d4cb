# kind 8: deep data across the boundary: echo(d)
d = []
for i in range(15000):
    d = [[[[[[[[[[[[[[[[[[[[d]]]]]]]]]]]]]]]]]]]]
echo(d)
