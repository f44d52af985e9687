def f(
    a,
