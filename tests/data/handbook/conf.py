# A second tree, unlike nova: a deep toctree, a glossary, design specs and pieces that are missing.
project = 'Field Handbook'
root_doc = 'index'
exclude_patterns = ['_build']
