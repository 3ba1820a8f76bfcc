#include "doctree/node.h"
#include "transforms_p.h"

#include <functional>

namespace Docent {

void linkFootnotes(Node &document, QList<TransformIssue> &issues)
{
    // Notes by name, and the automatic ones in order: `[#]_` takes the next unnamed numbered
    // note, `[*]_` the next symbol note.
    QHash<QString, Node *> byId;
    QHash<QString, QString> byName; // footnote or citation name -> id
    QStringList autoNotes, symbolNotes;
    QHash<QString, QString> labels; // id -> label given to an automatic note
    int number = 0;
    std::vector<Node *> notes, references;
    std::function<void(Node &)> gather = [&](Node &n) {
        for (const auto &c : n.children()) {
            if (c->isText() || c->is(u"substitution_definition"))
                continue; // a definition's references are linked where its content was copied
            if (c->is(u"footnote") || c->is(u"citation"))
                notes.push_back(c.get());
            else if (c->is(u"footnote_reference") || c->is(u"citation_reference"))
                references.push_back(c.get());
            gather(*c);
        }
    };
    gather(document);
    static const QString symbols = QStringLiteral("*†‡§¶#♠♥♦♣");
    for (Node *note : notes) {
        const QString id = note->ids.value(0);
        byId.insert(id, note);
        for (const QString &name : note->names)
            byName.insert(name, id);
        const QString kind = note->attribute(QStringLiteral("auto"));
        QString label;
        if (kind == u"1") {
            label = QString::number(++number);
            if (note->names.isEmpty())
                autoNotes << id;
        } else if (kind == u"*") {
            label = QString(symbols[symbolNotes.size() % symbols.size()]);
            symbolNotes << id;
        }
        const bool hasLabel = note->childCount() && note->child(0)->is(u"label");
        if (!label.isEmpty() && !hasLabel) {
            auto labelNode = Node::element(QStringLiteral("label"), note->line());
            labelNode->append(Node::text(label, note->line()));
            note->insert(0, std::move(labelNode));
        }
        if (!label.isEmpty())
            labels.insert(id, label);
    }
    qsizetype nextAuto = 0, nextSymbol = 0;
    int refCounter = 0;
    for (Node *ref : references) {
        QString target = ref->attribute(QStringLiteral("refid"));
        const QString kind = ref->attribute(QStringLiteral("auto"));
        if (target.isEmpty() && ref->hasAttribute(QStringLiteral("refname")))
            target = byName.value(ref->attribute(QStringLiteral("refname")));
        else if (target.isEmpty() && kind == u"1")
            target = autoNotes.value(nextAuto++);
        else if (target.isEmpty() && kind == u"*")
            target = symbolNotes.value(nextSymbol++);
        if (ref->ids.isEmpty())
            ref->ids << QStringLiteral("fnref-%1").arg(++refCounter);
        if (target.isEmpty()) {
            const QString name = ref->attribute(QStringLiteral("refname"));
            issues.append({ref->line(), QStringLiteral("footnote"),
                           name.isEmpty() ? QStringLiteral("Too many autonumbered footnote references: only %1 corresponding "
                                                           "footnotes available.")
                                                .arg(kind == u"*" ? symbolNotes.size() : autoNotes.size())
                                          : QStringLiteral("Unknown target name: \"%1\".").arg(name)});
            continue;
        }
        ref->setAttribute(QStringLiteral("refid"), target);
        if (ref->astext().isEmpty() && labels.contains(target))
            ref->append(Node::text(labels.value(target), ref->line()));
        if (Node *note = byId.value(target))
            note->backrefs << ref->ids.first();
    }
}

} // namespace Docent
