// Edit > Preferences: the theme, the pages' font size, the window's language, whether link
// inventories may be fetched, and where Docent keeps its data. Every choice is stored through the
// typed settings (settings.h) at once and announced, so the window applies it while it is open.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Docent {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The folders shown: the cache (search indexes) and the data (bookmarks).
    static QString cacheFolder();
    static QString dataFolder();
    /// Removes everything in the cache folder; false when some of it could not be removed.
    static bool clearCache();

Q_SIGNALS:
    /// The theme or the page font size changed: the window and its pages follow.
    void appearanceChanged();

private:
    void fill();
    void connectChoices();
    void askToClearCache();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Docent
