#pragma once

#include "io/recordimporter.h"

#include <QCoreApplication>

namespace sd {

// Imports of the seller center's dispute and chargeback lists and of the
// international Alipay account statement, with the rules every import follows
// (RecordImporter): all or nothing, FILE:LINE:COLUMN for every bad row, idempotent
// (a record is keyed by store + its platform id; importing the same file again
// changes nothing), and what staff recorded by hand is kept when the file does not
// carry it.
class CaseImporter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::CaseImporter)
public:
    enum class Kind { Disputes, Chargebacks, Ledger };

    explicit CaseImporter(const QSqlDatabase &db) : m_db(db) { }
    ImportResult run(Kind kind, const QString &path, const ImportOptions &options);

    // "disputes", "chargebacks", "ledger"
    static std::optional<Kind> kindFromText(const QString &text);
    static QString kindName(Kind kind);
    // The columns the import reads, SellerDesk's names first: for the import dialog.
    static QStringList columns(Kind kind);

private:
    QSqlDatabase m_db;
};

} // namespace sd
