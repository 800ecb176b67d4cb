True *= 2
