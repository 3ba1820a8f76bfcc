# A project extension as CPython's pyspecific is one: Docent scans it, never imports it.
from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx.domains.python import PyModulelevel


def issue_role(typ, rawtext, text, lineno, inliner, options={}, content=[]):
    return [nodes.reference(rawtext, 'issue ' + text, refuri='https://bugs.example.org/' + text)], []


class ImplementationDetail(Directive):
    has_content = True


class PyCoroutineFunction(PyModulelevel):
    pass


def parse_opcode_signature(env, sig, signode):
    return sig.split()[0]


def setup(app):
    app.add_role('issue', issue_role)
    app.add_directive('impl-detail', ImplementationDetail)
    app.add_directive_to_domain('py', 'coroutinefunction', PyCoroutineFunction)
    app.add_object_type('opcode', 'opcode', '%s (opcode)', parse_opcode_signature)
    app.add_crossref_type('topicref', 'topicref', 'pair: %s; topic')
    app.add_config_value('sample_flag', True, 'env')
    return {'version': '1.0'}
