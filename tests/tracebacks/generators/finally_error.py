def gen():
    try:
        yield 1
    finally:
        print("cleanup")
        raise ValueError("cleanup failed")


for x in gen():
    print(x)
