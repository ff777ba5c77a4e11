#pragma once

#include "orders/orderfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sd {

struct OrderItem
{
    QString childId;
    QString productId;
    QString skuCode;
    QString productName;
    qint64 quantity = 0;
    qint64 unitPriceMinor = 0;
    qint64 refundMinor = 0;
    QString status;
};

struct OrderStatusChange
{
    qint64 atUtc = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString source;
};

struct OrderDetail
{
    qint64 ref = 0;
    qint64 storeId = 0;
    QString storeName;
    QString orderId;
    QString model;
    QString status;
    QString logisticsStatus;
    QString buyerName;
    QString buyerLogin;
    QString country;
    QString currency;
    qint64 productTotal = 0;
    qint64 shipping = 0;
    qint64 discount = 0;
    qint64 orderTotal = 0;
    std::optional<qint64> commissionRatePpm;
    std::optional<qint64> commission;
    std::optional<qint64> createdUtc, paidUtc, shippedUtc, receivedUtc, handoverDueUtc;
    QString carrier;
    QString trackingNo;
    QString staffNote;
    QString reviewedOn;
    QList<OrderItem> items;
    QList<OrderStatusChange> history;
};

// Reads one order in full and records what staff do to orders (notes, review
// marks), each change in the audit log within the same transaction.
class OrderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderRepository)
public:
    explicit OrderRepository(const QSqlDatabase &db) : m_db(db) { }

    std::optional<OrderDetail> detail(qint64 ref) const;
    std::optional<qint64> refFor(qint64 storeId, const QString &orderId) const;

    bool setStaffNote(qint64 ref, const QString &note, QString *error);
    // Marks the orders reviewed on `day`; returns how many changed, -1 on error.
    qint64 markReviewed(const QList<qint64> &refs, const QDate &day, QString *error);

    // The orders_fts row for orders `o`: append a WHERE to limit it.
    static QString searchRowsSql();
    // Rebuilds the search index of all orders (after a bulk load or the demo).
    static bool rebuildSearch(const QSqlDatabase &db, QString *error);

    // Distinct countries of the orders, for the filter list.
    QStringList countries(qint64 storeId) const;

    // Order ids (with store names) whose handover is overdue or due within 12 h at `now`.
    struct DueLists
    {
        QStringList overdue;
        QStringList dueSoon;
    };
    DueLists due(qint64 nowUtc, qint64 storeId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace sd
