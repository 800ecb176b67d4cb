pri€nt(1)
