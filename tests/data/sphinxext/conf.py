# A small Sphinx tree for tst_sphinxextensions: index entries and the index pages, Sphinx's own
# extensions that need no Python, and a project extension Docent reads without running it.
import os
import sys

sys.path.insert(0, os.path.abspath('_ext'))

project = 'Extensions Sample'
extensions = ['sphinx.ext.doctest', 'sphinx.ext.ifconfig', 'projectroles', 'thirdparty.widgets']
