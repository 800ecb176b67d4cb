ages = {"ada": 36}
for name, age in ages.itms():
    print(name, age)
