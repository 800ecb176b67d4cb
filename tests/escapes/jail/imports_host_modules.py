# kind jail: importing host modules by every spelling
import sys
for name in ('os', 'posix', 'ctypes', '_io', 'io', 'marshal', 'gc', 'inspect', 'code', 'types', '__main__', 'builtins', 'importlib', 'subprocess', 'socket', 'threading', '_thread', 'pickle', 'js', 'pyodide', 'interp', 'interp.host', 'sys.os', 'os.path', '_frozen_importlib', 'zipimport', 'weakref', 'signal', 'resource', 'mmap', 'pty', 'shutil', 'pathlib', 'tempfile', 'string', 'traceback', 'warnings', 'atexit', 'faulthandler', 'tracemalloc', 'ast', 'dis', 'copyreg', 'copy'):
    try:
        m = __import__(name)
        print('imported', name, sorted(dir(m))[:5])
    except ImportError:
        pass
