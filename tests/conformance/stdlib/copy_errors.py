import copy


class NoCopy:
    def __reduce_ex__(self, protocol):
        raise TypeError("cannot copy NoCopy")


print(copy.copy(3), copy.copy("s"), copy.copy(None), copy.copy(len) is len)
copy.deepcopy([NoCopy()])
