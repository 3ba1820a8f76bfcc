// What the extensions conf.py loads add to Sphinx, read from their Python source without running
// it: roles, directives, object and cross-reference types, configuration values. Sphinx's own
// extensions are known by name; a module found in the folders conf.py adds to sys.path is the
// project's own and is scanned; anything else is a third-party extension.
#pragma once

#include "conffacts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Docent {

struct ProjectExtensions {
    struct Role {
        QString name;   ///< "issue", or "py:foo" for a domain's
        QString origin; ///< "the project extension pyspecific"
    };
    struct Directive {
        QString name;
        QString origin;
        /// The Sphinx directive its class derives from, when the source says ("py:function" for a
        /// PyModulelevel subclass): it then works as that one does.
        QString derivesFrom;
    };
    /// add_object_type / add_crossref_type: a directive describing objects and a role referring to them.
    struct ObjectType {
        QString directive;     ///< "opcode"
        QString role;          ///< "opcode"
        QString indexTemplate; ///< "%s (opcode)", or "pair: %s; opcode"
        bool crossref = false; ///< add_crossref_type: the directive is a target only, shows nothing
        bool parsedSignature = false; ///< a parse_node function: the name is the signature's first word
    };

    QStringList sphinxExtensions;  ///< "sphinx.ext.doctest"
    QStringList projectExtensions; ///< module names found in the tree
    QStringList thirdParty;        ///< module names neither Sphinx's nor the project's
    QList<Role> roles;
    QList<Directive> directives;
    QList<ObjectType> objectTypes;
    /// add_config_value: name -> default as written (a Python literal, or empty when not one).
    QHash<QString, QString> configValues;

    /// Finds and scans the extensions conf.py names, in the tree at `root`.
    static ProjectExtensions read(const QString &root, const ConfFacts &conf);
    /// Adds what one extension module's source registers; `origin` names it for the reader.
    void scan(const QString &pythonSource, const QString &origin);
};

} // namespace Docent
