# kind 7: compile-time recursion: exec(src, {'src': src})
src = 'exec(src, {"src": src})'
exec(src, {'src': src})
