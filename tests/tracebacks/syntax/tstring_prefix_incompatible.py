value = 1
text = ft"{value}"
