# kind 6: finally (and except BaseException) after the step limit must not run
def f():
    f2 = lambda: None
    while True:
        f2()
try:
    f()
except BaseException:
    print('ESCAPED: caught the limit')
finally:
    print('ESCAPED: finally ran after the limit')
