# kind 2: raising KeyboardInterrupt and GeneratorExit at top level
try:
    raise GeneratorExit
except GeneratorExit:
    pass
raise KeyboardInterrupt('stop')
