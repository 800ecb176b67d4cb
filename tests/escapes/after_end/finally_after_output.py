# kind 6: finally after the output limit, printing again
try:
    while True:
        print('x' * 10000)
finally:
    print('ESCAPED: finally ran after the limit')
