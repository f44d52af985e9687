def f(): return lambda x, y=1: (x, y)
