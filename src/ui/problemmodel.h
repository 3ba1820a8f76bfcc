// The Problems panel's list: broken references, missing files, parser messages and placeholders of
// the open tree, grouped by file or by kind ("py:meth reference target not found × 1,737"), with
// the severities shown and a text filter chosen by the reader. A tree of two levels: the groups,
// and the problems in each.
#pragma once

#include "sphinx/problem.h"

#include <QAbstractItemModel>

#include <array>
#include <vector>

namespace Docent {

class ProblemModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemModel)
public:
    enum Role { DocnameRole = Qt::UserRole + 1, LineRole, SeverityRole, IsGroupRole, MessageRole };
    enum class Grouping { ByFile, ByKind };

    explicit ProblemModel(QObject *parent = nullptr);

    /// `root` shortens file paths to the tree's own names.
    void setProblems(const QList<Problem> &problems, const QString &root);
    /// A problem with its file relative to the tree and its kind, as the list shows it.
    struct Entry {
        Problem problem;
        QString file; ///< relative to the tree
        QString kind;
    };
    using Entries = std::vector<Entry>;
    /// The rows of `problems`: no model involved, so a big tree's are made on the opener's worker.
    static Entries entries(const QList<Problem> &problems, const QString &root);
    void setEntries(Entries entries);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setSeverityShown(Problem::Severity severity, bool shown);
    bool severityShown(Problem::Severity severity) const { return m_shown[size_t(severity)]; }
    /// Keeps the problems whose file, kind or message holds `text` (case ignored).
    void setFilterText(const QString &text);

    /// Problems of `severity` that the text filter keeps, shown or not: the toggles' counts.
    int count(Problem::Severity severity) const { return m_counts[size_t(severity)]; }
    /// Problems in the list as it is shown: the panel's badge.
    int shownCount() const { return m_shownCount; }
    int totalCount() const { return int(m_entries.size()); }
    /// "file:line: severity: message" for a problem, or for each problem of a group, one a line.
    QString copyText(const QModelIndexList &indexes) const;

    /// What a problem is, worded so that like ones group: its message without the particulars
    /// (the reference's target, the file name), e.g. "py:meth reference target not found".
    static QString kindOf(const Problem &problem);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The counts changed (new problems, another filter).
    void countsChanged();

private:
    struct Group {
        QString label;
        std::vector<int> members; ///< indexes into m_entries
        Problem::Severity worst = Problem::Severity::Notice;
    };
    void regroup();
    bool keeps(const Entry &entry) const;
    const Entry *entryAt(const QModelIndex &index) const;
    QString entryLine(const Entry &entry) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant entryData(const Entry &entry, int role) const;

    std::vector<Entry> m_entries;
    std::vector<Group> m_groups;
    Grouping m_grouping = Grouping::ByFile;
    std::array<bool, 3> m_shown{true, true, true};
    std::array<int, 3> m_counts{};
    int m_shownCount = 0;
    QString m_filter;
};

} // namespace Docent
