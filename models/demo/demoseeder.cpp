#include "demoseeder.h"

#include "money/money.h"
#include "orders/deadlines.h"
#include "orders/orderrepository.h"
#include "rules/rulerepository.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct DemoStore
{
    const char16_t *name;
    const char16_t *account;
};

constexpr std::array s_stores{
        DemoStore{u"Harbor Home Goods", u"cn1521873042"},
        DemoStore{u"Lumen Gadgets", u"cn1809446127"},
        DemoStore{u"Petal & Thread Crafts", u"cn2204917785"},
};

struct DemoProduct
{
    const char16_t *id;
    const char16_t *sku;
    const char16_t *name;
    qint64 priceCents;
    int commissionBp; // category commission in basis points
    const char16_t *model;
};

// Each store sells its own catalogue; each product runs under one fulfillment model.
constexpr std::array s_products{
        // Harbor Home Goods
        DemoProduct{u"1005006311420981", u"SPAT-5PC-GRY", u"Silicone spatula set, 5 pcs", 899, 800, u"semi_jit"},
        DemoProduct{u"1005006311420982", u"MUG-350-WHT", u"Ceramic coffee mug 350 ml", 1249, 800, u"semi_warehouse"},
        DemoProduct{u"1005006311420983", u"VASE-GLS-20", u"Glass flower vase 20 cm", 1899, 800, u"pop"},
        DemoProduct{u"1005006311420984", u"BIN-FAB-3PK", u"Foldable fabric storage bins, 3 pack", 1599, 700, u"full_managed"},
        DemoProduct{u"1005006311420985", u"TEA-PRC-6", u"Porcelain tea set for 6", 3499, 800, u"overseas"},
        DemoProduct{u"1005006311420986", u"BRSH-BMB-4", u"Bamboo toothbrushes, 4 pack", 399, 500, u"semi_warehouse"},
        DemoProduct{u"1005006311420987", u"BOTL-SS-750", u"Stainless steel water bottle 750 ml", 1099, 800, u"semi_jit"},
        DemoProduct{u"1005006311420988", u"LITE-FRY-10M", u"Warm white fairy lights 10 m", 649, 800, u"pop"},
        // Lumen Gadgets
        DemoProduct{u"1005007120553101", u"CBL-USBC-2M", u"USB-C braided cable 2 m", 459, 800, u"semi_warehouse"},
        DemoProduct{u"1005007120553102", u"EAR-TWS-BLK", u"Wireless earbuds with charging case", 2299, 800, u"semi_jit"},
        DemoProduct{u"1005007120553103", u"LED-STRP-5M", u"RGB LED strip lights 5 m", 1399, 800, u"pop"},
        DemoProduct{u"1005007120553104", u"CAR-MAG-HLD", u"Magnetic car phone holder", 699, 800, u"semi_jit"},
        DemoProduct{u"1005007120553105", u"BIKE-LGT-USB", u"Rechargeable bicycle light set", 1199, 700, u"full_managed"},
        DemoProduct{u"1005007120553106", u"WTCH-STRP-22", u"Silicone watch strap 22 mm", 349, 800, u"semi_warehouse"},
        DemoProduct{u"1005007120553107", u"TAB-KID-10", u"Kids' LCD drawing tablet 10 in", 899, 800, u"overseas"},
        DemoProduct{u"1005007120553108", u"CASE-MAG-15", u"Magnetic phone case, clear", 599, 800, u"pop"},
        // Petal & Thread Crafts
        DemoProduct{u"1005008004271301", u"EMB-KIT-FLR", u"Floral embroidery starter kit", 1049, 500, u"semi_jit"},
        DemoProduct{u"1005008004271302", u"YRN-MRN-5", u"Merino knitting yarn, 5 skeins", 1899, 500, u"pop"},
        DemoProduct{u"1005008004271303", u"CLIP-HAIR-12", u"Pearl hair clips, 12 pcs", 299, 800, u"semi_warehouse"},
        DemoProduct{u"1005008004271304", u"BRSH-MKP-14", u"Makeup brush set, 14 pcs", 1299, 800, u"full_managed"},
        DemoProduct{u"1005008004271305", u"NDL-CROC-9", u"Ergonomic crochet hooks, 9 sizes", 749, 500, u"semi_jit"},
        DemoProduct{u"1005008004271306", u"BEAD-GLS-24", u"Glass seed beads, 24 colours", 549, 500, u"semi_warehouse"},
        DemoProduct{u"1005008004271307", u"FRME-HOOP-3", u"Wooden embroidery hoops, 3 sizes", 479, 500, u"overseas"},
        DemoProduct{u"1005008004271308", u"WAND-CAT-FTH", u"Feather cat teaser wand", 259, 800, u"pop"},
};
constexpr int ProductsPerStore = 8;

