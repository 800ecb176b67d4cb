# kind jail: code views: co_code, replace(), and constructing code objects
import sys
c = sys._getframe().f_code
for name in ('co_code', 'co_consts', 'co_names', 'replace', '__class__'):
    try:
        getattr(c, name)
    except AttributeError:
        pass
type(c)(0, 0, 0, 0, 0, 0, b'', (), (), (), '', '', 0, b'')
