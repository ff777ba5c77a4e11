#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QPlainTextEdit;

namespace sd {
struct ImportResult;
}

namespace sd::ui {

// What an import dialog shows once a check or an import is over: one verdict that
// cannot be misread (imported, can be imported, has problems, not imported, cancelled)
// and the details under it. A refused import lists no "new" or "updated" counts: nothing
// of it was written. Shared by the order import and the case, ledger and tier import.
class ImportSummary final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::ImportSummary)
public:
    enum class Outcome { Imported, CanBeImported, CheckFoundProblems, NotImported, Cancelled };

    static Outcome outcome(const ImportResult &result, bool dryRun);
    static QString verdict(Outcome outcome);
    // The counts, the problems and the warnings, one per line.
    static QString details(const ImportResult &result, bool dryRun);
    // Sets the verdict (bold, red when nothing or not everything can go in) and the details.
    static void show(QLabel *verdictLabel, QPlainTextEdit *detailsView, const ImportResult &result,
                     bool dryRun);
    // The verdict label, hidden until the first check or import.
    static QLabel *makeVerdictLabel(QWidget *parent);
};

} // namespace sd::ui
