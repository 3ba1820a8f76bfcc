# A small Sphinx tree for tst_sphinxextensions: index entries and the index pages, Sphinx's own
# extensions that need no Python, and a project extension Docent reads without running it.
import os
import sys

sys.path.insert(0, os.path.abspath('_ext'))

project = 'Extensions Sample'
extensions = ['sphinx.ext.doctest', 'sphinx.ext.ifconfig', 'projectroles', 'thirdparty.widgets']

# What ifconfig conditions name: literal assignments, and a default declared in setup().
docs_target = 'html'
doc_level = 3
audiences = ['users', 'admins']


def setup(app):
    app.add_config_value('kitchen_open', True, 'env')
