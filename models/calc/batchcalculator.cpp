#include "batchcalculator.h"

#include "io/recordimporter.h"
#include "io/recordsource.h"
#include "io/tablewriter.h"
#include "orders/orderterms.h"
#include "orders/productkey.h"
#include "time/utctime.h"

#include <QDir>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Column
{
    const char16_t *key;
    QStringList names; // normalized with RecordImporter::normalizeHeader
};

const QList<Column> &columns()
{
    static const QList<Column> list = [] {
        const QList<std::pair<const char16_t *, QStringList>> raw{
                {u"product_id", {u"product_id"_s, u"product id"_s, u"商品ID"_s, u"商品编号"_s, u"id"_s}},
                {u"name", {u"name"_s, u"product name"_s, u"product"_s, u"商品名称"_s, u"名称"_s}},
                {u"price", {u"price"_s, u"selling price"_s, u"售价"_s, u"价格"_s}},
                {u"supply_price", {u"supply_price"_s, u"supply price"_s, u"供货价"_s}},
                {u"currency", {u"currency"_s, u"币种"_s}},
                {u"quantity", {u"quantity"_s, u"qty"_s, u"数量"_s}},
                {u"cost", {u"cost"_s, u"product cost"_s, u"成本"_s, u"商品成本"_s}},
                {u"packaging", {u"packaging"_s, u"包装"_s, u"包装成本"_s}},
                {u"first_mile", {u"first_mile"_s, u"first mile"_s, u"头程"_s, u"头程运费"_s}},
                {u"delivery", {u"delivery"_s, u"shipping"_s, u"运费"_s, u"尾程运费"_s}},
                {u"commission_rate", {u"commission_rate"_s, u"commission rate"_s, u"category rate"_s, u"佣金率"_s}},
                {u"affiliate_rate", {u"affiliate_rate"_s, u"affiliate rate"_s, u"联盟佣金率"_s}},
                {u"affiliate_share", {u"affiliate_share"_s, u"affiliate share"_s, u"联盟订单占比"_s}},
        };
        QList<Column> out;
        for (const auto &[key, names] : raw) {
            QStringList normalized;
            for (const QString &n : names)
                normalized.append(RecordImporter::normalizeHeader(n));
            out.append({key, normalized});
        }
        return out;
    }();
    return list;
}

} // namespace

const CalcResult *BatchRow::result(const QString &model) const
{
    for (const CalcResult &r : comparison.models) {
        if (r.model == model)
            return &r;
    }
    return nullptr;
}

QString BatchRow::runnerUp() const
{
    const CalcResult *best = result(comparison.best);
    const CalcResult *second = nullptr;
    for (const CalcResult &r : comparison.models) {
        if (!r.computed || &r == best)
            continue;
        if (!second || r.profit > second->profit)
            second = &r;
    }
    return second ? second->model : QString();
}

std::optional<Money> BatchRow::lead() const
{
    const CalcResult *best = result(comparison.best);
    const CalcResult *second = result(runnerUp());
    if (!best || !second)
        return std::nullopt;
    return best->profit - second->profit;
}

