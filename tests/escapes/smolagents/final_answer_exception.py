# smolagents: exceptions used as control flow out of the interpreter (a BaseException subclass, SystemExit, GeneratorExit) caught by the host?
class FinalAnswer(BaseException):
    pass
try:
    raise SystemExit(0)
except SystemExit:
    pass
raise FinalAnswer('done')
