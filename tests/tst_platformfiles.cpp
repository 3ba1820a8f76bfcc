// The files that make Docent a macOS bundle and a desktop application, checked on any system: the
// configured Info.plist is a well-formed property list that declares the document types Finder
// needs, and the icons drawn at build time exist in the sizes the platforms ask for.
#include "testsupport.h"

#include <QImage>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>
#include <variant>

namespace {

// A property list value: a string, a bool, an array or a dictionary (enough for Info.plist).
struct PlistValue;
using PlistArray = QList<std::shared_ptr<PlistValue>>;
using PlistDict = QMap<QString, std::shared_ptr<PlistValue>>;
struct PlistValue {
    std::variant<QString, bool, PlistArray, PlistDict> value;
    QString string() const { return std::holds_alternative<QString>(value) ? std::get<QString>(value) : QString(); }
    PlistArray array() const { return std::holds_alternative<PlistArray>(value) ? std::get<PlistArray>(value) : PlistArray(); }
    PlistDict dict() const { return std::holds_alternative<PlistDict>(value) ? std::get<PlistDict>(value) : PlistDict(); }
};

std::shared_ptr<PlistValue> readValue(QXmlStreamReader &xml);

PlistDict readDict(QXmlStreamReader &xml)
{
    PlistDict dict;
    QString key;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"key") {
            key = xml.readElementText();
        } else {
            if (key.isEmpty()) {
                xml.raiseError(QStringLiteral("a value without a key"));
                return dict;
            }
            dict.insert(key, readValue(xml));
            key.clear();
        }
    }
    return dict;
}

std::shared_ptr<PlistValue> readValue(QXmlStreamReader &xml)
{
    auto v = std::make_shared<PlistValue>();
    const QStringView name = xml.name();
    if (name == u"dict") {
        v->value = readDict(xml);
    } else if (name == u"array") {
        PlistArray array;
        while (xml.readNextStartElement())
            array << readValue(xml);
        v->value = array;
    } else if (name == u"true" || name == u"false") {
        v->value = name == u"true";
        xml.skipCurrentElement();
    } else if (name == u"string" || name == u"integer" || name == u"real") {
        v->value = xml.readElementText();
    } else {
        xml.raiseError(QStringLiteral("unexpected element <%1>").arg(name));
    }
    return v;
}

// The top-level dictionary of the plist at `path`, or an error.
PlistDict readPlist(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QXmlStreamReader xml(&file);
    PlistDict top;
    if (xml.readNextStartElement() && xml.name() == u"plist" && xml.readNextStartElement() && xml.name() == u"dict")
        top = readDict(xml);
    else
        xml.raiseError(QStringLiteral("not a <plist> holding a <dict>"));
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return top;
}

QStringList strings(const PlistArray &array)
{
    QStringList list;
    for (const auto &v : array)
        list << v->string();
    return list;
}

} // namespace

class TestPlatformFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bundleKeys_data();
    void bundleKeys();
    void documentTypes();
    void restructuredTextTypeIsDeclared();
    void hicolorIcons_data();
    void hicolorIcons();
    void macIcon();

private:
    PlistDict m_plist;
};

