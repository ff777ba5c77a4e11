// sellerdesk-cli calc: what one product earns under a fulfillment model, line by line.

#include "cliapp.h"

#include "calc/batchcalculator.h"
#include "calc/profitcalculator.h"
#include "cli/cliargs.h"
#include "orders/orderterms.h"
#include "store/workspace.h"
#include "stores/storerepository.h"

#include <QDir>
#include <QJsonDocument>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd {

using cli::takeFlag;
using cli::takeOption;

namespace {

QJsonValue ruleJson(const std::optional<CalcRule> &r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject{{u"key"_s, r->key},
                       {u"value"_s, r->value},
                       {u"effective_from"_s, r->effectiveFrom.isValid() ? r->effectiveFrom.toString(Qt::ISODate) : QString()},
                       {u"source"_s, r->source}};
}

QString kindName(CalcLine::Kind kind)
{
    switch (kind) {
    case CalcLine::Kind::Revenue:
        return u"revenue"_s;
    case CalcLine::Kind::Deduction:
        return u"deduction"_s;
    case CalcLine::Kind::Subtotal:
        return u"subtotal"_s;
    case CalcLine::Kind::Total:
        return u"total"_s;
    case CalcLine::Kind::Info:
        return u"info"_s;
    }
    return {};
}

QJsonObject resultJson(const CalcResult &r)
{
    QJsonObject o{{u"model"_s, r.model}, {u"computed"_s, r.computed}};
    if (!r.computed) {
        o.insert(u"why"_s, r.why);
        return o;
    }
    QJsonArray lines;
    for (const CalcLine &l : r.lines)
        lines.append(QJsonObject{{u"key"_s, l.key},
                                 {u"label"_s, l.label},
                                 {u"kind"_s, kindName(l.kind)},
                                 {u"amount"_s, l.amount.toDecimalString()},
                                 {u"rule"_s, ruleJson(l.rule)},
                                 {u"note"_s, l.note}});
    o.insert(u"lines"_s, lines);
    o.insert(u"currency"_s, r.gross.currency().code());
    o.insert(u"gross"_s, r.gross.toDecimalString());
    o.insert(u"net"_s, r.net.toDecimalString());
    o.insert(u"profit"_s, r.profit.toDecimalString());
    o.insert(u"margin"_s, r.margin ? QJsonValue(r.margin->toPercentText()) : QJsonValue::Null);
    o.insert(u"advance"_s, r.advance ? QJsonValue(r.advance->toDecimalString()) : QJsonValue::Null);
    o.insert(u"warnings"_s, QJsonArray::fromStringList(r.warnings));
    return o;
}

QString resultText(const CalcResult &r)
{
    QString text = OrderTerms::modelLabel(r.model) + u'\n';
    if (!r.computed)
        return text + u"  "_s + CliApp::tr("not computed: %1").arg(r.why) + u'\n';
    for (const CalcLine &l : r.lines) {
        const bool info = l.kind == CalcLine::Kind::Info;
        QString row = u"  %1%2"_s.arg(info ? u"  ("_s + l.label + u')' : l.label, -46).arg(l.amount.format(), 18);
        if (l.rule)
            row += u"  ["_s + l.rule->key + u' ' + l.rule->value + u']';
        text += row + u'\n';
    }
    if (r.margin)
        text += u"  "_s + CliApp::tr("Margin: %1 %").arg(r.margin->toPercentText()) + u'\n';
    for (const QString &w : r.warnings)
        text += u"  ! "_s + w + u'\n';
    return text;
}

} // namespace

