x = (]
y = 'abc
