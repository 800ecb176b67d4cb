x = if y