struct DemoBuyer
{
    const char16_t *name;
    const char16_t *country;
};

constexpr std::array s_buyers{
        DemoBuyer{u"Lucía García", u"ES"}, DemoBuyer{u"Javier Fernández", u"ES"},
        DemoBuyer{u"Camille Martin", u"FR"}, DemoBuyer{u"Louis Bernard", u"FR"},
        DemoBuyer{u"João Silva", u"BR"}, DemoBuyer{u"Ana Souza", u"BR"},
        DemoBuyer{u"Иван Петров", u"RU"}, DemoBuyer{u"Ольга Смирнова", u"RU"},
        DemoBuyer{u"김민준", u"KR"}, DemoBuyer{u"이서연", u"KR"},
        DemoBuyer{u"Daan de Vries", u"NL"}, DemoBuyer{u"Sanne Jansen", u"NL"},
        DemoBuyer{u"Zofia Nowak", u"PL"}, DemoBuyer{u"Jakub Kowalski", u"PL"},
        DemoBuyer{u"Emily Johnson", u"US"}, DemoBuyer{u"Michael Brown", u"US"},
        DemoBuyer{u"Lena Schmidt", u"DE"}, DemoBuyer{u"Giulia Rossi", u"IT"},
        DemoBuyer{u"Mateo López", u"MX"}, DemoBuyer{u"Noa Levi", u"IL"},
};

constexpr std::array s_carriers{u"Cainiao Standard", u"AliExpress Standard Shipping",
                                u"Cainiao Super Economy", u"YunExpress", u"4PX"};

QString statusFor(QRandomGenerator &rng, double ageDays)
{
    const int r = int(rng.bounded(1000));
    if (ageDays < 1.0) {
        if (r < 150)
            return u"PLACE_ORDER_SUCCESS"_s;
        if (r < 450)
            return u"RISK_CONTROL"_s;
        if (r < 480)
            return u"IN_CANCEL"_s;
        return u"WAIT_SELLER_SEND_GOODS"_s;
    }
    if (ageDays < 4.0) {
        if (r < 300)
            return u"WAIT_SELLER_SEND_GOODS"_s;
        if (r < 380)
            return u"SELLER_PART_SEND_GOODS"_s;
        if (r < 410)
            return u"IN_CANCEL"_s;
        return u"WAIT_BUYER_ACCEPT_GOODS"_s;
    }
    if (ageDays < 35.0) {
        if (r < 40)
            return u"IN_ISSUE"_s;
        if (r < 60)
            return u"IN_FROZEN"_s;
        if (r < 80)
            return u"WAIT_SELLER_EXAMINE_MONEY"_s;
        if (r < 110)
            return u"FUND_PROCESSING"_s;
        if (r < 600)
            return u"WAIT_BUYER_ACCEPT_GOODS"_s;
        return u"FINISH"_s;
    }
    if (r < 15)
        return u"IN_ISSUE"_s;
    if (r < 30)
        return u"FUND_PROCESSING"_s;
    return u"FINISH"_s;
}