std::optional<QList<BatchProduct>> BatchCalculator::read(const QString &path, const QString &sheet,
                                                         QStringList *problems, QString *error)
{
    problems->clear();
    const QString shown = QDir::toNativeSeparators(path);
    auto source = RecordSource::open(path, sheet, error);
    if (!source)
        return std::nullopt;
    QStringList header;
    if (!source->read(&header)) {
        *error = source->error().isEmpty() ? tr("%1: the file is empty").arg(shown) : source->error();
        return std::nullopt;
    }
    QHash<QString, int> at; // column key -> field index
    for (int i = 0; i < header.size(); ++i) {
        const QString name = RecordImporter::normalizeHeader(header.at(i));
        for (const Column &c : columns()) {
            if (c.names.contains(name) && !at.contains(QString::fromUtf16(c.key)))
                at.insert(QString::fromUtf16(c.key), i);
        }
    }
    if (!at.contains(u"product_id"_s) || (!at.contains(u"price"_s) && !at.contains(u"supply_price"_s))) {
        *error = tr("%1: the header needs a product_id column and a price or supply_price column (found: %2)")
                         .arg(shown, header.join(u", "_s));
        return std::nullopt;
    }
    QList<BatchProduct> out;
    QStringList fields;
    qint64 bad = 0;
    auto problem = [&](int column, const QString &why) {
        ++bad;
        if (problems->size() < MaxErrors)
            problems->append(tr("%1: %2").arg(source->location(source->fieldLine(column), column + 1), why));
    };
    while (source->read(&fields)) {
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        auto field = [&](const QString &key) {
            const int i = at.value(key, -1);
            return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
        };
        BatchProduct p;
        p.productId = field(u"product_id"_s);
        p.name = field(u"name"_s);
        if (p.productId.isEmpty())
            problem(at.value(u"product_id"_s), tr("the product id is empty"));
        const QString currency = field(u"currency"_s);
        if (!currency.isEmpty()) {
            if (const auto c = Currency::fromCode(currency.toUpper()))
                p.input.currency = *c;
            else
                problem(at.value(u"currency"_s), tr("\"%1\" is not a currency code such as USD").arg(currency));
        }
        auto money = [&](const QString &key) -> std::optional<qint64> {
            const QString text = field(key);
            if (text.isEmpty())
                return std::nullopt;
            QString why;
            const auto m = Money::parse(text, p.input.currency, u'.', &why);
            if (!m || m->currency() != p.input.currency || m->isNegative()) {
                problem(at.value(key), m ? tr("\"%1\": an amount of 0 or more in %2 was expected")
                                                   .arg(text, p.input.currency.code())
                                         : tr("\"%1\": %2").arg(text, why));
                return std::nullopt;
            }
            return m->minorUnits();
        };
        auto rate = [&](const QString &key) -> std::optional<Rate> {
            const QString text = field(key);
            if (text.isEmpty())
                return std::nullopt;
            const auto r = Rate::parsePercent(text);
            if (!r || r->millionths() < 0 || r->millionths() > Rate::One) {
                problem(at.value(key), tr("\"%1\": a percentage from 0 to 100 such as 8 or 12.5 was expected").arg(text));
                return std::nullopt;
            }
            return r;
        };
        p.input.priceMinor = money(u"price"_s);
        p.input.supplyPriceMinor = money(u"supply_price"_s);
        if (!p.input.priceMinor && !p.input.supplyPriceMinor && field(u"price"_s).isEmpty()
            && field(u"supply_price"_s).isEmpty())
            problem(at.value(u"price"_s, at.value(u"supply_price"_s)), tr("a price or a supply price is needed"));
        p.input.costMinor = money(u"cost"_s).value_or(0);
        p.input.packagingMinor = money(u"packaging"_s).value_or(0);
        p.input.firstMileMinor = money(u"first_mile"_s).value_or(0);
        p.input.deliveryMinor = money(u"delivery"_s).value_or(0);
        p.input.commissionRate = rate(u"commission_rate"_s);
        p.input.affiliateRate = rate(u"affiliate_rate"_s).value_or(Rate());
        p.input.affiliateShare = rate(u"affiliate_share"_s).value_or(Rate());
        if (const QString q = field(u"quantity"_s); !q.isEmpty()) {
            bool ok = false;
            p.input.quantity = q.toLongLong(&ok);
            if (!ok || p.input.quantity < 1)
                problem(at.value(u"quantity"_s), tr("\"%1\": a whole number of 1 or more was expected").arg(q));
        }
        out.append(p);
    }
    if (!source->error().isEmpty()) {
        *error = source->error();
        return std::nullopt;
    }
    if (bad > 0) {
        *error = tr("%1: not read, %n cell(s) have problems; nothing was calculated", nullptr, int(bad)).arg(shown);
        return std::nullopt;
    }
    return out;
}

