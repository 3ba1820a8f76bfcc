# Configuration for Docent's own manual.
#
# Docent reads this file statically and does not run it, so keep to plain
# assignments of literal values.

project = 'Docent'
root_doc = 'index'
