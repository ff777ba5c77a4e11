// bench_reports: the monthly store report over a million orders. Not a test: it prints
// figures that docs/performance.md records, next to the target of the reports issue
// (the monthly report as PDF in under 2 s).
//
//   bench_reports [--orders N] [--days D] [--dir DIR] [--keep]
//
// 1. Fills a fresh workspace with N orders (default 1,000,000) of one store, paid over
//    the last D days (default 90, so the month reported holds about a third of them),
//    written in payment order as daily imports would store them, each with one or two
//    line items, every fulfillment model, refunds, disputes and ledger entries; written
//    straight with SQL (the importer has its own benchmark).
// 2. Times building the monthly report of the fullest month, then writing it as PDF,
//    XLSX and CSV (zip), and the daily review and the claims report as PDF.
// 3. Reports the peak resident memory.

#include "reports/reportbuilder.h"
#include "reports/reportexporter.h"
#include "reports/reportrenderer.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

qint64 peakRssMiB()
{
#if defined(Q_OS_LINUX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
#else
    return -1;
#endif
}

void report(const QString &what, double ms, const QString &target = {})
{
    out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(10) << Qt::right
        << QString::number(ms, 'f', 1) << qSetFieldWidth(0) << " ms";
    if (!target.isEmpty())
        out << "   (target " << target << ")";
    out << Qt::endl;
}

