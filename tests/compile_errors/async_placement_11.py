print([await x for x in y])