QList<BatchProduct> BatchCalculator::fromOrders(qint64 storeId, const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Seller-center rows carry no product ID: such a product is its SKU code, else its name.
    q.prepare(u"SELECT "_s + ProductKey::valueSql()
              + u", max(i.product_name), o.currency, sum(i.unit_price_minor * i.quantity), "
                "sum(i.quantity), "_s
              + ProductKey::kindSql()
              + u" FROM orders o JOIN order_items i ON i.order_ref = o.id WHERE "_s
              + ProductKey::namedSql()
              + u" AND o.paid_utc >= ? AND o.paid_utc < ? AND (? = 0 OR o.store_id = ?) "
                "GROUP BY 6, 1, o.currency ORDER BY 6, 1, o.currency"_s);
    q.addBindValue(utc::toStore(from.startOfDay(QTimeZone::utc())));
    q.addBindValue(utc::toStore(to.startOfDay(QTimeZone::utc())));
    q.addBindValue(storeId);
    q.addBindValue(storeId);
    QList<BatchProduct> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const qint64 units = q.value(4).toLongLong();
        if (units <= 0)
            continue;
        BatchProduct p;
        p.productId = q.value(0).toString();
        p.name = q.value(1).toString();
        p.input.currency = Currency::of(q.value(2).toString());
        // The average unit price, half-up to the minor unit.
        p.input.priceMinor = Money(q.value(3).toLongLong(), p.input.currency)
                                     .scaled(1, units, Rounding::HalfUp)
                                     .minorUnits();
        out.append(p);
    }
    return out;
}

QList<BatchRow> BatchCalculator::compute(const QList<BatchProduct> &products, const QDate &date) const
{
    QList<BatchRow> rows;
    rows.reserve(products.size());
    for (const BatchProduct &p : products) {
        BatchProduct dated = p;
        dated.input.date = date;
        rows.append({dated, m_calc.compare(dated.input)});
    }
    return rows;
}

QStringList BatchCalculator::header()
{
    QStringList h{u"product_id"_s, u"name"_s, u"currency"_s, u"price"_s, u"supply_price"_s, u"best_model"_s,
                  u"best_profit"_s, u"next_best_model"_s, u"profit_difference"_s};
    for (const QString &model : OrderTerms::modelCodes())
        h.append(u"profit_"_s + model);
    h.append(u"warnings"_s);
    return h;
}

QList<Cell> BatchCalculator::cells(const BatchRow &row)
{
    const BatchProduct &p = row.product;
    const int digits = p.input.currency.minorDigits();
    auto money = [&](const std::optional<qint64> &minor) {
        return minor ? Cell::ofDecimal(*minor, digits) : Cell::empty();
    };
    const CalcResult *best = row.result(row.comparison.best);
    const auto lead = row.lead();
    QList<Cell> c{Cell::ofText(p.productId),
                  Cell::ofText(p.name),
                  Cell::ofText(p.input.currency.code()),
                  money(p.input.priceMinor),
                  money(p.input.supplyPriceMinor),
                  Cell::ofText(row.comparison.best),
                  money(best ? std::optional(best->profit.minorUnits()) : std::nullopt),
                  Cell::ofText(row.runnerUp()),
                  money(lead ? std::optional(lead->minorUnits()) : std::nullopt)};
    QStringList warnings;
    for (const QString &model : OrderTerms::modelCodes()) {
        const CalcResult *r = row.result(model);
        c.append(money(r && r->computed ? std::optional(r->profit.minorUnits()) : std::nullopt));
        if (r && r->computed && model == row.comparison.best)
            warnings += r->warnings;
    }
    c.append(Cell::ofText(warnings.join(u" "_s)));
    return c;
}

bool BatchCalculator::write(const QList<BatchRow> &rows, const QString &path, QString *error)
{
    const auto format = TableWriter::formatForPath(path);
    if (!format) {
        *error = tr("%1: write a .csv or .xlsx file").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const auto writer = TableWriter::create(*format, path, tr("Products"));
    if (!writer->open(header(), error))
        return false;
    for (const BatchRow &row : rows) {
        if (!writer->writeRow(cells(row), error))
            return false;
    }
    return writer->commit(error);
}

} // namespace sd
