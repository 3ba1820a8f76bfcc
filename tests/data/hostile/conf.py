project = 'Hostile Tree'
