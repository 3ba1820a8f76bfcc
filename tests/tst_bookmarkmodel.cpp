// The bookmark model over a real store: grouping by tree, renaming, reordering and refiling by
// drag and drop, all checked by QAbstractItemModelTester as the model changes.
#include "bookmarkmodel.h"
#include "bookmarks/bookmarkstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMimeData>
#include <QTemporaryDir>

using namespace Docent;

namespace {

Bookmark item(const QString &tree, const QString &title, qint64 parent = 0, bool folder = false)
{
    Bookmark b;
    b.tree = tree;
    b.treeTitle = tree == u"/nova" ? QStringLiteral("Nova") : QStringLiteral("Other");
    b.title = title;
    b.parent = parent;
    b.folder = folder;
    b.docname = folder ? QString() : QStringLiteral("index");
    return b;
}

QStringList rows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data().toString();
    return out;
}

} // namespace

class TestBookmarkModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void openTreeFirstOthersGrouped();
    void renameSavesTitle();
    void dragReordersAndRefiles();
    void dropRefusesOtherTrees();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BookmarkStore> m_store;
    std::unique_ptr<BookmarkModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_folder = 0, m_a = 0, m_b = 0, m_inside = 0, m_elsewhere = 0;
};

void TestBookmarkModel::init()
{
    static int n = 0;
    m_store = std::make_unique<BookmarkStore>(m_dir.filePath(QStringLiteral("model-%1.sqlite").arg(++n)));
    m_a = m_store->add(item(QStringLiteral("/nova"), QStringLiteral("A")));
    m_folder = m_store->add(item(QStringLiteral("/nova"), QStringLiteral("Folder"), 0, true));
    m_b = m_store->add(item(QStringLiteral("/nova"), QStringLiteral("B")));
    m_inside = m_store->add(item(QStringLiteral("/nova"), QStringLiteral("Inside"), m_folder));
    m_elsewhere = m_store->add(item(QStringLiteral("/other"), QStringLiteral("Elsewhere")));
    m_model = std::make_unique<BookmarkModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setOpenTree(QStringLiteral("/nova"));
}

void TestBookmarkModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void TestBookmarkModel::openTreeFirstOthersGrouped()
{
    QCOMPARE(rows(*m_model), QStringList({QStringLiteral("A"), QStringLiteral("Folder"), QStringLiteral("B"),
                                          QStringLiteral("Other")}));
    const QModelIndex group = m_model->index(3, 0);
    QCOMPARE(BookmarkModel::Kind(group.data(BookmarkModel::KindRole).toInt()), BookmarkModel::Kind::Tree);
    QCOMPARE(rows(*m_model, group), QStringList{QStringLiteral("Elsewhere")});
    QCOMPARE(rows(*m_model, m_model->indexOf(m_folder)), QStringList{QStringLiteral("Inside")});
    // Opening the other tree turns the grouping around.
    m_model->setOpenTree(QStringLiteral("/other"));
    QCOMPARE(rows(*m_model), QStringList({QStringLiteral("Elsewhere"), QStringLiteral("Nova")}));
}

void TestBookmarkModel::renameSavesTitle()
{
    const QModelIndex b = m_model->indexOf(m_b);
    QVERIFY(m_model->flags(b) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(b, QStringLiteral("  Better name ")));
    QCOMPARE(b.data().toString(), QStringLiteral("Better name"));
    QVERIFY(!m_model->setData(b, QStringLiteral("   "))); // a title cannot be blank
    BookmarkStore reopened(m_store->path());
    bool saved = false;
    for (const Bookmark &x : reopened.items())
        saved |= x.id == m_b && x.title == u"Better name";
    QVERIFY(saved);
}

void TestBookmarkModel::dragReordersAndRefiles()
{
    // B to the front of the top level.
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(m_b)}));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(rows(*m_model), QStringList({QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("Folder"),
                                          QStringLiteral("Other")}));
    // A into the folder, after Inside; dropped past the end of the top level it stays before the groups.
    data.reset(m_model->mimeData({m_model->indexOf(m_a)}));
    m_model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, m_model->indexOf(m_folder));
    QCOMPARE(rows(*m_model, m_model->indexOf(m_folder)), QStringList({QStringLiteral("Inside"), QStringLiteral("A")}));
    data.reset(m_model->mimeData({m_model->indexOf(m_inside)}));
    m_model->dropMimeData(data.get(), Qt::MoveAction, 9, 0, {});
    QCOMPARE(rows(*m_model), QStringList({QStringLiteral("B"), QStringLiteral("Folder"), QStringLiteral("Inside"),
                                          QStringLiteral("Other")}));
    // The store has it all.
    BookmarkModel again(m_store.get());
    again.setOpenTree(QStringLiteral("/nova"));
    QCOMPARE(rows(again), rows(*m_model));
}

void TestBookmarkModel::dropRefusesOtherTrees()
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(m_elsewhere)}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, m_model->indexOf(m_folder)));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, m_model->index(3, 0)));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, m_model->index(3, 0)));
    // Onto a bookmark: not a folder.
    QVERIFY(!(m_model->flags(m_model->indexOf(m_a)) & Qt::ItemIsDropEnabled));
}

QTEST_MAIN(TestBookmarkModel)
#include "tst_bookmarkmodel.moc"