int CliApp::cmdCalcBatch(const QStringList &arguments)
{
    QStringList args = arguments;
    QString out, sheet, dateText, store;
    bool hasOut = false, hasSheet = false, hasDate = false, hasStore = false;
    const bool fromOrders = takeFlag(args, u"--from-orders"_s);
    if (!takeOption(args, u"--out"_s, &out, &hasOut) || !takeOption(args, u"--sheet"_s, &sheet, &hasSheet)
        || !takeOption(args, u"--date"_s, &dateText, &hasDate) || !takeOption(args, u"--store"_s, &store, &hasStore))
        return fail(Usage, tr("calc batch: an option is missing its value"));
    if (!hasOut)
        return fail(Usage, tr("calc batch: give the file to write with --out FILE (.csv or .xlsx)"));
    if (fromOrders == (args.size() == 1) || args.size() > 1)
        return fail(Usage, tr("calc batch: give a product list FILE, or --from-orders"));
    const QDate date = hasDate ? QDate::fromString(dateText, Qt::ISODate) : QDate::currentDate();
    if (!date.isValid())
        return fail(Usage, tr("calc batch: --date \"%1\" is not a date such as 2026-03-31").arg(dateText));
    Workspace ws(m_db);
    QString error;
    if (!ws.openReadOnly(&error))
        return fail(Failure, error);
    const BatchCalculator batch(ws.connection());
    QList<BatchProduct> products;
    if (fromOrders) {
        qint64 storeId = 0;
        if (hasStore) {
            const auto s = StoreRepository(ws.connection()).byName(store);
            if (!s)
                return fail(Failure, tr("calc batch: there is no store named \"%1\"").arg(store));
            storeId = s->id;
        }
        // The products sold over the 90 days before the date.
        products = batch.fromOrders(storeId, date.addDays(-90), date.addDays(1));
    } else {
        QStringList problems;
        const auto read = BatchCalculator::read(args.first(), sheet, &problems, &error);
        if (!read) {
            for (const QString &p : std::as_const(problems))
                m_err << p << Qt::endl;
            if (m_json) {
                m_out << QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"error"_s, error},
                                                   {u"errors"_s, QJsonArray::fromStringList(problems)}})
                                 .toJson(QJsonDocument::Compact)
                      << Qt::endl;
                m_err << "error: " << error << Qt::endl;
                return Failure;
            }
            return fail(Failure, error);
        }
        products = *read;
    }
    const QList<BatchRow> rows = batch.compute(products, date);
    if (!BatchCalculator::write(rows, out, &error))
        return fail(Failure, error);
    QJsonObject counts;
    for (const BatchRow &r : rows)
        counts.insert(r.comparison.best, counts.value(r.comparison.best).toInt() + 1);
    return succeed({{u"file"_s, QDir::toNativeSeparators(out)}, {u"products"_s, rows.size()}, {u"best"_s, counts}},
                   tr("Wrote %n product(s) under every model to %1\n", nullptr, int(rows.size()))
                           .arg(QDir::toNativeSeparators(out)));
}

