#include "casewidgets.h"

#include "appcontext.h"
#include "disputes/disputerepository.h"
#include "importsummary.h"
#include "money/money.h"
#include "store/workspace.h"
#include "stores/storerepository.h"
#include "tier/tierimporter.h"
#include "taskrunner.h"
#include "time/utctime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

AttachmentStrip::AttachmentStrip(QWidget *parent) : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setIconSize(QSize(72, 72));
    setGridSize(QSize(110, 104));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setWordWrap(true);
    setUniformItemSizes(true);
    setFixedHeight(116);
    setToolTip(tr("Double-click or press Enter to open a file"));
    auto open = [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (m_inAppImages && item->data(Qt::UserRole + 1).toBool()) {
            QStringList paths, names;
            int index = 0;
            for (int i = 0; i < count(); ++i) {
                if (!this->item(i)->data(Qt::UserRole + 1).toBool())
                    continue;
                if (this->item(i) == item)
                    index = int(paths.size());
                paths.append(this->item(i)->data(Qt::UserRole).toString());
                names.append(this->item(i)->text());
            }
            Q_EMIT photoActivated(paths, names, index);
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString()));
    };
    connect(this, &QListWidget::itemActivated, this, open);
}

void AttachmentStrip::show(const QSqlDatabase &db, const QList<Attachment> &attachments)
{
    clear();
    if (attachments.isEmpty()) {
        // One line saying so, instead of an empty box.
        setViewMode(QListView::ListMode);
        setGridSize(QSize());
        setFixedHeight(fontMetrics().height() + 14);
        auto *none = new QListWidgetItem(tr("No files attached yet"), this);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    setViewMode(QListView::IconMode);
    setGridSize(QSize(110, 104));
    setFixedHeight(116);
    const AttachmentStore store(db);
    for (const Attachment &a : attachments) {
        const QString path = store.pathOf(a);
        QIcon icon;
        if (a.isImage()) {
            QImageReader reader(path);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(size.scaled(iconSize(), Qt::KeepAspectRatio));
            const QImage image = reader.read();
            if (!image.isNull())
                icon = QIcon(QPixmap::fromImage(image));
        }
        if (icon.isNull())
            icon = style()->standardIcon(QFile::exists(path) ? QStyle::SP_FileIcon
                                                             : QStyle::SP_MessageBoxWarning);
        auto *item = new QListWidgetItem(icon, a.fileName, this);
        item->setData(Qt::UserRole, path);
        item->setData(Qt::UserRole + 1, a.isImage());
        item->setToolTip(tr("%1\n%2 KB, added %3 by %4")
                                 .arg(a.fileName)
                                 .arg((a.sizeBytes + 1023) / 1024)
                                 .arg(utc::displayLocal(a.addedUtc), a.addedBy));
    }
}

QString buyerLanguageName(const QString &code)
{
    const QLocale locale(code.section(u'_', 0, 0));
    if (locale.language() == QLocale::C)
        return code;
    if (locale.language() == QLocale::English)
        return u"English"_s;
    // The language's own name without a region: CLDR names some languages after their
    // default country ("español de España"); another of its locales then gives the plain
    // name the regional one starts with ("español").
    QString name = locale.nativeLanguageName();
    for (const QLocale &l : QLocale::matchingLocales(locale.language(), locale.script(), QLocale::AnyTerritory)) {
        const QString other = l.nativeLanguageName();
        if (!other.isEmpty() && other.size() < name.size() && name.startsWith(other + u' '))
            name = other;
    }
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

QString languageLabel(const QString &code)
{
    const QString base = code.section(u'_', 0, 0);
    const QString name = buyerLanguageName(base);
    if (name == base)
        return code;
    if (code == base)
        return u"%1 (%2)"_s.arg(name, code);
    const QLocale locale(code);
    QString region = locale.language() == QLocale(base).language() ? locale.nativeTerritoryName() : QString();
    if (!region.isEmpty())
        region[0] = region.at(0).toUpper();
    return region.isEmpty() ? u"%1 (%2)"_s.arg(name, code) : u"%1 · %2 (%3)"_s.arg(name, region, code);
}

void followTextDirection(QPlainTextEdit *edit, const QString &lang)
{
    const Qt::LayoutDirection direction = QLocale(lang).textDirection();
    edit->setLayoutDirection(direction);
    QTextOption option = edit->document()->defaultTextOption();
    option.setTextDirection(direction);
    option.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    edit->document()->setDefaultTextOption(option);
}

void markProblems(QPlainTextEdit *edit, const QList<ReplyRenderer::Problem> &problems)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const ReplyRenderer::Problem &p : problems) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(edit->document());
        mark.cursor.setPosition(int(p.offset));
        mark.cursor.setPosition(int(p.offset + p.length), QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(0xff, 0xcd, 0xd2));
        mark.format.setForeground(QColor(0xb7, 0x1c, 0x1c));
        marks.append(mark);
    }
    edit->setExtraSelections(marks);
}

QString factRow(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style=\"padding-right:10px;color:palette(mid)\">%1</td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), valueHtml);
}

QTableWidget *makeTimelineTable(QWidget *parent)
{
    auto *t = new QTableWidget(0, 3, parent);
    t->setHorizontalHeaderLabels({QCoreApplication::translate("sd::ui::CaseWidgets", "When"),
                                  QCoreApplication::translate("sd::ui::CaseWidgets", "Who"),
                                  QCoreApplication::translate("sd::ui::CaseWidgets", "What")});
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    t->setColumnWidth(0, 130);
    t->setColumnWidth(1, 90);
    return t;
}

