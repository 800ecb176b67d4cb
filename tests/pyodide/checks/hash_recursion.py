# Each level makes its own key, so no deep structure is left to free afterwards.
class H:
    def __hash__(self):
        return hash((H(),))


try:
    print({H(): 1})
except RecursionError:
    print("RecursionError")
print("ok")