bool fill(const QSqlDatabase &db, qint64 storeId, int orders, int days, qint64 now)
{
    static const char *models[] = {"pop", "semi_warehouse", "semi_jit", "full_managed", "overseas"};
    static const char *statuses[] = {"FINISH", "WAIT_BUYER_ACCEPT_GOODS", "WAIT_SELLER_SEND_GOODS",
                                     "RISK_CONTROL", "IN_CANCEL"};
    QRandomGenerator rng(20261121);
    sd::Transaction tx(db);
    QSqlQuery order(db), item(db), dispute(db), ledger(db);
    order.prepare(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, "
                  "product_total_minor, order_total_minor, commission_rate_ppm, commission_minor, created_utc, "
                  "paid_utc, shipped_utc, handover_due_utc, buyer_name, country) "
                  "VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'US')"_s);
    item.prepare(u"INSERT INTO order_items (order_ref, child_id, product_id, product_name, quantity, "
                 "unit_price_minor, refund_minor) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    dispute.prepare(u"INSERT INTO disputes (store_id, issue_id, order_id, opened_utc, status, currency, "
                    "refund_max_minor, outcome, refunded_minor) VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?)"_s);
    ledger.prepare(u"INSERT INTO ledger_entries (store_id, entry_id, at_utc, kind, currency, amount_minor, reason) "
                   "VALUES (?, ?, ?, ?, 'USD', ?, ?)"_s);
    const qint64 start = now - qint64(days) * 86400;
    QList<qint64> paidTimes(orders);
    for (qint64 &p : paidTimes)
        p = start + qint64(rng.bounded(days * 86400));
    std::sort(paidTimes.begin(), paidTimes.end());
    for (int i = 0; i < orders; ++i) {
        const qint64 paid = paidTimes[i];
        const int m = int(rng.bounded(5));
        const int status = int(rng.bounded(5));
        const int lines = 1 + int(rng.bounded(2));
        const int product = int(rng.bounded(2000));
        const qint64 unit = 300 + rng.bounded(9000);
        const qint64 qty = 1 + rng.bounded(3);
        const qint64 total = unit * qty * lines;
        const bool shipped = status <= 1;
        const qint64 rate = m == 0 ? 80000 : (m == 2 ? 40000 : 0);
        order.addBindValue(storeId);
        order.addBindValue(QString::number(8000000000000000LL + i));
        order.addBindValue(QString::fromLatin1(models[m]));
        order.addBindValue(QString::fromLatin1(statuses[status]));
        order.addBindValue(total);
        order.addBindValue(total);
        order.addBindValue(rate);
        order.addBindValue((total * rate + 500000) / 1000000);
        order.addBindValue(paid);
        order.addBindValue(paid);
        order.addBindValue(shipped ? QVariant(paid + 20 * 3600) : QVariant(QMetaType::fromType<qint64>()));
        order.addBindValue(m == 2 ? QVariant(paid + 24 * 3600) : QVariant(QMetaType::fromType<qint64>()));
        order.addBindValue(u"Buyer %1"_s.arg(i % 50000));
        if (!order.exec()) {
            out << order.lastError().text() << Qt::endl;
            return false;
        }
        const qint64 ref = order.lastInsertId().toLongLong();
        for (int l = 0; l < lines; ++l) {
            item.addBindValue(ref);
            item.addBindValue(QString::number(l + 1));
            item.addBindValue(QString::number(1005000000000LL + product + l));
            item.addBindValue(u"Product %1"_s.arg(product + l));
            item.addBindValue(qty);
            item.addBindValue(unit);
            item.addBindValue(shipped && rng.bounded(25) == 0 ? unit : 0);
            if (!item.exec()) {
                out << item.lastError().text() << Qt::endl;
                return false;
            }
        }
        if (i % 200 == 0) {
            dispute.addBindValue(storeId);
            dispute.addBindValue(u"I%1"_s.arg(i));
            dispute.addBindValue(QString::number(8000000000000000LL + i));
            dispute.addBindValue(paid + 5 * 86400);
            const bool done = rng.bounded(2) == 0;
            dispute.addBindValue(done ? u"finish"_s : u"processing"_s);
            dispute.addBindValue(total);
            dispute.addBindValue(done ? u"refunded"_s : u""_s);
            dispute.addBindValue(done ? QVariant(total / 2) : QVariant(QMetaType::fromType<qint64>()));
            if (!dispute.exec()) {
                out << dispute.lastError().text() << Qt::endl;
                return false;
            }
        }
        if (i % 500 == 0) {
            ledger.addBindValue(storeId);
            ledger.addBindValue(u"E%1"_s.arg(i));
            ledger.addBindValue(paid + 7 * 86400);
            const bool deduction = rng.bounded(4) == 0;
            ledger.addBindValue(deduction ? u"deduction"_s : u"payout"_s);
            ledger.addBindValue(deduction ? total / 10 : total * 400);
            ledger.addBindValue(deduction ? u"Late shipment"_s : u""_s);
            if (!ledger.exec()) {
                out << ledger.lastError().text() << Qt::endl;
                return false;
            }
        }
    }
    if (!tx.commit()) {
        out << tx.error() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int orders = 1'000'000;
    int days = 90;
    QString dirPath;
    bool keep = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--orders"_s && i + 1 < args.size())
            orders = args[++i].toInt();
        else if (args[i] == u"--days"_s && i + 1 < args.size())
            days = args[++i].toInt();
        else if (args[i] == u"--dir"_s && i + 1 < args.size())
            dirPath = args[++i];
        else if (args[i] == u"--keep"_s)
            keep = true;
    }
    QTemporaryDir temp;
    temp.setAutoRemove(!keep);
    const QString dir = dirPath.isEmpty() ? temp.path() : dirPath;
    sd::Workspace ws(dir + u"/bench-reports.sqlite"_s);
    QString error;
    const bool reuse = QFileInfo::exists(ws.path());
    if (!ws.open(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = ws.connection();
    const qint64 now = sd::utc::toStore(QDateTime::currentDateTimeUtc());
    qint64 storeId = 0;
    QElapsedTimer t;
    if (reuse) {
        const auto stores = sd::StoreRepository(db).all();
        storeId = stores.isEmpty() ? 0 : stores.first().id;
        out << "bench_reports: reusing " << ws.path() << Qt::endl;
    } else {
        sd::Store store;
        store.name = u"Bench store"_s;
        store.timeZone = u"UTC"_s;
        const auto id = sd::StoreRepository(db).add(store, &error);
        if (!id) {
            out << error << Qt::endl;
            return 1;
        }
        storeId = *id;
        out << "bench_reports: " << orders << " orders over " << days << " days in " << dir << Qt::endl;
        t.start();
        if (!fill(db, storeId, orders, days, now))
            return 1;
        QSqlQuery(db).exec(u"ANALYZE"_s);
        report(u"fill the workspace (SQL, not timed against a target)"_s, double(t.elapsed()));
    }

    // The fullest month: the one with the most paid orders.
    QSqlQuery q(db);
    q.exec(u"SELECT strftime('%Y-%m', paid_utc, 'unixepoch') AS m, count(*) FROM orders GROUP BY m "
           "ORDER BY 2 DESC LIMIT 1"_s);
    if (!q.next()) {
        out << "no orders" << Qt::endl;
        return 1;
    }
    const QDate month = QDate::fromString(q.value(0).toString() + u"-01"_s, Qt::ISODate);
    out << "month " << q.value(0).toString() << ": " << q.value(1).toLongLong() << " orders paid" << Qt::endl;

    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Monthly;
    r.storeId = storeId;
    r.month = month;
    r.nowUtc = now;
    t.restart();
    const auto doc = sd::ReportBuilder(db).build(r, &error);
    const double build = double(t.nsecsElapsed()) / 1e6;
    if (!doc) {
        out << error << Qt::endl;
        return 1;
    }
    report(u"monthly report: build"_s, build);
    t.restart();
    if (!sd::ReportRenderer::writePdf(*doc, dir + u"/monthly.pdf"_s, QPageSize::A4, QLocale::c(), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const double pdf = double(t.nsecsElapsed()) / 1e6;
    report(u"monthly report: write the PDF"_s, pdf);
    report(u"monthly report: build + PDF"_s, build + pdf, u"2000 ms"_s);
    t.restart();
    if (!sd::ReportExporter::writeXlsx(*doc, dir + u"/monthly.xlsx"_s, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    report(u"monthly report: write the XLSX"_s, double(t.nsecsElapsed()) / 1e6);
    t.restart();
    if (!sd::ReportExporter::writeCsv(*doc, dir + u"/monthly.zip"_s, true, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    report(u"monthly report: write the CSV zip"_s, double(t.nsecsElapsed()) / 1e6);

    r.kind = sd::ReportDocument::Kind::Daily;
    r.date = sd::utc::fromStore(now).date().addDays(-1);
    t.restart();
    const auto daily = sd::ReportBuilder(db).build(r, &error);
    if (!daily || !sd::ReportRenderer::writePdf(*daily, dir + u"/daily.pdf"_s, QPageSize::A4, QLocale::c(), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    report(u"daily review (yesterday): build + PDF"_s, double(t.nsecsElapsed()) / 1e6);

    r.kind = sd::ReportDocument::Kind::Claims;
    r.from = r.date.addDays(-29);
    r.to = r.date;
    t.restart();
    const auto claims = sd::ReportBuilder(db).build(r, &error);
    if (!claims || !sd::ReportRenderer::writePdf(*claims, dir + u"/claims.pdf"_s, QPageSize::A4, QLocale::c(), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    report(u"claims report (30 days): build + PDF"_s, double(t.nsecsElapsed()) / 1e6);
    out << "peak resident memory: " << peakRssMiB() << " MiB" << Qt::endl;
    return 0;
}
