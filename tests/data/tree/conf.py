# A small Sphinx project for Docent's tests. Only plain assignments are read.
project = 'Test Tree'
master_doc = 'index'
exclude_patterns = ['drafts/*']
