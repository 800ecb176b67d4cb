# kind 2: a BaseExceptionGroup subclass whose exceptions/message properties lie
class G(ExceptionGroup):
    @property
    def exceptions(self):
        return (1, 'x', None)
    @property
    def message(self):
        raise RuntimeError
raise G('m', [ValueError()])
