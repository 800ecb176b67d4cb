raise ValueError('outer') from KeyError
