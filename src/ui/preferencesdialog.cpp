#include "preferencesdialog.h"

#include "settings.h"
#include "uilanguage.h"
#include "ui_preferencesdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace Docent {
namespace {

const QStringList kThemes = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

void openFolder(const QString &folder)
{
    QDir().mkpath(folder); // a fresh install has none yet; the file manager would show nothing
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->themeBox->addItems({tr("As the system"), tr("Light"), tr("Dark")});
    m_ui->languageBox->addItem(tr("System language"), QString());
    for (const QString &code : uiLanguages())
        m_ui->languageBox->addItem(nativeLanguageName(code), code);
    fill();
    connectChoices();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::cacheFolder() { return QStandardPaths::writableLocation(QStandardPaths::CacheLocation); }
QString PreferencesDialog::dataFolder() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

bool PreferencesDialog::clearCache()
{
    QDir cache(cacheFolder());
    bool ok = true;
    for (const QFileInfo &entry : cache.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        ok = (entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                   : QFile::remove(entry.filePath())) && ok;
    return ok;
}

void PreferencesDialog::fill()
{
    m_ui->themeBox->setCurrentIndex(int(kThemes.indexOf(Settings::theme())));
    m_ui->fontSizeBox->setValue(Settings::pageFontSize());
    m_ui->languageBox->setCurrentIndex(std::max(0, m_ui->languageBox->findData(Settings::language())));
    m_ui->fetchInventoriesBox->setChecked(Settings::fetchLinkInventories());
    m_ui->cacheFolder->setText(QDir::toNativeSeparators(cacheFolder()));
    m_ui->dataFolder->setText(QDir::toNativeSeparators(dataFolder()));
    m_ui->settingsFile->setText(QDir::toNativeSeparators(QSettings().fileName()));
}

void PreferencesDialog::connectChoices()
{
    connect(m_ui->themeBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        Settings::setTheme(kThemes.value(i));
        Q_EMIT appearanceChanged();
    });
    connect(m_ui->fontSizeBox, &QSpinBox::valueChanged, this, [this](int pixels) {
        Settings::setPageFontSize(pixels);
        Q_EMIT appearanceChanged();
    });
    connect(m_ui->languageBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { Settings::setLanguage(m_ui->languageBox->itemData(i).toString()); });
    connect(m_ui->fetchInventoriesBox, &QCheckBox::toggled, this, [](bool on) { Settings::setFetchLinkInventories(on); });
    connect(m_ui->openCacheButton, &QPushButton::clicked, this, [] { openFolder(cacheFolder()); });
    connect(m_ui->openDataButton, &QPushButton::clicked, this, [] { openFolder(dataFolder()); });
    connect(m_ui->clearCacheButton, &QPushButton::clicked, this, &PreferencesDialog::askToClearCache);
}

void PreferencesDialog::askToClearCache()
{
    const auto answer = QMessageBox::question(
        this, tr("Clear Cache"),
        tr("Remove the search indexes kept in %1? They are made again when a tree is opened; bookmarks and settings stay.")
            .arg(QDir::toNativeSeparators(cacheFolder())));
    if (answer != QMessageBox::Yes)
        return;
    if (!clearCache())
        QMessageBox::warning(this, tr("Clear Cache"), tr("Some of the cache could not be removed."));
}

} // namespace Docent
