#include "importsummary.h"

#include "io/recordimporter.h"
#include "time/utctime.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace sd::ui {

ImportSummary::Outcome ImportSummary::outcome(const ImportResult &r, bool dryRun)
{
    if (r.cancelled)
        return Outcome::Cancelled;
    if (r.committed)
        return Outcome::Imported;
    if (!r.fatal.isEmpty() || !dryRun)
        return Outcome::NotImported;
    return r.errors.isEmpty() && r.rejected == 0 ? Outcome::CanBeImported : Outcome::CheckFoundProblems;
}

QString ImportSummary::verdict(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return tr("Imported.");
    case Outcome::CanBeImported:
        return tr("Checked: the file can be imported. Nothing was written.");
    case Outcome::CheckFoundProblems:
        return tr("Checked: the file has problems. Nothing was written.");
    case Outcome::NotImported:
        return tr("Not imported. Nothing was written.");
    case Outcome::Cancelled:
        return tr("Cancelled. Nothing was written.");
    }
    return {};
}

QString ImportSummary::details(const ImportResult &r, bool dryRun)
{
    const Outcome o = outcome(r, dryRun);
    const QLocale locale;
    QStringList lines;
    if (o == Outcome::Cancelled)
        return {};
    if (!r.fatal.isEmpty())
        lines << r.fatal;
    if (o == Outcome::NotImported && r.fatal.isEmpty())
        lines << tr("The file has problems: fix them, or import the good rows only (the option "
                    "above).");
    if (r.rowsRead > 0 || r.fatal.isEmpty()) {
        lines << tr("Rows read: %1").arg(locale.toString(r.rowsRead));
        // What a refused import would have changed was not written: no counts of it.
        if (o == Outcome::Imported) {
            lines << tr("New: %1").arg(locale.toString(r.inserted))
                  << tr("Updated: %1").arg(locale.toString(r.updated))
                  << tr("Unchanged: %1").arg(locale.toString(r.unchanged));
        } else if (o == Outcome::CanBeImported || o == Outcome::CheckFoundProblems) {
            lines << tr("Would be new: %1").arg(locale.toString(r.inserted))
                  << tr("Would be updated: %1").arg(locale.toString(r.updated))
                  << tr("Unchanged: %1").arg(locale.toString(r.unchanged));
        }
        lines << tr("Rows with problems: %1").arg(locale.toString(r.rejected));
    }
    if (r.previousImportUtc > 0)
        lines << tr("This same file was imported before, on %1.").arg(utc::displayLocal(r.previousImportUtc));
    if (!r.rejectedFile.isEmpty())
        lines << tr("Rejected rows were written to %1").arg(QDir::toNativeSeparators(r.rejectedFile));
    if (!r.warnings.isEmpty()) {
        lines << QString();
        if (r.warningCount > r.warnings.size())
            lines << tr("Warnings (the first %1 of %2):")
                             .arg(locale.toString(r.warnings.size()), locale.toString(r.warningCount));
        else
            lines << tr("Warnings:");
        lines << r.warnings;
    }
    if (!r.errors.isEmpty()) {
        lines << QString();
        if (r.rejected > r.errors.size())
            lines << tr("Problems (the first %1 of %2):")
                             .arg(locale.toString(r.errors.size()), locale.toString(r.rejected));
        else
            lines << tr("Problems:");
        lines << r.errors;
    }
    return lines.join(u'\n');
}

QLabel *ImportSummary::makeVerdictLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"importVerdict"_s);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->hide();
    return label;
}

void ImportSummary::show(QLabel *verdictLabel, QPlainTextEdit *detailsView, const ImportResult &r, bool dryRun)
{
    const Outcome o = outcome(r, dryRun);
    verdictLabel->setText(verdict(o));
    const bool bad = o == Outcome::NotImported || o == Outcome::CheckFoundProblems;
    QPalette palette = verdictLabel->parentWidget() ? verdictLabel->parentWidget()->palette()
                                                    : verdictLabel->palette();
    if (bad)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    verdictLabel->setPalette(palette);
    verdictLabel->show();
    detailsView->setPlainText(details(r, dryRun));
}

} // namespace sd::ui
