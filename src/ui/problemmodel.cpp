#include "problemmodel.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace Docent {
namespace {

// Entry rows carry their group's index + 1 as internal id; group rows carry 0.
constexpr quintptr kGroupRow = 0;

QString before(const QString &text, const QString &separator)
{
    const qsizetype at = text.indexOf(separator);
    return at < 0 ? text : text.left(at);
}

QString after(const QString &text, const QString &separator)
{
    const qsizetype at = text.indexOf(separator);
    return at < 0 ? QString() : text.mid(at + separator.size());
}

// ":type:`Py_ssize_t`: c:type reference target not found: Py_ssize_t" -> what is wrong, without
// the target, named with its role when the reason does not say it.
QString referenceKind(const QString &message)
{
    const QString role = before(message, QStringLiteral("`"));
    QString reason = before(after(message, QStringLiteral("`: ")), QStringLiteral(": "));
    if (reason.isEmpty())
        return message;
    const QString bareRole = QString(role).remove(u':');
    return reason.contains(bareRole) ? reason : role + u' ' + reason;
}

// "role :source: is evaluated by pyspecific, which Docent does not run; shown as text" ->
// "role :source: — shown as text": what it is and what the reader sees.
QString notRunKind(const QString &message)
{
    const QString what = before(message, QStringLiteral(" is "));
    const QString shown = after(message, QStringLiteral("; "));
    return shown.isEmpty() ? what : QStringLiteral("%1 — %2").arg(what, shown);
}

QIcon severityIcon(Problem::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Problem::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Problem::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Problem::Severity::Notice:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

ProblemModel::ProblemModel(QObject *parent) : QAbstractItemModel(parent) {}

QString ProblemModel::kindOf(const Problem &problem)
{
    const QString &message = problem.message;
    if (problem.kind == u"reference")
        return referenceKind(message);
    if (problem.kind == u"role" || problem.kind == u"placeholder")
        return notRunKind(message);
    if (message.startsWith(QLatin1String("duplicate label ")))
        return QStringLiteral("duplicate label");
    if (message.startsWith(QLatin1String("remote image ")))
        return QStringLiteral("remote image not loaded");
    // The particulars of other messages follow a colon ("image file not readable: x.png"), or are
    // quoted file names ('Include file "a/b.rst" not found').
    QString kind = before(message, QStringLiteral(": "));
    static const QRegularExpression quotedPath(QStringLiteral("\"[^\"]*[/.][^\"]*\""));
    kind.replace(quotedPath, QStringLiteral("…"));
    if (kind.endsWith(u'.'))
        kind.chop(1);
    return kind;
}

void ProblemModel::setProblems(const QList<Problem> &problems, const QString &root)
{
    setEntries(entries(problems, root));
}

ProblemModel::Entries ProblemModel::entries(const QList<Problem> &problems, const QString &root)
{
    const QDir tree(root);
    Entries out;
    out.reserve(size_t(problems.size()));
    // A big tree has a hundred thousand problems in a few thousand files and a few hundred kinds,
    // many with the same message (an unresolved role, a placeholder): each file's relative path,
    // each kind and each message is kept once and shared by its rows.
    QHash<QString, QString> relativePaths;
    QSet<QString> shared;
    const auto once = [&shared](const QString &s) {
        auto known = shared.constFind(s);
        return known == shared.cend() ? *shared.insert(s) : *known;
    };
    for (const Problem &p : problems) {
        auto path = relativePaths.constFind(p.file);
        if (path == relativePaths.cend())
            path = relativePaths.insert(p.file, p.file.isEmpty() ? QString() : tree.relativeFilePath(p.file));
        Problem row = p;
        row.message = once(p.message);
        out.push_back({std::move(row), p.file.isEmpty() ? p.docname : *path, once(kindOf(p))});
    }
    return out;
}

void ProblemModel::setEntries(Entries entries)
{
    m_entries = std::move(entries);
    regroup();
}

void ProblemModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    regroup();
}

void ProblemModel::setSeverityShown(Problem::Severity severity, bool shown)
{
    if (m_shown[size_t(severity)] == shown)
        return;
    m_shown[size_t(severity)] = shown;
    regroup();
}

void ProblemModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    regroup();
}

bool ProblemModel::keeps(const Entry &entry) const
{
    return m_filter.isEmpty() || entry.problem.message.contains(m_filter, Qt::CaseInsensitive) ||
           entry.file.contains(m_filter, Qt::CaseInsensitive) || entry.kind.contains(m_filter, Qt::CaseInsensitive);
}

