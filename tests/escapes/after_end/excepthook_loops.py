# kind 6: sys.excepthook/displayhook replaced by an endless loop, then an uncaught exception
import sys
def hook(*a):
    while True:
        pass
for name in ('excepthook', 'displayhook', 'unraisablehook'):
    try:
        setattr(sys, name, hook)
    except Exception as e:
        print(type(e).__name__)
raise ValueError('x')
