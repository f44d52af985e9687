print("vixen-gate")
