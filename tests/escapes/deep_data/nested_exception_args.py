# kind 8: deep data across the boundary: repr(e)
e = ValueError()
for i in range(15000):
    e = ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(ValueError(e))))))))))))))))))))
str(e)
repr(e)
