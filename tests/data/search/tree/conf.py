project = 'Search Fixture'
