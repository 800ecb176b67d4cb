# kind 2: __notes__ that is not a list (an int, then an object whose iteration raises)
class Bad:
    def __iter__(self):
        raise RuntimeError('no iteration')
    def __len__(self):
        raise RuntimeError
e = ValueError('x')
e.__notes__ = Bad()
raise e
