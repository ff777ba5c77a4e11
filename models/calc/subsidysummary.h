#pragma once

#include "money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sd {

// What the platform's subsidies were worth to a store in a month, from its orders
// (paid in that calendar month of the store's time zone, in the store's currency):
//
//   commission saved  = for semi-managed orders, the commission POP would have charged
//                       (product total × the order's commission rate, else the category
//                       rule; half-up per order) minus the commission actually charged
//   fees waived       = units of warehoused semi-managed orders × the pickup, operation
//                       and rent fee rules × their waivers (when the fee rules are in the
//                       store's currency)
//   advance eligible  = the advance-payment share of the warehoused orders' revenue after
//                       commission: paid early for the products the platform marks popular
//   left on the table = the commission POP orders paid that the warehoused semi-managed
//                       waiver would have saved, with the products that paid most
//
// Orders in another currency are counted but not valued (SellerDesk has no exchange rates).
struct SubsidyMonth
{
    QDate month; // the first day
    Currency currency;
    struct Model
    {
        QString model;
        qint64 orders = 0;
        qint64 units = 0;
        Money gross;
        Money commissionCharged;
        Money commissionIfPop;
    };
    QList<Model> models; // in OrderTerms order, only the models with orders
    Money commissionCharged;
    Money commissionSaved;
    Money feesWaived;
    Money advanceEligible;
    Money leftOnTable;
    struct Product
    {
        QString productId; // the product ID; else the SKU code, else the name (seller-center rows)
        QString name;
        qint64 units = 0;
        Money commission;
    };
    QList<Product> leftProducts; // the POP products that paid the most commission, at most 5
    qint64 otherCurrencyOrders = 0;

    Money captured() const { return commissionSaved + feesWaived; }
};

class SubsidySummary final
{
    Q_DECLARE_TR_FUNCTIONS(sd::SubsidySummary)
public:
    // Totals leaves SubsidyMonth::leftProducts empty, saving a pass over the month's line items.
    enum class Detail { Totals, WithProducts };

    explicit SubsidySummary(const QSqlDatabase &db) : m_db(db) { }
    std::optional<SubsidyMonth> month(qint64 storeId, const QDate &month,
                                      Detail detail = Detail::WithProducts) const;
    // The `count` months ending with `last`, oldest first.
    QList<SubsidyMonth> months(qint64 storeId, const QDate &last, int count) const;

private:
    QSqlDatabase m_db;
};

} // namespace sd
