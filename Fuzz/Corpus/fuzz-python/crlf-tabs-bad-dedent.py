if x:
	if y:
        pass
  bad = 1
z = (1,
  2
