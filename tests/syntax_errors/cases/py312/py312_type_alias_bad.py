type X[T] = 
