# kind jail: linecache (now the sandbox's own) asked for host files and the interpreter's sources
import linecache
paths = ['/etc/passwd', '/proc/self/environ', '/proc/self/cmdline', '__init__.py', 'interp/host/session.py',
         '/usr/lib/python3.11/os.py', '/usr/local/lib/python3.11/os.py', 'os.py', '<stdlib>/../../../etc/passwd']
for path in paths:
    for lineno in (1, 2):
        text = linecache.getline(path, lineno)
        if text:
            print('ESCAPED', path, text[:100])
linecache.cache['/etc/hostname'] = (1, None, ['planted\n'], '/etc/hostname')
print(linecache.getline('/etc/hostname', 1), end='')
linecache.updatecache('/etc/hostname')
print(repr(linecache.getline('/etc/hostname', 1)))
