#include "mainwindow.h"

#include "appcontext.h"
#include "backupsdialog.h"
#include "i18n.h"
#include "pageregistry.h"
#include "settingsdialog.h"
#include "staffnamedialog.h"
#include "pages/importdialog.h"
#include "store/backupcatalog.h"
#include "store/privatefiles.h"
#include "store/workspace.h"
#include "stores/storerepository.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace sd::ui {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setWindowIcon(QIcon(u":/icons/sellerdesk.svg"_s));
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    const qint64 store = settings.value(u"window/store"_s, 0).toLongLong();
    if (store == 0 || StoreRepository(m_context->db()).byId(store))
        m_context->setCurrentStoreId(store);
    buildUi();
    // Every day starts with the daily review: the first page, Today.
    showPage(0);
    connect(m_context, &AppContext::storesChanged, this, &MainWindow::reloadStorePicker);
    auto showPageById = [this](const QString &id) {
        const auto &pages = PageRegistry::pages();
        for (int i = 0; i < pages.size(); ++i) {
            if (pages[i].id == id)
                showPage(i);
        }
    };
    connect(m_context, &AppContext::ordersRequested, this, [showPageById] { showPageById(u"orders"_s); });
    connect(m_context, &AppContext::casesRequested, this, [showPageById] { showPageById(u"cases"_s); });
    connect(m_context, &AppContext::appealQueueRequested, this, [showPageById] { showPageById(u"ledger"_s); });
    connect(m_context, &AppContext::tierRequested, this, [showPageById] { showPageById(u"tier"_s); });
    connect(m_context, &AppContext::claimsRequested, this, [showPageById] { showPageById(u"claims"_s); });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    const int current = m_stack ? m_stack->currentIndex() : 0;
    const auto menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    const auto toolbars = findChildren<QToolBar *>();
    for (QToolBar *t : toolbars)
        delete t;
    if (QWidget *old = centralWidget())
        old->deleteLater();

    const bool demo = m_context->isDemo();
    setWindowTitle(demo ? tr("SellerDesk — demo workspace") : tr("SellerDesk"));

    // Navigation sidebar and the page stack, both from the registry.
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setFixedWidth(190);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    QPalette navPalette = m_nav->palette();
    navPalette.setColor(QPalette::Base, palette().color(QPalette::Window).darker(104));
    m_nav->setPalette(navPalette);
    m_stack = new QStackedWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *viewMenu = menuBar()->addMenu(tr("&Go"));
    const auto &pages = PageRegistry::pages();
    for (int i = 0; i < pages.size(); ++i) {
        const PageInfo &info = pages[i];
        auto *item = new QListWidgetItem(QIcon(info.iconPath), PageRegistry::title(info), m_nav);
        item->setSizeHint(QSize(0, 36));
        auto *holder = new QWidget(m_stack);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(18, 14, 18, 14);
        holderLayout->addWidget(info.create(m_context, holder));
        m_stack->addWidget(holder);
        QAction *go = viewMenu->addAction(QIcon(info.iconPath), PageRegistry::title(info));
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // File menu.
    QAction *importOrders = fileMenu->addAction(tr("&Import orders…"));
    importOrders->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // Nothing can be imported into a workspace open read-only: the status bar says why.
    importOrders->setEnabled(!m_context->workspace()->isReadOnly());
    connect(importOrders, &QAction::triggered, this, [this] {
        ImportDialog dialog(m_context, this);
        dialog.exec();
    });
    fileMenu->addSeparator();
    QAction *backup = fileMenu->addAction(tr("&Back up workspace…"));
    connect(backup, &QAction::triggered, this, &MainWindow::backupWorkspace);
    QAction *backups = fileMenu->addAction(tr("Bac&kups…"));
    connect(backups, &QAction::triggered, this, [this] { BackupsDialog(m_context, this).exec(); });
    QAction *settings = fileMenu->addAction(tr("Workspace &Settings…"));
    connect(settings, &QAction::triggered, this, [this] { SettingsDialog(m_context, this).exec(); });
    QAction *staffName = fileMenu->addAction(tr("Your &Name…"));
    staffName->setObjectName(u"staffNameAction"_s);
    connect(staffName, &QAction::triggered, this, [this] { StaffNameDialog(this).exec(); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Language menu: names are written in their own language.
    auto *langMenu = menuBar()->addMenu(tr("&Language"));
    auto *langGroup = new QActionGroup(langMenu);
    const QList<std::pair<QString, QString>> languages{{u"en"_s, u"English"_s},
                                                        {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto &[code, name] : languages) {
        QAction *a = langMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(i18n::current() == code);
        langGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    const int aboutIndex = int(pages.size()) - 1;
    connect(helpMenu->addAction(tr("&About SellerDesk")), &QAction::triggered, this,
            [this, aboutIndex] { showPage(aboutIndex); });

    // Toolbar: which store the pages show.
    auto *toolbar = addToolBar(tr("Store"));
    toolbar->setObjectName(u"storeToolbar"_s);
    toolbar->setMovable(false);
    auto *storeLabel = new QLabel(tr("Store:"), toolbar);
    storeLabel->setContentsMargins(8, 0, 6, 0);
    toolbar->addWidget(storeLabel);
    m_storePicker = new QComboBox(toolbar);
    m_storePicker->setObjectName(u"storePicker"_s);
    m_storePicker->setMinimumContentsLength(24);
    m_storePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(m_storePicker);
    connect(m_storePicker, &QComboBox::activated, this, [this](int index) {
        m_context->setCurrentStoreId(m_storePicker->itemData(index).toLongLong());
    });
    reloadStorePicker();

    statusBar()->showMessage(
            tr("Workspace: %1").arg(QDir::toNativeSeparators(m_context->workspace()->path())));
    // A workspace that cannot be written says so all the time, not only when a save fails.
    delete statusBar()->findChild<QLabel *>(u"readOnlyNotice"_s);
    if (m_context->workspace()->isReadOnly()) {
        auto *notice = new QLabel(tr("Read-only: nothing can be changed"), statusBar());
        notice->setObjectName(u"readOnlyNotice"_s);
        notice->setToolTip(m_context->workspace()->readOnlyReason());
        notice->setStyleSheet(u"QLabel { background: #fff3cd; color: #664d03; padding: 2px 8px; }"_s);
        statusBar()->addPermanentWidget(notice);
        setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
    }

    showPage(current);
}

void MainWindow::reloadStorePicker()
{
    m_storePicker->clear();
    m_storePicker->addItem(tr("All stores"), qint64(0));
    const auto stores = StoreRepository(m_context->db()).all(false);
    for (const Store &s : stores)
        m_storePicker->addItem(s.name, s.id);
    const int index = m_storePicker->findData(m_context->currentStoreId());
    m_storePicker->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0)
        m_context->setCurrentStoreId(0);
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

QWidget *MainWindow::page(int index) const
{
    QWidget *holder = m_stack->widget(index);
    return holder ? holder->layout()->itemAt(0)->widget() : nullptr;
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_nav->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == i18n::current())
        return;
    i18n::apply(language);
    QSettings().setValue(u"language"_s, language);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A new translator was installed: rebuild the pages in the new language
    // (once, after the burst of LanguageChange events).
    // The system switched between light and dark: the sidebar shade follows.
    if (event->type() == QEvent::PaletteChange && m_nav) {
        QPalette navPalette = m_nav->palette();
        navPalette.setColor(QPalette::Base, palette().color(QPalette::Window).darker(104));
        m_nav->setPalette(navPalette);
    }
    if (event->type() == QEvent::LanguageChange && m_stack && !m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rebuildPending = false;
                    buildUi();
                },
                Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/store"_s, m_context->currentStoreId());
    QMainWindow::closeEvent(event);
}

void MainWindow::backupWorkspace()
{
    // Named as a manual backup, so that File › Backups… lists it when it stays there.
    const BackupCatalog catalog(m_context->workspace()->path());
    const QString suggested =
            catalog.newPath(BackupEntry::Kind::Manual, QDateTime::currentDateTimeUtc());
    privatefiles::makeDir(catalog.backupDir());
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up workspace"), suggested,
                                                      tr("SellerDesk workspace (*.sqlite)"));
    if (file.isEmpty())
        return;
    // A file chosen to be replaced is replaced only once the new backup is complete.
    const bool replacing = QFileInfo::exists(file);
    const QString target = replacing
            ? file + u".new-"_s + QString::number(QDateTime::currentMSecsSinceEpoch())
            : file;
    QString error;
    if (!m_context->workspace()->backupTo(target, &error)) {
        QMessageBox::warning(this, tr("Back up workspace"), error);
        return;
    }
    if (replacing && (!QFile::remove(file) || !QFile::rename(target, file))) {
        QMessageBox::warning(this, tr("Back up workspace"),
                             tr("%1 cannot be replaced; the backup was written to %2.")
                                     .arg(QDir::toNativeSeparators(file),
                                          QDir::toNativeSeparators(target)));
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(file)),
                             10000);
}

} // namespace sd::ui
