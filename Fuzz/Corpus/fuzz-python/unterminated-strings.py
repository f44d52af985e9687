s = 'unterminated
t = """also
