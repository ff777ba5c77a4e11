#pragma once

#include "calc/profitcalculator.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace sd {

// One product of a batch: its identity and the calculator's inputs.
struct BatchProduct
{
    QString productId;
    QString name;
    CalcInput input;
};

struct BatchRow
{
    BatchProduct product;
    CalcComparison comparison;

    const CalcResult *result(const QString &model) const;
    // The best model's profit minus the next best's (none with fewer than two models).
    std::optional<Money> lead() const;
    QString runnerUp() const;
};

// Every product of a list under every fulfillment model.
//
// The list is a CSV or XLSX file with a header row; columns are found by name (case,
// spaces, '_' and '-' ignored; English or Chinese):
//   product_id (商品ID), name (商品名称), price (售价), supply_price (供货价),
//   currency (币种, default USD), quantity (数量, default 1), cost (成本), packaging (包装),
//   first_mile (头程), delivery (运费), commission_rate (佣金率, percent; default the
//   category rule), affiliate_rate (联盟佣金率), affiliate_share (联盟订单占比).
// A product needs an id and a price or a supply price. Every bad cell is reported as
// FILE:LINE:COLUMN with its reason (the first 100), and a list with any is refused.
class BatchCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(sd::BatchCalculator)
public:
    static constexpr int MaxErrors = 100;

    explicit BatchCalculator(const QSqlDatabase &db) : m_calc(db), m_db(db) { }

    // nullopt when the file is refused: *error says why (or how many problems), and
    // problems lists them.
    static std::optional<QList<BatchProduct>> read(const QString &path, const QString &sheet,
                                                   QStringList *problems, QString *error);
    // The products found in the orders (store 0: all stores): each product's average
    // selling price per unit over the orders paid in [from, to), in each currency it
    // sold in, with no cost (enter costs in a product list for a real profit). A product
    // without a product ID (seller-center imports) is named by its SKU code, else its name.
    QList<BatchProduct> fromOrders(qint64 storeId, const QDate &from, const QDate &to) const;

    QList<BatchRow> compute(const QList<BatchProduct> &products, const QDate &date) const;

    // The table as the page and the CLI write it: one row per product.
    static QStringList header();
    static QList<struct Cell> cells(const BatchRow &row);
    // Writes CSV or XLSX by the file's suffix (atomically).
    static bool write(const QList<BatchRow> &rows, const QString &path, QString *error);

private:
    ProfitCalculator m_calc;
    QSqlDatabase m_db;
};

} // namespace sd
