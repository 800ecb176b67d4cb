[i for i i 'abc']