int CliApp::cmdCalc(const QStringList &arguments)
{
    QStringList args = arguments;
    if (!args.isEmpty() && args.first() == u"batch"_s)
        return cmdCalcBatch(args.mid(1));
    const bool compare = takeFlag(args, u"--compare"_s);
    const bool notPopular = takeFlag(args, u"--not-popular"_s);
    struct Option
    {
        QString name;
        QString value;
        bool present = false;
    };
    QList<Option> options;
    for (const char16_t *name :
         {u"--price", u"--currency", u"--model", u"--qty", u"--commission-rate", u"--affiliate-rate",
          u"--affiliate-share", u"--cost", u"--packaging", u"--first-mile", u"--delivery", u"--supply-price",
          u"--pickup-fee", u"--operation-fee", u"--rent-fee", u"--date"}) {
        Option o{QString::fromUtf16(name), {}, false};
        if (!takeOption(args, o.name, &o.value, &o.present))
            return fail(Usage, tr("calc: %1 needs a value").arg(o.name));
        options.append(o);
    }
    if (!args.isEmpty())
        return fail(Usage, tr("calc: unexpected argument \"%1\"").arg(args.first()));
    auto value = [&](const QString &name) -> const Option & {
        for (const Option &o : options) {
            if (o.name == name)
                return o;
        }
        Q_UNREACHABLE();
    };
    CalcInput in;
    const Option &currency = value(u"--currency"_s);
    if (currency.present) {
        const auto c = Currency::fromCode(currency.value.trimmed().toUpper());
        if (!c)
            return fail(Usage, tr("calc: \"%1\" is not a currency code such as USD").arg(currency.value));
        in.currency = *c;
    }
    QString error;
    auto money = [&](const QString &name, std::optional<qint64> *out) {
        const Option &o = value(name);
        if (!o.present)
            return true;
        const auto m = Money::parse(o.value.trimmed(), in.currency, u'.', &error);
        if (!m || m->currency() != in.currency) {
            error = tr("calc: %1 \"%2\": %3").arg(name, o.value, m ? tr("not in %1").arg(in.currency.code()) : error);
            return false;
        }
        *out = m->minorUnits();
        return true;
    };
    auto rate = [&](const QString &name, std::optional<Rate> *out) {
        const Option &o = value(name);
        if (!o.present)
            return true;
        const auto r = Rate::parsePercent(o.value.trimmed(), &error);
        if (!r || r->millionths() < 0 || r->millionths() > Rate::One) {
            error = tr("calc: %1 \"%2\": a percentage from 0 to 100 such as 8 or 12.5").arg(name, o.value);
            return false;
        }
        *out = r;
        return true;
    };
    std::optional<qint64> cost, packaging, firstMile, delivery;
    std::optional<Rate> affiliateRate, affiliateShare;
    if (!money(u"--price"_s, &in.priceMinor) || !money(u"--supply-price"_s, &in.supplyPriceMinor)
        || !money(u"--cost"_s, &cost) || !money(u"--packaging"_s, &packaging) || !money(u"--first-mile"_s, &firstMile)
        || !money(u"--delivery"_s, &delivery) || !money(u"--pickup-fee"_s, &in.pickupFeeMinor)
        || !money(u"--operation-fee"_s, &in.operationFeeMinor) || !money(u"--rent-fee"_s, &in.rentMinor)
        || !rate(u"--commission-rate"_s, &in.commissionRate) || !rate(u"--affiliate-rate"_s, &affiliateRate)
        || !rate(u"--affiliate-share"_s, &affiliateShare))
        return fail(Usage, error);
    in.costMinor = cost.value_or(0);
    in.packagingMinor = packaging.value_or(0);
    in.firstMileMinor = firstMile.value_or(0);
    in.deliveryMinor = delivery.value_or(0);
    in.affiliateRate = affiliateRate.value_or(Rate());
    in.affiliateShare = affiliateShare.value_or(Rate());
    in.popular = !notPopular;
    if (const Option &q = value(u"--qty"_s); q.present) {
        bool ok = false;
        in.quantity = q.value.toLongLong(&ok);
        if (!ok || in.quantity < 1)
            return fail(Usage, tr("calc: --qty \"%1\" is not a whole number of 1 or more").arg(q.value));
    }
    if (const Option &d = value(u"--date"_s); d.present) {
        in.date = QDate::fromString(d.value, Qt::ISODate);
        if (!in.date.isValid())
            return fail(Usage, tr("calc: --date \"%1\" is not a date such as 2026-03-31").arg(d.value));
    }
    const Option &model = value(u"--model"_s);
    if (compare == model.present)
        return fail(Usage, tr("calc: give --model MODEL (%1) or --compare").arg(OrderTerms::modelCodes().join(u", "_s)));
    if (model.present && !OrderTerms::modelCodes().contains(model.value))
        return fail(Usage, tr("calc: \"%1\" is not a model: %2").arg(model.value, OrderTerms::modelCodes().join(u", "_s)));
    if (!value(u"--price"_s).present && !value(u"--supply-price"_s).present)
        return fail(Usage, tr("calc: give the selling price (--price) or the supply price (--supply-price)"));

    Workspace ws(m_db);
    if (!ws.openReadOnly(&error))
        return fail(Failure, error);
    const ProfitCalculator calc(ws.connection());
    if (compare) {
        const CalcComparison c = calc.compare(in);
        QJsonArray models;
        QString text;
        for (const CalcResult &r : c.models) {
            models.append(resultJson(r));
            text += resultText(r) + u'\n';
        }
        text += c.best.isEmpty() ? tr("No model could be computed.\n") : tr("Best: %1\n").arg(c.why);
        return succeed({{u"models"_s, models}, {u"best"_s, c.best}, {u"why"_s, c.why}}, text);
    }
    const CalcResult r = calc.compute(in, model.value);
    if (!r.computed)
        return fail(Failure, tr("calc: %1: %2").arg(model.value, r.why));
    return succeed(resultJson(r), resultText(r));
}

} // namespace sd
