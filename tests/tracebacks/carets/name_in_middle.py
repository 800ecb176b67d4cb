y = 1 + undefined + 2
