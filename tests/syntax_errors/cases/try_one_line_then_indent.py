try: pass
    x = 1
except E:
    pass