void fillTimeline(QTableWidget *table, const QList<CaseEvent> &events)
{
    table->setRowCount(int(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const CaseEvent &e = events.at(events.size() - 1 - i); // newest first
        table->setItem(int(i), 0, new QTableWidgetItem(utc::displayLocal(e.atUtc)));
        table->setItem(int(i), 1, new QTableWidgetItem(e.actor));
        auto *what = new QTableWidgetItem(e.detail);
        what->setToolTip(e.detail);
        table->setItem(int(i), 2, what);
    }
    table->resizeRowsToContents();
}

std::optional<Money> askAmount(QWidget *parent, const QString &title, const QString &label,
                               const Currency &currency, const std::optional<Money> &initial,
                               const std::function<QString(const Money &)> &check)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *edit = new QLineEdit(&dialog);
    if (initial)
        edit->setText(initial->toDecimalString());
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(u"color: #c62828;"_s);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(label, edit);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    std::optional<Money> value;
    auto validate = [&] {
        QString why;
        value = Money::parse(edit->text().trimmed(), currency, u'.', &why);
        if (!value)
            why = edit->text().trimmed().isEmpty()
                    ? QCoreApplication::translate("sd::ui::CaseWidgets", "Enter an amount in %1").arg(currency.code())
                    : why;
        else if (check)
            why = check(*value);
        problem->setText(why);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    };
    QObject::connect(edit, &QLineEdit::textChanged, &dialog, validate);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return value;
}

CaseImportDialog::CaseImportDialog(AppContext *context, const QList<CaseImporter::Kind> &kinds,
                                   QWidget *parent)
    : CaseImportDialog(context, [&kinds] {
        QList<int> list;
        for (CaseImporter::Kind k : kinds)
            list.append(int(k));
        return list;
    }(), parent)
{
}

CaseImportDialog::CaseImportDialog(AppContext *context, const QList<int> &kinds, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_store(new QComboBox(this))
    , m_skipBad(new QCheckBox(tr("Import the good rows and set the bad ones aside"), this))
    , m_verdict(ImportSummary::makeVerdictLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import"));
    resize(640, 420);
    for (int k : kinds) {
        const QString label = k == TierKind                           ? tr("Monthly tier indicators")
                : k == int(CaseImporter::Kind::Disputes)    ? tr("Disputes (seller center dispute list)")
                : k == int(CaseImporter::Kind::Chargebacks) ? tr("Chargebacks (chargeback list)")
                                                            : tr("Alipay account statement");
        m_kind->addItem(label, k);
    }
    m_store->addItem(tr("Named in the file (store column)"), qint64(0));
    for (const Store &s : StoreRepository(context->db()).all(false))
        m_store->addItem(s.name, s.id);
    const int current = m_store->findData(context->currentStoreId());
    m_store->setCurrentIndex(current > 0 ? current : (m_store->count() == 2 ? 1 : 0));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("Check the file first: every problem is listed with its line and column, and nothing is written."));
    auto *form = new QFormLayout;
    form->addRow(tr("What"), m_kind);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Store"), m_store);
    form->addRow(QString(), m_skipBad);
    auto *check = new QPushButton(tr("&Check"), this);
    auto *import = new QPushButton(tr("&Import"), this);
    import->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(check);
    buttons->addWidget(import);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_output, 1);
    layout->addLayout(buttons);
    connect(browse, &QPushButton::clicked, this, &CaseImportDialog::browse);
    connect(check, &QPushButton::clicked, this, [this] { run(true); });
    connect(import, &QPushButton::clicked, this, [this] { run(false); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseImportDialog::updateColumns);
    updateColumns();
}

void CaseImportDialog::updateColumns()
{
    const int kind = m_kind->currentData().toInt();
    const QStringList columns = kind == TierKind ? TierImporter(m_context->db()).columns()
                                                 : CaseImporter::columns(CaseImporter::Kind(kind));
    m_output->setPlainText(tr("Columns read (* required; seller-center and Chinese headers are recognised too):\n%1")
                                   .arg(columns.join(u", "_s)));
}

void CaseImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), m_file->text(),
                                                      tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void CaseImportDialog::run(bool dryRun)
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_output->setPlainText(path.isEmpty() ? tr("Choose a file first.")
                                              : tr("%1: there is no such file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const int kind = m_kind->currentData().toInt();
    ImportOptions options;
    options.storeId = m_store->currentData().toLongLong();
    options.dryRun = dryRun;
    options.skipBad = m_skipBad->isChecked();
    ImportResult r;
    Workspace *workspace = m_context->workspace();
    TaskRunner::run(this, workspace, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                    [&](const std::atomic_bool &cancel, const TaskRunner::Progress &progress) {
                        ImportOptions o = options;
                        o.cancel = &cancel;
                        o.progress = progress;
                        r = kind == TierKind ? TierImporter(workspace->connection()).run(path, o)
                                             : CaseImporter(workspace->connection()).run(CaseImporter::Kind(kind), path, o);
                    });
    ImportSummary::show(m_verdict, m_output, r, dryRun);
    if (r.committed && kind == TierKind)
        m_context->notifyTierChanged();
    else if (r.committed)
        m_context->notifyCasesChanged();
}

} // namespace sd::ui
