// What Docent reads from a Sphinx conf.py without running it: plain literal assignments only.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Docent {

/// One project of conf.py's intersphinx_mapping: links to it go to `uri`; its objects.inv is the
/// first of `inventories` that can be read.
struct IntersphinxProject {
    QString name; ///< the prefix references name it by ("python"); for the old unnamed form, the URI
    QString uri;  ///< the base of its links ("https://docs.python.org/3"), or a local folder
    /// Where its inventory is, in order: a local path (relative to conf.py's folder) or a URL;
    /// an empty string stands for conf.py's None, `uri` + "/objects.inv".
    QStringList inventories;
};

struct ConfFacts {
    QString project;
    QString rootDoc = QStringLiteral("index");
    QStringList excludePatterns;
    QString highlightLanguage;
    /// language: what the pages' own words are written in ("de", "fr" ...); empty for English.
    QString language;
    bool smartquotes = true; ///< Sphinx curls quotes and makes dashes unless conf.py says False
    QString version;
    QString release;
    QStringList sourceSuffixes{QStringLiteral(".rst")};
    bool todoIncludeTodos = false;
    QString rstProlog;
    QString rstEpilog;
    /// extlinks: role name -> (URL pattern with %s, caption pattern with %s or empty).
    QHash<QString, std::pair<QString, QString>> extlinks;
    /// numfig: number figures, tables and captioned code blocks (and let :numref: refer to them).
    bool numfig = false;
    int numfigSecnumDepth = 1;
    /// numfig_format: figure type ("figure", "table", "code-block", "section") -> text with %s or
    /// {number} / {name}; Sphinx's defaults (in `language`) for the types conf.py leaves out.
    QHash<QString, QString> numfigFormat{{QStringLiteral("section"), QStringLiteral("Section %s")},
                                         {QStringLiteral("figure"), QStringLiteral("Fig. %s")},
                                         {QStringLiteral("table"), QStringLiteral("Table %s")},
                                         {QStringLiteral("code-block"), QStringLiteral("Listing %s")}};
    /// manpages_url: where :manpage: links, a format with {page}, {section} and {path}; empty: no link.
    QString manpagesUrl;
    /// openstackdocstheme's `openstackdocs_projects`: each gives a ":<project>-doc:" link role.
    QStringList openstackProjects;

    /// extensions: the modules conf.py loads ("sphinx.ext.doctest", "pyspecific").
    QStringList extensions;
    /// Folders conf.py adds to sys.path, as written ("tools/extensions", ".."): where the
    /// project's own extensions are looked for (relative to the tree root).
    QStringList extensionPaths;
    /// intersphinx_mapping: the other projects references may link to, in conf.py's order.
    QList<IntersphinxProject> intersphinxMapping;
    /// Every top-level `name = literal` (string, number, True/False/None, a one-line list or
    /// tuple) as Python source ("'html'", "3", "['a', 'b']"): what ifconfig expressions may name.
    QHash<QString, QString> literals;
    /// `app.add_config_value('name', default, ...)` in conf.py's setup(): name -> default as
    /// Python source, for names no assignment gives.
    QHash<QString, QString> configDefaults;

    /// Reads `name = 'value'` / `name = ['a', 'b']` lines; anything else is ignored, never executed.
    static ConfFacts read(const QString &confPyPath);
    static ConfFacts parse(const QString &text);
    /// intersphinx_mapping's literal entries, both forms (conffacts_intersphinx.cpp).
    static QList<IntersphinxProject> parseIntersphinxMapping(const QString &text);
};

} // namespace Docent
