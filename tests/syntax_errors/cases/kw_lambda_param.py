f = lambda if: 1