void TestPlatformFiles::initTestCase()
{
    QString error;
    m_plist = readPlist(QStringLiteral(DOCENT_BUILD_DIR "/packaging/Info.plist"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPlatformFiles::bundleKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("identifier") << "CFBundleIdentifier" << "org.docent.Docent";
    QTest::newRow("executable") << "CFBundleExecutable" << "Docent";
    QTest::newRow("package type") << "CFBundlePackageType" << "APPL";
    QTest::newRow("icon") << "CFBundleIconFile" << "docent.icns";
    QTest::newRow("version") << "CFBundleShortVersionString" << DOCENT_VERSION;
    QTest::newRow("build") << "CFBundleVersion" << DOCENT_VERSION;
    QTest::newRow("principal class") << "NSPrincipalClass" << "NSApplication";
}

void TestPlatformFiles::bundleKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QVERIFY2(m_plist.contains(key), qPrintable(key + QStringLiteral(" is missing")));
    QCOMPARE(m_plist.value(key)->string(), expected);
}

void TestPlatformFiles::documentTypes()
{
    QVERIFY(m_plist.contains(QStringLiteral("CFBundleDocumentTypes")));
    QHash<QString, QString> rankOfType;
    for (const auto &type : m_plist.value(QStringLiteral("CFBundleDocumentTypes"))->array()) {
        const PlistDict d = type->dict();
        QCOMPARE(d.value(QStringLiteral("CFBundleTypeRole"))->string(), QStringLiteral("Viewer"));
        QVERIFY(!d.value(QStringLiteral("CFBundleTypeName"))->string().isEmpty());
        for (const QString &uti : strings(d.value(QStringLiteral("LSItemContentTypes"))->array()))
            rankOfType.insert(uti, d.value(QStringLiteral("LSHandlerRank"))->string());
    }
    // .rst files are Docent's to open; plain text only as an alternate.
    QCOMPARE(rankOfType.value(QStringLiteral("org.docutils.restructuredtext")), QStringLiteral("Owner"));
    QCOMPARE(rankOfType.value(QStringLiteral("public.plain-text")), QStringLiteral("Alternate"));
}

void TestPlatformFiles::restructuredTextTypeIsDeclared()
{
    QVERIFY(m_plist.contains(QStringLiteral("UTImportedTypeDeclarations")));
    const PlistArray declared = m_plist.value(QStringLiteral("UTImportedTypeDeclarations"))->array();
    QCOMPARE(declared.size(), 1);
    const PlistDict rst = declared.first()->dict();
    QCOMPARE(rst.value(QStringLiteral("UTTypeIdentifier"))->string(), QStringLiteral("org.docutils.restructuredtext"));
    QVERIFY(strings(rst.value(QStringLiteral("UTTypeConformsTo"))->array()).contains(QStringLiteral("public.plain-text")));
    const PlistDict tags = rst.value(QStringLiteral("UTTypeTagSpecification"))->dict();
    QCOMPARE(strings(tags.value(QStringLiteral("public.filename-extension"))->array()),
             QStringList({QStringLiteral("rst"), QStringLiteral("rest")}));
    QCOMPARE(strings(tags.value(QStringLiteral("public.mime-type"))->array()), QStringList{QStringLiteral("text/x-rst")});
}

void TestPlatformFiles::hicolorIcons_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestPlatformFiles::hicolorIcons()
{
    QFETCH(int, size);
    if (!DOCENT_ICONS_DRAWN)
        QSKIP("rsvg-convert was not found when the build was configured (librsvg2-bin)");
    const QImage icon(QStringLiteral(DOCENT_BUILD_DIR "/icons/%1x%1/org.docent.Docent.png").arg(size));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.size(), QSize(size, size));
    QVERIFY(icon.hasAlphaChannel());
}

void TestPlatformFiles::macIcon()
{
    const QString icns = QStringLiteral(DOCENT_ICNS_PATH);
    if (icns.isEmpty())
        QSKIP("no png2icns (icnsutils) or iconutil was found when the build was configured");
    QFile file(icns);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(icns));
    const QByteArray data = file.readAll();
    // An icns file: the magic "icns", its total length big-endian, then typed chunks.
    QVERIFY(data.startsWith("icns"));
    const quint32 length = quint32(uchar(data[4])) << 24 | quint32(uchar(data[5])) << 16 | quint32(uchar(data[6])) << 8 |
                           quint32(uchar(data[7]));
    QCOMPARE(qsizetype(length), data.size());
    // The 512-pixel image (ic09) is there for Retina displays and Finder's large views.
    QVERIFY(data.contains("ic09"));
}

QTEST_GUILESS_MAIN(TestPlatformFiles)
#include "tst_platformfiles.moc"
