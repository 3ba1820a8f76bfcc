# A small Sphinx tree for tst_sphinx: every Sphinx directive and role Docent handles.
import os

project = 'Sphinx Sample'
master_doc = 'index'
version = '1.2'
release = '1.2.3'
todo_include_todos = True
highlight_language = 'python'
exclude_patterns = ['_build']
extlinks = {
    'bug': ('https://bugs.example.org/%s', 'bug %s'),
    'pypi': ('https://pypi.example.org/project/%s', None),
}
openstackdocs_projects = [
    'neutron',
]
rst_epilog = """
.. |product| replace:: Sphinx Sample Product
"""
# Figures, tables and captioned code blocks numbered; sections referred to as chapters.
numfig = True
numfig_format = {'section': 'Chapter {number}'}
# :manpage: links to this (Sphinx's {page}, {section} and {path} fields).
manpages_url = 'https://manpages.example.org/{section}/{page}.{section}.html'