QString logisticsFor(const QString &status)
{
    if (status == u"PLACE_ORDER_SUCCESS"_s || status == u"IN_CANCEL"_s
        || status == u"RISK_CONTROL"_s)
        return u"NO_LOGISTICS"_s;
    if (status == u"WAIT_SELLER_SEND_GOODS"_s)
        return u"WAIT_SELLER_SEND_GOODS"_s;
    if (status == u"SELLER_PART_SEND_GOODS"_s)
        return u"SELLER_SEND_PART_GOODS"_s;
    if (status == u"FINISH"_s || status == u"FUND_PROCESSING"_s
        || status == u"WAIT_SELLER_EXAMINE_MONEY"_s)
        return u"BUYER_ACCEPT_GOODS"_s;
    return u"SELLER_SEND_GOODS"_s;
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

std::optional<QList<qint64>> DemoSeeder::storeIds(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id FROM stores ORDER BY id"_s)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

bool DemoSeeder::seed(const QDate &today, QString *error)
{
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT count(*) FROM stores"_s) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.value(0).toLongLong() > 0) {
            *error = tr("the workspace already has stores; the demo is only added to an empty "
                        "workspace");
            return false;
        }
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QRandomGenerator rng(0x5e11e7d5u);
    const Currency usd = Currency::of(u"USD");
    const RuleRepository rules(m_db);
    const QTimeZone shanghai("Asia/Shanghai");
    // Orders are spread over the 90 days ending at 18:00 Shanghai time on `today`.
    const qint64 end = utc::toStore(QDateTime(today, QTime(18, 0), shanghai));
    const qint64 start = end - qint64(Days) * 86400;

    QSqlQuery insStore(m_db);
    insStore.prepare(u"INSERT INTO stores (name, account_id, currency, time_zone, created_utc) "
                     "VALUES (?, ?, 'USD', 'Asia/Shanghai', ?)"_s);
    QSqlQuery insOrder(m_db);
    insOrder.prepare(
            u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, "
            "logistics_status, buyer_name, buyer_login, country, currency, product_total_minor, "
            "shipping_minor, discount_minor, order_total_minor, commission_rate_ppm, "
            "commission_minor, affiliate_rate_ppm, created_utc, paid_utc, shipped_utc, "
            "received_utc, carrier, tracking_no, handover_due_utc, reviewed_on, staff_note) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), "
            "COALESCE(?, ''), ?, ?, COALESCE(?, ''))"_s);
    QSqlQuery insItem(m_db);
    insItem.prepare(u"INSERT INTO order_items (order_ref, child_id, product_id, sku_code, "
                    "product_name, quantity, unit_price_minor, item_status, send_goods_operator, "
                    "refund_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    DeadlineCalculator deadlines(m_db);
    const QTimeZone shanghaiZone("Asia/Shanghai");
    const QDate reviewedToday = today;
    QSqlQuery insHistory(m_db);
    insHistory.prepare(u"INSERT INTO order_status_history (order_ref, at_utc, field, old_value, "
                       "new_value, source) VALUES (?, ?, 'order_status', ?, ?, 'demo')"_s);

    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };

    qint64 orderNumber = 3038417700000000LL;
    for (int s = 0; s < int(s_stores.size()); ++s) {
        insStore.addBindValue(QString::fromUtf16(s_stores[s].name));
        insStore.addBindValue(QString::fromUtf16(s_stores[s].account));
        insStore.addBindValue(start - 400 * 86400);
        if (!insStore.exec())
            return fail(insStore);
        const qint64 storeId = insStore.lastInsertId().toLongLong();

        for (int n = 0; n < OrdersPerStore; ++n) {
            orderNumber += 1 + rng.bounded(9000);
            // More orders in recent weeks: a growing store.
            const double u = rng.generateDouble();
            const qint64 created = start + qint64(double(end - start) * (1.0 - u * u * 0.6 - 0.4 * u));
            const double ageDays = double(end - created) / 86400.0;
            const auto &product = s_products[s * ProductsPerStore + int(rng.bounded(ProductsPerStore))];
            const QString model = QString::fromUtf16(product.model);
            QString status = statusFor(rng, ageDays);
            // JIT sellers hand over nearly every order within the day; a few stay late.
            if (model == u"semi_jit"_s && status == u"WAIT_SELLER_SEND_GOODS"_s && ageDays > 1.0
                && rng.bounded(100) >= 4)
                status = u"WAIT_BUYER_ACCEPT_GOODS"_s;
            const auto &buyer = s_buyers[rng.bounded(int(s_buyers.size()))];

            const bool paid = status != u"PLACE_ORDER_SUCCESS"_s;
            const qint64 paidAt = paid ? created + 60 + rng.bounded(4 * 3600) : 0;
            // JIT orders are mostly handed over inside 24 h; some are late.
            const bool jit = model == u"semi_jit"_s;
            const qint64 handover = jit ? (rng.bounded(100) < 88 ? 2 * 3600 + rng.bounded(20 * 3600)
                                                                 : 25 * 3600 + rng.bounded(30 * 3600))
                                        : 6 * 3600 + rng.bounded(60 * 3600);
            const QString logistics = logisticsFor(status);
            const bool shipped = logistics == u"SELLER_SEND_GOODS"_s
                    || logistics == u"SELLER_SEND_PART_GOODS"_s
                    || logistics == u"BUYER_ACCEPT_GOODS"_s;
            qint64 shippedAt = shipped ? paidAt + handover : 0;
            if (shipped && shippedAt > end)
                shippedAt = end - rng.bounded(3600);
            const bool received = logistics == u"BUYER_ACCEPT_GOODS"_s;
            qint64 receivedAt = received ? shippedAt + (5 + rng.bounded(16)) * 86400 : 0;
            if (received && receivedAt > end)
                receivedAt = end - rng.bounded(6 * 3600);

            // One to three line items; a second product now and then.
            const int items = rng.bounded(100) < 80 ? 1 : 2 + int(rng.bounded(2));
            Money productTotal = Money::zero(usd);
            struct Line { const DemoProduct *p; int qty; };
            QList<Line> lines;
            for (int i = 0; i < items; ++i) {
                const DemoProduct *p = i == 0 ? &product
                        : &s_products[s * ProductsPerStore + int(rng.bounded(ProductsPerStore))];
                const int qty = 1 + (rng.bounded(100) < 25 ? int(rng.bounded(3)) : 0);
                lines << Line{p, qty};
                productTotal += Money(p->priceCents, usd).times(qty);
            }
            const bool choice = model != u"pop"_s && model != u"overseas"_s;
            const Money shipping = choice ? Money::zero(usd)
                                          : Money(rng.bounded(100) < 40 ? 0 : 149 + 50 * rng.bounded(7), usd);
            Money discount = rng.bounded(100) < 18 ? Money(100 + 100 * rng.bounded(3), usd)
                                                   : Money::zero(usd);
            if (discount.minorUnits() * 2 > productTotal.minorUnits())
                discount = Money::zero(usd); // store coupons need a minimum spend
            const Money net = productTotal - discount;
            const Money orderTotal = net + shipping;

            // Commission from the category rate, less the model's waiver as of the payment date.
            QVariant commissionRate = nullInt();
            QVariant commission = nullInt();
            if (model != u"full_managed"_s) {
                const QDate day = utc::fromStore(paid ? paidAt : created).date();
                Rate rate = Rate::fromBasisPoints(product.commissionBp);
                Rate waiver;
                if (model == u"semi_warehouse"_s)
                    waiver = rules.rateAt(u"semi_warehouse.commission_waiver"_s, day).value_or(Rate());
                else if (jit)
                    waiver = rules.rateAt(u"semi_jit.commission_reduction"_s, day).value_or(Rate());
                const Money gross = net.applied(rate, Rounding::HalfUp);
                const Money charged = gross - gross.applied(waiver, Rounding::HalfUp);
                commissionRate = rate.millionths();
                commission = charged.minorUnits();
            }
            const QVariant affiliate = rng.bounded(100) < 22
                    ? QVariant(Rate::percent(3 + rng.bounded(8)).millionths())
                    : nullInt();
            const QString orderId = QString::number(orderNumber);
            const QString carrier = shipped ? QString::fromUtf16(s_carriers[rng.bounded(int(s_carriers.size()))]) : QString();
            const QString tracking = shipped ? u"LP%1CN"_s.arg(orderNumber % 100000000000LL, 11, 10, QChar(u'0')) : QString();

            insOrder.addBindValue(storeId);
            insOrder.addBindValue(orderId);
            insOrder.addBindValue(model);
            insOrder.addBindValue(status);
            insOrder.addBindValue(logistics);
            insOrder.addBindValue(QString::fromUtf16(buyer.name));
            insOrder.addBindValue(QString(QString::fromUtf16(buyer.country).toLower()
                                          + QString::number(1000000 + rng.bounded(8999999))));
            insOrder.addBindValue(QString::fromUtf16(buyer.country));
            insOrder.addBindValue(productTotal.minorUnits());
            insOrder.addBindValue(shipping.minorUnits());
            insOrder.addBindValue(discount.minorUnits());
            insOrder.addBindValue(orderTotal.minorUnits());
            insOrder.addBindValue(commissionRate);
            insOrder.addBindValue(commission);
            insOrder.addBindValue(affiliate);
            insOrder.addBindValue(created);
            insOrder.addBindValue(paid ? QVariant(paidAt) : nullInt());
            insOrder.addBindValue(shipped ? QVariant(shippedAt) : nullInt());
            insOrder.addBindValue(received ? QVariant(receivedAt) : nullInt());
            insOrder.addBindValue(carrier);
            insOrder.addBindValue(tracking);
            const auto due = deadlines.dueUtc(model, paid ? std::optional(paidAt) : std::nullopt,
                                              false, shanghaiZone);
            insOrder.addBindValue(due ? QVariant(*due) : nullInt());
            // Staff review every order once; today's are half done.
            QVariant reviewed = QVariant(QMetaType::fromType<QString>());
            if (ageDays > 1.0)
                reviewed = utc::fromStore(created + 86400).toLocalTime().date().toString(Qt::ISODate);
            else if (rng.bounded(100) < 50)
                reviewed = reviewedToday.toString(Qt::ISODate);
            insOrder.addBindValue(reviewed);
            static constexpr std::array s_notes{
                    u"Buyer asked to change the colour; confirmed by message.",
                    u"Address looks incomplete: check with the buyer before handover.",
                    u"Repeat customer: add a thank-you card.",
            };
            insOrder.addBindValue(rng.bounded(100) < 2
                                          ? QString::fromUtf16(s_notes[rng.bounded(int(s_notes.size()))])
                                          : QString());
            if (!insOrder.exec())
                return fail(insOrder);
            const qint64 ref = insOrder.lastInsertId().toLongLong();

            for (int i = 0; i < lines.size(); ++i) {
                insItem.addBindValue(ref);
                insItem.addBindValue(QString(orderId + QString::number(10 + i)));
                insItem.addBindValue(QString::fromUtf16(lines[i].p->id));
                insItem.addBindValue(QString::fromUtf16(lines[i].p->sku));
                insItem.addBindValue(QString::fromUtf16(lines[i].p->name));
                insItem.addBindValue(lines[i].qty);
                insItem.addBindValue(lines[i].p->priceCents);
                insItem.addBindValue(status);
                insItem.addBindValue(model == u"semi_warehouse"_s || model == u"full_managed"_s
                                             ? u"WAREHOUSE_SEND_GOODS"_s
                                             : u"SELLER_SEND_GOODS"_s);
                // The first product of each store is refunded far too often.
                const bool troubled = lines[i].p == &s_products[s * ProductsPerStore];
                const bool refunded = shipped && rng.bounded(1000) < (troubled ? 220 : 25);
                insItem.addBindValue(refunded ? lines[i].p->priceCents * lines[i].qty : 0);
                if (!insItem.exec())
                    return fail(insItem);
            }

            // History: placed, then paid, then the current status.
            QList<std::pair<qint64, QString>> steps{{created, u"PLACE_ORDER_SUCCESS"_s}};
            if (paid)
                steps.append({paidAt, u"WAIT_SELLER_SEND_GOODS"_s});
            if (shipped)
                steps.append({shippedAt, u"WAIT_BUYER_ACCEPT_GOODS"_s});
            if (steps.last().second != status)
                steps.append({received ? receivedAt : (shipped ? shippedAt : qMax(paidAt, created)) + 60, status});
            QVariant previous = QVariant(QMetaType::fromType<QString>());
            for (const auto &[at, value] : std::as_const(steps)) {
                insHistory.addBindValue(ref);
                insHistory.addBindValue(at);
                insHistory.addBindValue(previous);
                insHistory.addBindValue(value);
                if (!insHistory.exec())
                    return fail(insHistory);
                previous = value;
            }
        }
    }
    if (!seedCases(end, error))
        return false;
    if (!seedTier(today, end, error))
        return false;
    if (!seedClaims(end, error))
        return false;
    if (!OrderRepository::rebuildSearch(m_db, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace sd