void ProblemModel::regroup()
{
    beginResetModel();
    m_groups.clear();
    m_counts = {};
    m_shownCount = 0;
    QHash<QString, size_t> groupOf;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const Entry &e = m_entries[size_t(i)];
        if (!keeps(e))
            continue;
        const auto severity = size_t(e.problem.severity);
        ++m_counts[severity];
        if (!m_shown[severity])
            continue;
        ++m_shownCount;
        const QString &label = m_grouping == Grouping::ByFile ? e.file : e.kind;
        auto found = groupOf.constFind(label);
        if (found == groupOf.cend()) {
            found = groupOf.insert(label, m_groups.size());
            m_groups.push_back({label, {}, e.problem.severity});
        }
        Group &g = m_groups[found.value()];
        g.members.push_back(i);
        g.worst = std::max(g.worst, e.problem.severity);
    }
    // Errors first; then files by name, kinds by how often they occur.
    const bool byFile = m_grouping == Grouping::ByFile;
    std::stable_sort(m_groups.begin(), m_groups.end(), [byFile](const Group &a, const Group &b) {
        if (a.worst != b.worst)
            return a.worst > b.worst;
        if (!byFile && a.members.size() != b.members.size())
            return a.members.size() > b.members.size();
        return a.label < b.label;
    });
    if (!byFile) {
        for (Group &g : m_groups) {
            std::stable_sort(g.members.begin(), g.members.end(), [this](int a, int b) {
                return m_entries[size_t(a)].file < m_entries[size_t(b)].file;
            });
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

QModelIndex ProblemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, 0, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= int(m_groups.size()))
        return {};
    const Group &g = m_groups[size_t(parent.row())];
    return row < int(g.members.size()) ? createIndex(row, 0, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex ProblemModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    return int(m_groups[size_t(parent.row())].members.size());
}

int ProblemModel::columnCount(const QModelIndex &) const { return 1; }

const ProblemModel::Entry *ProblemModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const Group &g = m_groups[size_t(index.internalId() - 1)];
    return &m_entries[size_t(g.members[size_t(index.row())])];
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Entry *e = entryAt(index))
        return entryData(*e, role);
    return groupData(m_groups[size_t(index.row())], role);
}

QVariant ProblemModel::groupData(const Group &group, int role) const
{
    const QString count = QLocale().toString(qlonglong(group.members.size()));
    switch (role) {
    case Qt::DisplayRole:
        return m_grouping == Grouping::ByFile ? tr("%1 (%2)").arg(group.label, count) : tr("%1 × %2").arg(group.label, count);
    case Qt::ToolTipRole:
        return group.label;
    case Qt::DecorationRole:
        return severityIcon(group.worst);
    case SeverityRole:
        return int(group.worst);
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

QString ProblemModel::entryLine(const Entry &e) const
{
    const QString where = e.problem.line > 0 ? QStringLiteral("%1:%2").arg(e.file).arg(e.problem.line) : e.file;
    return QStringLiteral("%1: %2: %3").arg(where, Problem::severityName(e.problem.severity), e.problem.message);
}

QVariant ProblemModel::entryData(const Entry &e, int role) const
{
    const Problem &p = e.problem;
    switch (role) {
    case Qt::DisplayRole:
        if (m_grouping == Grouping::ByKind)
            return p.line > 0 ? tr("%1, line %2: %3").arg(e.file).arg(p.line).arg(p.message) : tr("%1: %2").arg(e.file, p.message);
        return p.line > 0 ? tr("Line %1: %2").arg(p.line).arg(p.message) : p.message;
    case Qt::ToolTipRole:
        // Rich text, so that a long message wraps.
        return QStringLiteral("<p>%1</p>").arg(entryLine(e).toHtmlEscaped());
    case Qt::DecorationRole:
        return severityIcon(p.severity);
    case DocnameRole:
        return p.docname;
    case LineRole:
        return p.line;
    case SeverityRole:
        return int(p.severity);
    case IsGroupRole:
        return false;
    case MessageRole:
        return entryLine(e);
    default:
        return {};
    }
}

QString ProblemModel::copyText(const QModelIndexList &indexes) const
{
    QStringList lines;
    QSet<const Entry *> taken;
    const auto take = [&](const Entry *e) {
        if (e && !taken.contains(e)) {
            taken.insert(e);
            lines << entryLine(*e);
        }
    };
    for (const QModelIndex &i : indexes) {
        if (const Entry *e = entryAt(i)) {
            take(e);
        } else if (i.isValid()) {
            for (int member : m_groups[size_t(i.row())].members)
                take(&m_entries[size_t(member)]);
        }
    }
    return lines.join(u'\n');
}

} // namespace Docent
