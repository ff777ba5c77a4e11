#pragma once

#include "io/tablewriter.h"
#include "orders/orderfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace sd {

// Writes every order matching a filter (not only the rows a view has loaded) in
// SellerDesk's layout: one row per line item, order fields repeated, amounts as
// decimals of the order's currency, times in UTC. The importer reads it back
// unchanged (OrderColumns codes are the headers).
class OrderExporter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderExporter)
public:
    explicit OrderExporter(const QSqlDatabase &db) : m_db(db) { }

    struct Result
    {
        qint64 orders = 0;
        qint64 rows = 0;
        bool cancelled = false;
        QString error;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    Result run(const QString &path, TableWriter::Format format, const OrderFilter &filter,
               const OrderSort &sort, qint64 nowUtc, const std::atomic_bool *cancel = nullptr,
               const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace sd
