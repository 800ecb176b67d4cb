# kind 6: finally after a hard limit (timeout) must not run
try:
    while True:
        pass
finally:
    print('ESCAPED: finally ran after the limit')
