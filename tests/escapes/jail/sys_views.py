# kind jail: the sys module's dangerous names (modules, _current_frames, settrace, setprofile, addaudithook, call_tracing, exc_info frames)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import sys
for name in ('modules', '_current_frames', 'settrace', 'setprofile', 'addaudithook', 'call_tracing', 'meta_path', 'path_hooks', '__dict__', '__loader__', '__spec__', '_base_executable', 'executable', 'prefix', 'flags', 'getrefcount', 'getsizeof', '_getframe', 'exc_info', 'exception', 'gettrace', 'breakpointhook', 'stdin', '__stdout__', '__stderr__', '__stdin__', 'orig_argv', 'argv'):
    v = getattr(sys, name, None)
    leak(name, v)
    if callable(v) and name in ('_current_frames', 'getrefcount', 'getsizeof', 'exc_info', 'gettrace'):
        try:
            leak(name + '()', v() if name not in ('getrefcount', 'getsizeof') else v(1))
        except Exception:
            pass
