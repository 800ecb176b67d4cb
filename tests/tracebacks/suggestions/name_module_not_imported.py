x = math.pi
