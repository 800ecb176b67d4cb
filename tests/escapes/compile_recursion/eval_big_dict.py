# kind 7: compile-time recursion: eval('{' + ','.join('%d:%d' % (i, i) for i in range(300_000)) + '}')
eval('{' + ','.join('%d:%d' % (i, i) for i in range(300_000)) + '}')
