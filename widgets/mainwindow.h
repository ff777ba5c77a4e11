#pragma once

#include <QMainWindow>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace sd::ui {

class AppContext;

// The main window: a navigation sidebar over the registered pages, a store
// picker, menus, and the remembered geometry, store and page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    int currentPage() const;
    void showPage(int index);
    QWidget *page(int index) const;
    AppContext *context() const { return m_context; }
    // Switches the interface language ("en", "zh_CN") and remembers it.
    void setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void reloadStorePicker();
    void backupWorkspace();

    AppContext *m_context;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_storePicker = nullptr;
    bool m_rebuildPending = false;
};

} // namespace sd::ui
