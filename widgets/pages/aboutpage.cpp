#include "aboutpage.h"

#include "appcontext.h"
#include "pageheader.h"
#include "store/workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

AboutPage::AboutPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_workspace(valueLabel(this))
    , m_schema(valueLabel(this))
    , m_contents(valueLabel(this))
    , m_size(valueLabel(this))
    , m_backups(valueLabel(this))
{
    auto *intro = new QLabel(
            tr("SellerDesk is a desktop operations console for AliExpress cross-border sellers. "
               "It keeps your stores' orders, disputes, claims and the platform's dated rules in "
               "one local file, works fully offline from seller-center exports, and never sends "
               "your buyers' data anywhere."),
            this);
    intro->setWordWrap(true);

    auto *workspaceBox = new QGroupBox(tr("Workspace"), this);
    auto *form = new QFormLayout(workspaceBox);
    form->addRow(tr("File:"), m_workspace);
    form->addRow(tr("Schema version:"), m_schema);
    form->addRow(tr("Contents:"), m_contents);
    form->addRow(tr("Size on disk:"), m_size);
    form->addRow(tr("Backups folder:"), m_backups);
    auto *open = new QPushButton(tr("Open workspace folder"), workspaceBox);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addStretch();
    form->addRow(QString(), openRow);

    auto *buildBox = new QGroupBox(tr("This build"), this);
    auto *buildForm = new QFormLayout(buildBox);
    buildForm->addRow(tr("SellerDesk version:"),
                      new QLabel(QCoreApplication::applicationVersion(), buildBox));
    buildForm->addRow(tr("Qt version:"), new QLabel(QString::fromLatin1(qVersion()), buildBox));
    QSqlQuery q(context->db());
    q.exec(u"SELECT sqlite_version()"_s);
    buildForm->addRow(tr("SQLite version:"),
                      new QLabel(q.next() ? q.value(0).toString() : QString(), buildBox));
    auto *privacy = new QLabel(
            tr("On macOS and Linux the workspace, the buyers' photos and documents kept with it "
               "and its backups are readable only by your user account; on Windows they are in "
               "your user profile. Keep copies and exports somewhere equally private: they hold "
               "buyers' names and addresses."),
            buildBox);
    privacy->setWordWrap(true);
    buildForm->addRow(tr("Privacy:"), privacy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("About SellerDesk"),
                                     tr("Version %1").arg(QCoreApplication::applicationVersion()),
                                     this));
    layout->addWidget(intro);
    layout->addWidget(workspaceBox);
    layout->addWidget(buildBox);
    layout->addStretch();

    connect(open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(
                QFileInfo(m_context->workspace()->path()).absolutePath()));
    });
    connect(context, &AppContext::storesChanged, this, &AboutPage::refresh);
    refresh();
}

void AboutPage::refresh()
{
    const Workspace *ws = m_context->workspace();
    const QString path = QDir::toNativeSeparators(ws->path());
    m_workspace->setText(m_context->isDemo() ? tr("%1 (demo workspace)").arg(path) : path);
    const QString schema =
            tr("%1 of %2").arg(ws->schemaVersion()).arg(Workspace::latestSchemaVersion());
    const QString migratedBy = ws->migratedBy();
    m_schema->setText(migratedBy.isEmpty()
                              ? schema
                              : tr("%1, last migrated by SellerDesk %2").arg(schema, migratedBy));
    QSqlQuery q(m_context->db());
    q.exec(u"SELECT (SELECT count(*) FROM stores), (SELECT count(*) FROM orders), "
           "(SELECT count(*) FROM rules), (SELECT count(*) FROM audit_log)"_s);
    if (q.next()) {
        const QLocale locale;
        m_contents->setText(tr("%1 stores, %2 orders, %3 rule values, %4 audit entries")
                                    .arg(locale.toString(q.value(0).toLongLong()),
                                         locale.toString(q.value(1).toLongLong()),
                                         locale.toString(q.value(2).toLongLong()),
                                         locale.toString(q.value(3).toLongLong())));
    }
    qint64 bytes = QFileInfo(ws->path()).size() + QFileInfo(ws->path() + u"-wal"_s).size();
    m_size->setText(QLocale().formattedDataSize(bytes));
    m_backups->setText(QDir::toNativeSeparators(ws->backupDir()));
}

} // namespace sd::ui
