# kind 2: exceptions whose causes and contexts form a cycle
a = ValueError('a')
b = KeyError('b')
a.__cause__ = b
b.__cause__ = a
a.__context__ = b
b.__context__ = a
raise a
