values = {'alpha': 1, 'beta': 2, 'gamma': 3, 'delta': 4}; total = values['alpha'] + values['beta'] + values['gamma'] + values['delta'] + values['epsilon']
