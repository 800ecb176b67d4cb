# RestrictedPython CVE-2024-47532: information leak via format strings over objects with private attributes
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
class Secret:
    _hidden = 'sandbox value'
for spec in ('{0._hidden}', '{0.__dict__}', '{0.__class__.__dict__}', '{0._interp_tb}', '{0.__traceback__.tb_frame.f_globals}'):
    for obj in (Secret(), ValueError('x')):
        try:
            leak(spec, spec.format(obj))
        except Exception:
            pass
