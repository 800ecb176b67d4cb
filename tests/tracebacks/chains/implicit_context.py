try:
    {}["missing"]
except KeyError:
    print(undefined)
