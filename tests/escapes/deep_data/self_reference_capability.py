# kind 8: deep data across the boundary: echo(a)
a = []
a.append(a)
echo(a)
