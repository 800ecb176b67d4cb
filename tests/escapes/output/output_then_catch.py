# kind 5: catching the exception of a failed write and writing again (the output limit is hard)
while True:
    try:
        print('x' * 100_000)
    except BaseException:
        pass
