project = 'Reader Tree'
