# kind 6: finally after the memory limit, trying to allocate again
try:
    a = []
    while True:
        a.append('x' * 1_000_000 + str(len(a)))
finally:
    print('ESCAPED: finally ran after the limit')
    while True:
        pass
