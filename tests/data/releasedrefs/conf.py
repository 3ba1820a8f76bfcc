# A tree for tst_doctreerelease: references in the parts of a page its skeleton keeps, which the
# open resolves onto the skeleton of a document it released.
project = 'Released references'
master_doc = 'index'
numfig = True
todo_include_todos = True
extensions = ['sphinx.ext.todo']
