value = 1
print(t"{value!}")
