#pragma once

#include "io/recordimporter.h"
#include "orders/ordercolumns.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <optional>

namespace sd {

struct OrderImportOptions
{
    qint64 storeId = 0; // rows without a store name go here; 0: the file must name the store
    std::optional<QTimeZone> sourceZone; // times without an offset; default: the store's zone
    QString defaultModel; // fulfillment model for new orders when the file has no model column
    QString sheet; // XLSX: the sheet to read; default: the first
    QHash<OrderField, QString> mapping; // field -> header for other layouts
    bool skipBad = false; // import the good rows, write the bad ones beside the input
    bool dryRun = false; // check and count, write nothing
    int maxErrors = 100; // errors listed; all bad rows are still counted
    const std::atomic_bool *cancel = nullptr;
    // Called now and then with the bytes (CSV) or rows (XLSX) read so far and the total (0: unknown).
    std::function<void(qint64 done, qint64 total)> progress;
};

using OrderImportResult = ImportResult;

// Imports orders from CSV or XLSX in one transaction: the file goes in completely or
// not at all. Orders are matched on store + order id and line items on child id;
// a newer export updates statuses and amounts (keeping status history) but never a
// staff note or review mark. Memory stays flat: rows stream through.
class OrderImporter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderImporter)
public:
    explicit OrderImporter(const QSqlDatabase &db) : m_db(db) { }
    OrderImportResult run(const QString &path, const OrderImportOptions &options);

    // The header row of a file (first sheet or options.sheet), for the mapping dialog.
    static QStringList readHeader(const QString &path, const QString &sheet, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace sd
