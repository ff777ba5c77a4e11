// Reports: every figure of the three reports against hand-built workspaces, and the
// PDF, XLSX and CSV files they are written to.

#include "testutil.h"

#include "claims/claimterms.h"
#include "cli/cliapp.h"
#include "disputes/disputeterms.h"
#include "orders/orderterms.h"
#include "rules/rulerepository.h"
#include "io/zipreader.h"
#include "pages/reportspage.h"
#include "appcontext.h"
#include "reports/reportbuilder.h"
#include "reports/reportexporter.h"
#include "reports/reportrenderer.h"
#include "time/utctime.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QFile>
#include <QGraphicsView>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using sd::Cell;

namespace {

using sdtest::fileBytes;
using sdtest::zipEntry;

qint64 at(int y, int m, int d, int h = 0, int min = 0)
{
    return sd::utc::toStore(QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()));
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

qint64 addStore(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO stores (name, currency, time_zone, created_utc) VALUES (?, 'USD', 'UTC', 0)"_s);
    q.addBindValue(name);
    return q.exec() ? q.lastInsertId().toLongLong() : -1;
}

const QVariant Null = QVariant(QMetaType::fromType<qint64>());

struct Order
{
    QString id;
    QString model = u"pop"_s;
    QString status = u"FINISH"_s;
    qint64 created = 0;
    QVariant paid = Null;
    QVariant due = Null;
    QVariant shipped = Null;
    qint64 total = 0;
    QVariant rate = Null;
    QVariant commission = Null;
    QVariant reviewed = QVariant(QMetaType::fromType<QString>());
};

qint64 addOrder(const QSqlDatabase &db, qint64 store, const Order &o)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, "
              "product_total_minor, order_total_minor, commission_rate_ppm, commission_minor, created_utc, paid_utc, "
              "shipped_utc, handover_due_utc, reviewed_on) VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(store), QVariant(o.id), QVariant(o.model), QVariant(o.status), QVariant(o.total),
                              QVariant(o.total), o.rate, o.commission, QVariant(o.created), o.paid, o.shipped, o.due,
                              o.reviewed})
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("order %s: %s", qPrintable(o.id), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

bool addItem(const QSqlDatabase &db, qint64 ref, const QString &child, const QString &product, qint64 qty,
             qint64 unitPrice, qint64 refund = 0)
{
    return exec(db,
                u"INSERT INTO order_items (order_ref, child_id, product_id, product_name, quantity, unit_price_minor, "
                "refund_minor) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {ref, child, product, QString(u"Product "_s + product), qty, unitPrice, refund});
}

struct Claim
{
    QString product;
    int units = 1;
    QString cause = u"logistics_damage"_s;
    QString state = u"new"_s;
    QString resolution;
    QVariant refund = Null;
    qint64 opened = 0;
    QVariant resolved = Null;
    QVariant closed = Null;
    QString buyer = u"Ana"_s;
};

qint64 addClaim(const QSqlDatabase &db, qint64 store, const Claim &c)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO claims (store_id, order_id, product_id, product_name, buyer_name, opened_utc, "
              "quantity_affected, cause, state, resolution, currency, refund_minor, state_changed_utc, resolved_utc, "
              "closed_utc) VALUES (?, 'S1', ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), 'USD', ?, ?, ?, ?)"_s);
    const qint64 changed = !c.closed.isNull() ? c.closed.toLongLong()
            : !c.resolved.isNull()            ? c.resolved.toLongLong()
                                              : c.opened;
    for (const QVariant &v : {QVariant(store), QVariant(c.product), QVariant(u"Product "_s + c.product),
                              QVariant(c.buyer), QVariant(c.opened), QVariant(c.units), QVariant(c.cause),
                              QVariant(c.state), QVariant(c.resolution), c.refund, QVariant(changed), c.resolved,
                              c.closed})
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("claim: %s", qPrintable(q.lastError().text()));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

const QList<Cell> &row(const sd::ReportDocument &doc, const QString &section, const QString &label)
{
    static const QList<Cell> none;
    const sd::ReportSection *s = doc.section(section);
    if (!s) {
        qWarning("no section %s", qPrintable(section));
        return none;
    }
    const QList<Cell> *r = s->rowLabelled(label);
    if (!r) {
        qWarning("no row \"%s\" in %s", qPrintable(label), qPrintable(section));
        return none;
    }
    return *r;
}

// The value of a summary ("At a glance") figure; -1 when absent.
qint64 figure(const sd::ReportDocument &doc, const QString &label)
{
    const QList<Cell> &r = row(doc, u"summary"_s, label);
    return r.size() == 2 ? r.at(1).integer : -1;
}

QStringList texts(const sd::ReportSection *s, int column)
{
    QStringList out;
    if (!s)
        return out;
    for (const QList<Cell> &r : s->rows)
        out << r.value(column).text;
    return out;
}

// pdftotext / pdfinfo (poppler-utils, installed by scripts/install-deps.sh).
QString pdfText(const QString &pdf, int page = 0)
{
    QProcess p;
    QStringList args{u"-layout"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << pdf << u"-"_s;
    p.start(u"pdftotext"_s, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("pdftotext failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {pdf});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

sd::ReportExporter::PdfRenderer pdfRenderer()
{
    return [](const sd::ReportDocument &doc, const QString &path, QPageSize::PageSizeId size, QString *error) {
        return sd::ReportRenderer::writePdf(doc, path, size, QLocale::c(), error);
    };
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dailyFigures();
    void monthlyFigures();
    void topProductsWithoutProductIds();
    void claimsFigures();
    void refusesBadRequests();
    void formulaInjectionGuard();
    void csvQuotingAndBom();
    void xlsxTypedCells();
    void pdfTextAndPages();
    void cliMatchesGuiByteForByte();
    void interruptedExportLeavesNoFile();
    void pageExportsAndListsRecent();
    void previewOpensAtTheFirstPage();
};

void tst_Reports::dailyFigures()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    const qint64 harbor = addStore(db, u"Harbor"_s);
    const qint64 lumen = addStore(db, u"Lumen"_s);
    const QString awaiting = u"WAIT_SELLER_SEND_GOODS"_s;
    // The day is 10 November; "now" is noon, so the lists stand as of noon.
    QVERIFY(addOrder(db, harbor, {u"O1"_s, u"semi_jit"_s, awaiting, at(2026, 11, 8, 10), at(2026, 11, 8, 10),
                                  at(2026, 11, 9, 10), Null, 1000}) > 0); // overdue 26 h
    QVERIFY(addOrder(db, harbor, {u"O2"_s, u"semi_jit"_s, awaiting, at(2026, 11, 9, 20), at(2026, 11, 9, 20),
                                  at(2026, 11, 10, 20), Null, 1000}) > 0); // due in 8 h
    QVERIFY(addOrder(db, harbor, {u"O3"_s, u"semi_jit"_s, u"WAIT_BUYER_ACCEPT_GOODS"_s, at(2026, 11, 9, 8),
                                  at(2026, 11, 9, 8), at(2026, 11, 10, 8), at(2026, 11, 10, 9), 1000, Null, Null,
                                  u"2026-11-10"_s}) > 0); // handed over an hour late
    QVERIFY(addOrder(db, harbor, {u"O5"_s, u"pop"_s, u"RISK_CONTROL"_s, at(2026, 11, 9), at(2026, 11, 9), Null, Null,
                                  4500}) > 0);
    QVERIFY(addOrder(db, harbor, {u"O6"_s, u"pop"_s, u"IN_FROZEN"_s, at(2026, 11, 10, 1), at(2026, 11, 10, 1), Null,
                                  Null, 1999}) > 0);
    QVERIFY(addOrder(db, harbor, {u"O7"_s, u"pop"_s, awaiting, at(2026, 11, 11), at(2026, 11, 11)}) > 0); // later
    QVERIFY(addOrder(db, lumen, {u"L1"_s, u"semi_jit"_s, awaiting, at(2026, 11, 8), at(2026, 11, 8),
                                 at(2026, 11, 9), Null, 500}) > 0);

    const QString disputeSql = u"INSERT INTO disputes (store_id, issue_id, order_id, opened_utc, status, currency, "
                               "refund_max_minor, outcome, refunded_minor, closed_utc, response_due_utc) "
                               "VALUES (?, ?, 'O1', ?, ?, 'USD', 1000, ?, ?, ?, ?)"_s;
    QVERIFY(exec(db, disputeSql, {harbor, u"D1"_s, at(2026, 11, 10, 10), u"processing"_s, u""_s, Null, Null,
                                  at(2026, 11, 10, 11)})); // opened today, response overdue
    QVERIFY(exec(db, disputeSql, {harbor, u"D2"_s, at(2026, 11, 5), u"finish"_s, u"refunded"_s, 1500,
                                  at(2026, 11, 10, 9), Null})); // closed today
    QVERIFY(exec(db, disputeSql, {harbor, u"D3"_s, at(2026, 11, 9), u"processing"_s, u""_s, Null, Null,
                                  at(2026, 11, 10, 18)})); // response due later today

    QVERIFY(addClaim(db, harbor, {u"P1"_s, 1, u"logistics_damage"_s, u"new"_s, {}, Null, at(2026, 11, 10, 8)}) > 0);
    QVERIFY(addClaim(db, harbor, {u"P1"_s, 1, u"packaging"_s, u"resolved"_s, u"full_refund"_s, 2500,
                                  at(2026, 11, 7), at(2026, 11, 10, 10)}) > 0);

    const QString ledgerSql = u"INSERT INTO ledger_entries (store_id, entry_id, at_utc, kind, currency, amount_minor, "
                              "reason) VALUES (?, ?, ?, ?, 'USD', ?, ?)"_s;
    QVERIFY(exec(db, ledgerSql, {harbor, u"E1"_s, at(2026, 11, 10, 7), u"deduction"_s, 1234, u"Late delivery"_s}));
    QVERIFY(exec(db, ledgerSql, {harbor, u"E2"_s, at(2026, 11, 9, 7), u"deduction"_s, 999, u"Late delivery"_s}));
    QVERIFY(exec(db, ledgerSql, {harbor, u"E3"_s, at(2026, 11, 10, 8), u"payout"_s, 50000, u""_s}));

    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Daily;
    r.storeId = harbor;
    r.date = QDate(2026, 11, 10);
    r.nowUtc = at(2026, 11, 10, 12);
    r.zone = QTimeZone::utc();
    QString error;
    const auto doc = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->storeLabel, u"Harbor"_s);
    QCOMPARE(doc->periodLabel, u"2026-11-10"_s);
    QCOMPARE(doc->fileStem(), u"daily-2026-11-10-harbor"_s);

    QCOMPARE(figure(*doc, u"Handovers overdue"_s), 1);
    QCOMPARE(figure(*doc, u"Handovers due by the end of the day"_s), 1);
    QCOMPARE(figure(*doc, u"Orders in risk control"_s), 1);
    QCOMPARE(figure(*doc, u"Orders frozen"_s), 1);
    QCOMPARE(figure(*doc, u"Orders never reviewed"_s), 4); // O1 O2 O5 O6: O3 is reviewed, O7 came later
    QCOMPARE(figure(*doc, u"Products refunded too often"_s), 0);
    QCOMPARE(figure(*doc, u"Products damaged too often"_s), 0);
    QCOMPARE(figure(*doc, u"Dispute responses overdue"_s), 1);
    QCOMPARE(figure(*doc, u"Dispute responses due that day"_s), 1);
    QCOMPARE(figure(*doc, u"Chargeback defences due"_s), 0);
    QCOMPARE(figure(*doc, u"Unfair deductions not appealed"_s), 0);
    QCOMPARE(figure(*doc, u"Claims waiting for a reply"_s), 2);
    QCOMPARE(figure(*doc, u"Handovers done late that day"_s), 1);
    QCOMPARE(figure(*doc, u"Disputes opened"_s), 1);
    QCOMPARE(figure(*doc, u"Disputes closed"_s), 1);
    QCOMPARE(figure(*doc, u"Claims opened"_s), 1);
    QCOMPARE(figure(*doc, u"Claims resolved"_s), 1);
    QCOMPARE(figure(*doc, u"Deductions"_s), 1);
    const QList<Cell> &deducted = row(*doc, u"summary"_s, u"Deducted (USD)"_s);
    QCOMPARE(deducted.value(1).kind, Cell::Kind::Money);
    QCOMPARE(deducted.value(1).integer, 1234);
    QCOMPARE(deducted.value(1).currency, u"USD"_s);

    // The lists.
    const QList<Cell> &o1 = row(*doc, u"overdue"_s, u"O1"_s);
    QCOMPARE(o1.value(1).text, u"Harbor"_s);
    QCOMPARE(o1.value(5).integer, 26); // hours overdue at noon
    QCOMPARE(row(*doc, u"due"_s, u"O2"_s).value(5).integer, 8); // hours left
    QCOMPARE(row(*doc, u"late_handovers"_s, u"O3"_s).value(5).integer, 1);
    QCOMPARE(texts(doc->section(u"held"_s), 0), (QStringList{u"O5"_s, u"O6"_s}));
    QCOMPARE(row(*doc, u"held"_s, u"O5"_s).value(4).integer, 4500);
    QCOMPARE(texts(doc->section(u"disputes"_s), 0), (QStringList{u"D2"_s, u"D1"_s})); // by opening time
    QCOMPARE(row(*doc, u"disputes"_s, u"D2"_s).value(8).integer, 1500);
    QCOMPARE(doc->section(u"claims"_s)->rows.size(), 2);
    QCOMPARE(doc->section(u"claims_awaiting_reply"_s)->rows.size(), 2);
    QCOMPARE(texts(doc->section(u"deductions"_s), 0), QStringList{u"E1"_s});
    QCOMPARE(doc->section(u"cases_due"_s)->rows.size(), 2);

    // All stores: Lumen's overdue order joins the list.
    r.storeId = 0;
    const auto all = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->storeLabel, u"All stores"_s);
    QCOMPARE(figure(*all, u"Handovers overdue"_s), 2);
    QCOMPARE(texts(all->section(u"overdue"_s), 0), (QStringList{u"L1"_s, u"O1"_s})); // by deadline

    // A past day stands as at its end: O2's deadline (20:00) has passed by then.
    r.storeId = harbor;
    r.nowUtc = at(2026, 11, 12, 9);
    const auto past = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(past, qPrintable(error));
    QCOMPARE(figure(*past, u"Handovers overdue"_s), 2);
    QCOMPARE(figure(*past, u"Handovers due by the end of the day"_s), 0);
    QCOMPARE(row(*past, u"overdue"_s, u"O1"_s).value(5).integer, 38); // 9 Nov 10:00 to 11 Nov 00:00
}

void tst_Reports::monthlyFigures()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    const qint64 s = addStore(db, u"Harbor"_s);
    // The refund-rate rule's minimum sample at 1 line item, so that one item ranks.
    QString error;
    QVERIFY2(sd::RuleRepository(db).addValue(u"refund.product_rate_min_sample"_s, u"1"_s, QDate(2026, 1, 1),
                                             u"test"_s, &error),
             qPrintable(error));
    const qint64 paid = at(2026, 5, 10, 9);
    const qint64 shipped = at(2026, 5, 12, 9);
    // A: warehouse, POP would charge 1.60; B: JIT, POP 0.38, charged 0.19; C: POP 2.40, 10.00 refunded;
    // F: fully managed, no rate (the default 8 %: 4.00), not shipped; N: June.
    qint64 ref = addOrder(db, s, {u"A"_s, u"semi_warehouse"_s, u"FINISH"_s, paid, paid, Null, shipped, 2000,
                                  80000, 0});
    QVERIFY(addItem(db, ref, u"1"_s, u"P-A"_s, 2, 1000));
    ref = addOrder(db, s, {u"B"_s, u"semi_jit"_s, u"FINISH"_s, paid, paid, Null, shipped, 1250, 30000, 19});
    QVERIFY(addItem(db, ref, u"1"_s, u"P-B"_s, 1, 1250));
    ref = addOrder(db, s, {u"C"_s, u"pop"_s, u"FINISH"_s, paid, paid, Null, shipped, 3000, 80000, 240});
    QVERIFY(addItem(db, ref, u"1"_s, u"P-C"_s, 3, 1000, 1000));
    ref = addOrder(db, s, {u"F"_s, u"full_managed"_s, u"WAIT_SELLER_SEND_GOODS"_s, paid, paid, Null, Null, 5000});
    QVERIFY(addItem(db, ref, u"1"_s, u"P-F"_s, 1, 5000));
    ref = addOrder(db, s, {u"N"_s, u"pop"_s, u"FINISH"_s, at(2026, 6, 1), at(2026, 6, 1), Null, Null, 9000, 80000, 720});
    QVERIFY(addItem(db, ref, u"1"_s, u"P-N"_s, 1, 9000));

    QVERIFY(exec(db, u"INSERT INTO disputes (store_id, issue_id, opened_utc, status, currency, refund_max_minor, "
                     "outcome, refunded_minor, seller_cost, escalated_utc) VALUES (?, 'D1', ?, 'finish', 'USD', 800, "
                     "'refunded', 500, 1, ?)"_s,
                 {s, at(2026, 5, 14), at(2026, 5, 16)}));
    QVERIFY(exec(db, u"INSERT INTO disputes (store_id, issue_id, opened_utc, status, currency, refund_max_minor) "
                     "VALUES (?, 'D2', ?, 'processing', 'USD', 800)"_s,
                 {s, at(2026, 5, 20)}));
    QVERIFY(exec(db, u"INSERT INTO chargebacks (store_id, case_id, filed_utc, currency, frozen_minor, outcome, "
                     "recovered_minor) VALUES (?, 'CB1', ?, 'USD', 3000, 'won', 3000)"_s,
                 {s, at(2026, 5, 18)}));
    const QString ledgerSql = u"INSERT INTO ledger_entries (store_id, entry_id, at_utc, kind, currency, amount_minor, "
                              "reason) VALUES (?, ?, ?, ?, 'USD', ?, ?)"_s;
    QVERIFY(exec(db, ledgerSql, {s, u"E1"_s, at(2026, 5, 25), u"payout"_s, 10000, u""_s}));
    QVERIFY(exec(db, ledgerSql, {s, u"E2"_s, at(2026, 5, 26), u"deduction"_s, 500, u"Late shipment"_s}));

    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Monthly;
    r.storeId = s;
    r.month = QDate(2026, 5, 1);
    r.nowUtc = at(2026, 6, 2);
    const auto doc = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->periodLabel, u"2026-05"_s);

    const QList<Cell> &sum = row(*doc, u"summary"_s, u"Harbor"_s);
    QCOMPARE(sum.size(), 12);
    QCOMPARE(sum.at(1).integer, 4); // orders paid in May
    QCOMPARE(sum.at(2).integer, 11250); // GMV
    QCOMPARE(sum.at(3).integer, 259); // commission charged: 0 + 0.19 + 2.40 + 0
    QCOMPARE(sum.at(4).integer, 579); // waived: 1.60 + 0.19 + 0 + 4.00
    QCOMPARE(sum.at(5).integer, 279); // captured: saved 1.79 + fees waived 1.00
    QCOMPARE(sum.at(6).integer, 1000); // refunded
    QCOMPARE(sum.at(7).kind, Cell::Kind::Percent);
    QCOMPARE(sum.at(7).integer, 333333); // 1 of 3 shipped line items
    QCOMPARE(sum.at(8).integer, 2); // disputes opened
    QCOMPARE(sum.at(9).integer, 1); // chargebacks
    QCOMPARE(sum.at(10).integer, 9500); // net received: 100.00 - 5.00
    QVERIFY(!sum.at(11).text.isEmpty()); // the projected tier

    const sd::ReportSection *models = doc->section(u"orders_by_model"_s);
    QVERIFY(models);
    QCOMPARE(models->rows.size(), 4);
    const QList<Cell> &pop = row(*doc, u"orders_by_model"_s, u"Harbor"_s); // the first row is POP
    QCOMPARE(pop.at(1).text, sd::OrderTerms::modelLabel(u"pop"_s));
    QCOMPARE(pop.at(2).integer, 1);
    QCOMPARE(pop.at(3).integer, 3);
    QCOMPARE(pop.at(4).integer, 3000);
    QCOMPARE(pop.at(5).integer, 240);
    QCOMPARE(pop.at(6).integer, 0);
    QCOMPARE(models->rows.at(1).at(6).integer, 160); // semi_warehouse waived
    QCOMPARE(models->rows.at(2).at(6).integer, 19); // semi_jit
    QCOMPARE(models->rows.at(3).at(6).integer, 400); // full_managed at the default rate
    QVERIFY(models->chart);
    QCOMPARE(models->chart->series.first().values, (QList<qint64>{3000, 2000, 1250, 5000}));

    const sd::ReportSection *perDay = doc->section(u"orders_per_day"_s);
    QVERIFY(perDay);
    QCOMPARE(perDay->rows.size(), 31);
    const QList<Cell> &tenth = perDay->rows.at(9);
    QCOMPARE(tenth.at(0).date, QDate(2026, 5, 10));
    QCOMPARE(tenth.at(1).integer, 1); // pop
    QCOMPARE(tenth.at(2).integer, 1); // semi_warehouse
    QCOMPARE(tenth.at(3).integer, 1); // semi_jit
    QCOMPARE(tenth.at(4).integer, 1); // full_managed
    QCOMPARE(tenth.at(5).integer, 0); // overseas
    QCOMPARE(tenth.at(6).integer, 4);
    QCOMPARE(perDay->rows.at(10).at(6).integer, 0);
    QVERIFY(perDay->chart);
    QCOMPARE(perDay->chart->series.size(), 4); // overseas has no orders

    const QList<Cell> &subsidy = row(*doc, u"subsidies"_s, u"Harbor"_s);
    QCOMPARE(subsidy.at(1).integer, 179);
    QCOMPARE(subsidy.at(2).integer, 100);
    QCOMPARE(subsidy.at(3).integer, 279);
    QCOMPARE(subsidy.at(4).integer, 1200);
    QCOMPARE(subsidy.at(5).integer, 240);

    const QList<Cell> &refunds = row(*doc, u"refunds"_s, u"Harbor"_s);
    QCOMPARE(refunds.at(1).integer, 3);
    QCOMPARE(refunds.at(2).integer, 1);
    QCOMPARE(refunds.at(3).integer, 333333);
    QCOMPARE(refunds.at(4).integer, 1000);

    const sd::ReportSection *disputes = doc->section(u"disputes"_s);
    QCOMPARE(disputes->rows.size(), 2);
    QCOMPARE(disputes->rows.at(0).at(1).text, u"Open"_s);
    QCOMPARE(disputes->rows.at(0).at(2).integer, 1);
    QCOMPARE(disputes->rows.at(1).at(1).text, sd::DisputeTerms::outcomeLabel(u"refunded"_s));
    QCOMPARE(disputes->rows.at(1).at(3).integer, 1); // escalated
    QCOMPARE(disputes->rows.at(1).at(4).integer, 1); // at the seller's cost
    QCOMPARE(disputes->rows.at(1).at(5).integer, 500);

    const QList<Cell> &cb = row(*doc, u"chargebacks"_s, u"Harbor"_s);
    QCOMPARE(cb.at(1).text, u"Won"_s);
    QCOMPARE(cb.at(2).integer, 1);
    QCOMPARE(cb.at(3).integer, 3000);
    QCOMPARE(cb.at(4).integer, 3000);

    const QList<Cell> &ledger = row(*doc, u"ledger"_s, u"Harbor"_s);
    QCOMPARE(ledger.at(1).integer, 10000);
    QCOMPARE(ledger.at(2).integer, 500);
    QCOMPARE(ledger.at(3).integer, 0);
    QCOMPARE(ledger.at(4).integer, 9500);
    QCOMPARE(ledger.at(5).integer, 9991); // 112.50 - 2.59 - 10.00
    QCOMPARE(ledger.at(6).integer, -491);
    QCOMPARE(row(*doc, u"deductions_by_reason"_s, u"Harbor"_s).at(1).text, u"Late shipment"_s);
    QCOMPARE(row(*doc, u"deductions_by_reason"_s, u"Harbor"_s).at(2).integer, 500);

    QVERIFY(row(*doc, u"tier"_s, u"Harbor"_s).at(1).text == u"Projected tier"_s);
    QVERIFY(doc->section(u"tier"_s)->rows.size() > 1);

    const sd::ReportSection *earn = doc->section(u"top_products_earnings"_s);
    QCOMPARE(texts(earn, 1), (QStringList{u"P-F"_s, u"P-A"_s, u"P-C"_s, u"P-B"_s}));
    QCOMPARE(earn->rows.at(2).at(5).integer, 3000); // P-C sales
    QCOMPARE(earn->rows.at(2).at(6).integer, 240);
    QCOMPARE(earn->rows.at(2).at(7).integer, 1000);
    QCOMPARE(earn->rows.at(2).at(8).integer, 1760);
    QCOMPARE(earn->rows.at(3).at(8).integer, 1231);

    const sd::ReportSection *rates = doc->section(u"top_products_refund_rate"_s);
    QCOMPARE(texts(rates, 1), (QStringList{u"P-C"_s, u"P-A"_s, u"P-B"_s})); // P-F is not shipped
    QCOMPARE(rates->rows.at(0).at(6).integer, 1000000);

    // All stores: the same figures for the only store, no GMV chart across stores.
    r.storeId = 0;
    const auto all = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(row(*all, u"summary"_s, u"Harbor"_s).at(2).integer, 11250);
}

void tst_Reports::topProductsWithoutProductIds()
{
    // Seller-center imports carry no product ID, only the SKU code (商家编码) from the product
    // text, or only the title: the top products are told apart by SKU code, else by name,
    // in the monthly report and in the daily review's refund list (issue 21, item 11).
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    const qint64 s = addStore(db, u"Harbor"_s);
    QString error;
    QVERIFY2(sd::RuleRepository(db).addValue(u"refund.product_rate_min_sample"_s, u"1"_s, QDate(2026, 1, 1),
                                             u"test"_s, &error),
             qPrintable(error));
    const QString itemSql = u"INSERT INTO order_items (order_ref, child_id, product_id, sku_code, product_name, "
                            "quantity, unit_price_minor, refund_minor) VALUES (?, ?, '', COALESCE(?, ''), ?, ?, ?, ?)"_s;
    const qint64 paid = at(2026, 5, 10, 9);
    const qint64 shipped = at(2026, 5, 12, 9);
    qint64 ref = addOrder(db, s, {u"S1"_s, u"pop"_s, u"FINISH"_s, paid, paid, Null, shipped, 2998});
    QVERIFY(exec(db, itemSql, {ref, u"1"_s, u"SPAT-5PC-GRY"_s, u"Silicone spatula set"_s, 2, 999, 0}));
    QVERIFY(exec(db, itemSql, {ref, u"2"_s, QString(), u"Ceramic mug"_s, 1, 1000, 1000}));
    ref = addOrder(db, s, {u"S2"_s, u"pop"_s, u"FINISH"_s, paid, paid, Null, shipped, 999});
    QVERIFY(exec(db, itemSql, {ref, u"1"_s, u"SPAT-5PC-GRY"_s, u"Silicone spatula set, grey"_s, 1, 999, 0}));

    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Monthly;
    r.storeId = s;
    r.month = QDate(2026, 5, 1);
    r.nowUtc = at(2026, 6, 2);
    const auto doc = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(doc, qPrintable(error));
    const sd::ReportSection *earn = doc->section(u"top_products_earnings"_s);
    QVERIFY(earn);
    QCOMPARE(earn->columns.at(2).title, u"SKU code"_s);
    QCOMPARE(texts(earn, 1), (QStringList{QString(), QString()})); // no product ID
    QCOMPARE(texts(earn, 2), (QStringList{u"SPAT-5PC-GRY"_s, QString()}));
    QCOMPARE(earn->rows.at(0).at(3).text.startsWith(u"Silicone spatula set"_s), true);
    QCOMPARE(earn->rows.at(0).at(4).integer, 3); // units of both orders
    QCOMPARE(earn->rows.at(0).at(5).integer, 2997);
    QCOMPARE(texts(earn, 3).at(1), u"Ceramic mug"_s);
    QCOMPARE(earn->rows.at(1).at(8).integer, 0); // 10.00 sold, 10.00 refunded
    const sd::ReportSection *rates = doc->section(u"top_products_refund_rate"_s);
    QCOMPARE(texts(rates, 3).first(), u"Ceramic mug"_s);
    QCOMPARE(rates->rows.at(0).at(6).integer, 1000000);
    QCOMPARE(rates->rows.size(), 2);

    // The daily review lists the mug, refunded too often, by name.
    r.kind = sd::ReportDocument::Kind::Daily;
    r.date = QDate(2026, 5, 13);
    r.nowUtc = at(2026, 5, 13, 12);
    const auto daily = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(daily, qPrintable(error));
    const sd::ReportSection *refunded = daily->section(u"refund_products"_s);
    QVERIFY(refunded);
    QCOMPARE(texts(refunded, 3), QStringList{u"Ceramic mug"_s});
}

void tst_Reports::claimsFigures()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    const qint64 s = addStore(db, u"Harbor"_s);
    const qint64 ref = addOrder(db, s, {u"S1"_s, u"pop"_s, u"FINISH"_s, at(2026, 11, 1), at(2026, 11, 1), Null,
                                        at(2026, 11, 5), 50000});
    QVERIFY(addItem(db, ref, u"1"_s, u"P1"_s, 50, 1000));
    const qint64 k1 = addClaim(db, s, {u"P1"_s, 2, u"logistics_damage"_s, u"resolved"_s, u"full_refund"_s, 2500,
                                       at(2026, 11, 3, 10), at(2026, 11, 5, 10), Null, u"=1+1"_s});
    const qint64 k2 = addClaim(db, s, {u"P1"_s, 1, u"packaging"_s, u"closed"_s, u"rejected"_s, Null,
                                       at(2026, 11, 8, 10), at(2026, 11, 9, 10), at(2026, 11, 10)});
    QVERIFY(addClaim(db, s, {u"P1"_s, 1, u"logistics_damage"_s, u"new"_s, {}, Null, at(2026, 11, 12)}) > 0);
    QVERIFY(addClaim(db, s, {u"P2"_s, 1, u"wrong_item"_s, u"new"_s, {}, Null, at(2026, 11, 20)}) > 0);
    const qint64 k5 = addClaim(db, s, {u"P1"_s, 3, u"logistics_damage"_s, u"new"_s, {}, Null, at(2026, 10, 25)});
    const QString replySql = u"INSERT INTO claim_replies (claim_ref, sent_utc, sent_by, template_key, version, lang, "
                             "body) VALUES (?, ?, 'mei', 'apology', 1, 'en', 'Sorry')"_s;
    QVERIFY(exec(db, replySql, {k1, at(2026, 11, 4)}));
    QVERIFY(exec(db, replySql, {k2, at(2026, 11, 9)}));
    QVERIFY(exec(db, replySql, {k5, at(2026, 10, 26)}));

    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Claims;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.nowUtc = at(2026, 12, 1);
    r.zone = QTimeZone::utc();
    QString error;
    const auto doc = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->periodLabel, u"2026-11-01 to 2026-11-30"_s);

    QCOMPARE(figure(*doc, u"Claims opened"_s), 4);
    QCOMPARE(figure(*doc, u"Units affected"_s), 5);
    QCOMPARE(figure(*doc, u"Resolved"_s), 2);
    QCOMPARE(figure(*doc, u"Closed"_s), 1);
    QCOMPARE(figure(*doc, u"Not resolved yet"_s), 2);
    const QList<Cell> &avg = row(*doc, u"summary"_s, u"Average days to resolve"_s);
    QCOMPARE(avg.value(1).kind, Cell::Kind::Decimal);
    QCOMPARE(avg.value(1).integer, 15); // (2 + 1) / 2 = 1.5 days
    QCOMPARE(avg.value(1).decimals, 1);
    QCOMPARE(figure(*doc, u"Replies sent"_s), 2);
    QCOMPARE(figure(*doc, u"Products over the damage-rate threshold"_s), 1);
    QCOMPARE(row(*doc, u"summary"_s, u"Refunded (USD)"_s).value(1).integer, 2500);

    const QList<Cell> &logistics = row(*doc, u"by_cause"_s, sd::ClaimTerms::causeLabel(u"logistics_damage"_s));
    QCOMPARE(logistics.at(1).integer, 2);
    QCOMPARE(logistics.at(2).integer, 3);
    QCOMPARE(logistics.at(3).integer, 500000);
    QCOMPARE(row(*doc, u"by_cause"_s, sd::ClaimTerms::causeLabel(u"packaging"_s)).at(3).integer, 250000);
    QCOMPARE(row(*doc, u"by_cause"_s, sd::ClaimTerms::causeLabel(u"wrong_item"_s)).at(1).integer, 1);
    QVERIFY(doc->section(u"by_cause"_s)->chart);

    QCOMPARE(row(*doc, u"by_resolution"_s, u"Not resolved yet"_s).at(2).integer, 2);
    const QList<Cell> &full = row(*doc, u"by_resolution"_s, sd::ClaimTerms::resolutionLabel(u"full_refund"_s));
    QCOMPARE(full.at(2).integer, 1);
    QCOMPARE(full.at(3).integer, 2500);
    QCOMPARE(row(*doc, u"by_resolution"_s, sd::ClaimTerms::resolutionLabel(u"rejected"_s)).at(2).integer, 1);

    const QList<Cell> &p1 = row(*doc, u"damage_rate"_s, u"Harbor"_s);
    QCOMPARE(p1.at(1).text, u"P1"_s);
    QCOMPARE(p1.at(3).integer, 50); // shipped in November
    QCOMPARE(p1.at(4).integer, 3); // K1's 2 and K3's 1; K2 was rejected
    QCOMPARE(p1.at(6).integer, 60000); // 6 %
    QCOMPARE(p1.at(7).text, u"Yes"_s);
    QCOMPARE(doc->section(u"damage_rate"_s)->rows.size(), 1); // a wrong item is not damage

    QCOMPARE(doc->section(u"replies"_s)->rows.size(), 2);
    QCOMPARE(doc->section(u"claims"_s)->rows.size(), 4);
}

void tst_Reports::refusesBadRequests()
{
    sdtest::TempWorkspace t;
    QString error;
    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Claims;
    r.from = QDate(2026, 11, 30);
    r.to = QDate(2026, 11, 1);
    QVERIFY(!sd::ReportBuilder(t.db()).build(r, &error));
    QVERIFY2(error.contains(u"after its last day"_s), qPrintable(error));
    r.kind = sd::ReportDocument::Kind::Daily;
    r.date = QDate();
    QVERIFY(!sd::ReportBuilder(t.db()).build(r, &error));
    QVERIFY2(error.contains(u"needs a date"_s), qPrintable(error));
    r.date = QDate(2026, 11, 1);
    r.storeId = 42;
    QVERIFY(!sd::ReportBuilder(t.db()).build(r, &error));
    QVERIFY2(error.contains(u"no store with id 42"_s), qPrintable(error));
}

void tst_Reports::formulaInjectionGuard()
{
    // Buyer names come from outside: each formula-starting character is neutralised
    // in CSV (a leading apostrophe) and in XLSX (a quote-prefixed text cell).
    const QStringList hostile{u"=HYPERLINK(\"http://x\")"_s, u"+1+1"_s, u"-2+3"_s, u"@SUM(A1)"_s,
                              u"\tcmd"_s, u"\rcmd"_s};
    sd::ReportDocument doc;
    doc.kind = sd::ReportDocument::Kind::Claims;
    doc.title = u"Claims report"_s;
    doc.storeLabel = u"Harbor"_s;
    doc.periodLabel = u"2026-11"_s;
    doc.generatedUtc = at(2026, 11, 21, 9);
    sd::ReportSection s;
    s.key = u"buyers"_s;
    s.title = u"Buyers"_s;
    s.columns = {{u"Buyer"_s, Cell::Kind::Text, 20}, {u"Claims"_s, Cell::Kind::Integer, 0}};
    for (const QString &name : hostile)
        s.rows.append({Cell::ofText(name), Cell::ofInteger(-1)});
    doc.sections = {s};

    QTemporaryDir dir;
    QString error;
    const auto files = sd::ReportExporter::writeCsv(doc, dir.filePath(u"r.csv"_s), false, &error);
    QVERIFY2(files, qPrintable(error));
    const QString csv = QString::fromUtf8(fileBytes(files->first()));
    for (const QString &name : hostile) {
        // Quoted when it holds a quote, CR or tab-free specials; always with the apostrophe.
        QVERIFY2(csv.contains(u"'"_s + name) || csv.contains(u"\"'"_s + QString(name).replace(u"\""_s, u"\"\""_s)),
                 qPrintable(name));
    }
    QVERIFY(csv.contains(u",-1\r\n"_s)); // numbers are never touched

    const QString xlsx = dir.filePath(u"r.xlsx"_s);
    QVERIFY2(sd::ReportExporter::writeXlsx(doc, xlsx, &error), qPrintable(error));
    const QString styles = QString::fromUtf8(zipEntry(xlsx, u"xl/styles.xml"_s));
    const QString sheet = QString::fromUtf8(zipEntry(xlsx, u"xl/worksheets/sheet2.xml"_s));
    // Which cellXfs index has quotePrefix.
    const QRegularExpression xf(u"<xf [^>]*?(/>|>.*?</xf>)"_s, QRegularExpression::DotMatchesEverythingOption);
    const int cellXfsAt = int(styles.indexOf(u"<cellXfs"_s));
    QVERIFY(cellXfsAt > 0);
    QList<int> quoted;
    int index = 0;
    for (auto it = xf.globalMatch(styles, cellXfsAt); it.hasNext(); ++index) {
        const auto m = it.next();
        if (m.capturedStart() > styles.indexOf(u"</cellXfs>"_s))
            break;
        if (m.captured(0).contains(u"quotePrefix=\"1\""_s))
            quoted << index;
    }
    QVERIFY2(!quoted.isEmpty(), qPrintable(styles));
    for (int r = 2; r <= hostile.size() + 1; ++r) {
        const auto m = QRegularExpression(u"<c r=\"A%1\"[^>]*s=\"(\\d+)\"[^>]*t=\"(\\w+)\""_s.arg(r)).match(sheet);
        const auto m2 = QRegularExpression(u"<c r=\"A%1\"[^>]*t=\"(\\w+)\"[^>]*s=\"(\\d+)\""_s.arg(r)).match(sheet);
        QVERIFY2(m.hasMatch() || m2.hasMatch(), qPrintable(u"row %1: %2"_s.arg(r).arg(sheet.left(2000))));
        const int style = m.hasMatch() ? m.captured(1).toInt() : m2.captured(2).toInt();
        const QString type = m.hasMatch() ? m.captured(2) : m2.captured(1);
        QVERIFY2(quoted.contains(style), qPrintable(u"row %1 style %2"_s.arg(r).arg(style)));
        QVERIFY(type == u"s"_s || type == u"inlineStr"_s || type == u"str"_s);
        QVERIFY(!sheet.contains(u"<f>"_s)); // no formula anywhere
    }
}

void tst_Reports::csvQuotingAndBom()
{
    sd::ReportDocument doc;
    doc.kind = sd::ReportDocument::Kind::Daily;
    doc.periodLabel = u"2026-11-10"_s;
    doc.storeLabel = u"Harbor"_s;
    sd::ReportSection a;
    a.key = u"summary"_s;
    a.columns = {{u"Figure"_s, Cell::Kind::Text, 0}, {u"Value"_s, Cell::Kind::Integer, 0}};
    a.rows = {{Cell::ofText(u"Smith, \"Jo\"\nline two"_s), sd::reportcells::money(123456, u"USD"_s)},
              {Cell::ofText(u"王小明"_s), Cell::ofPercent(27100)},
              {Cell::ofText(u"Day"_s), Cell::ofDate(QDate(2026, 11, 10))}};
    sd::ReportSection b = a;
    b.key = u"other"_s;
    b.rows = {};
    doc.sections = {a, b};

    QTemporaryDir dir;
    QString error;
    const auto withBom = sd::ReportExporter::writeCsv(doc, dir.filePath(u"daily.csv"_s), true, &error);
    QVERIFY2(withBom, qPrintable(error));
    QCOMPARE(*withBom, (QStringList{dir.filePath(u"daily-summary.csv"_s), dir.filePath(u"daily-other.csv"_s)}));
    const QByteArray bytes = fileBytes(withBom->first());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("Figure,Value\r\n"
                                      "\"Smith, \"\"Jo\"\"\nline two\",1234.56\r\n"
                                      "\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E,2.71%\r\n"
                                      "Day,2026-11-10\r\n"));
    QCOMPARE(fileBytes(withBom->at(1)), QByteArray("\xEF\xBB\xBF" "Figure,Value\r\n")); // header only

    const auto noBom = sd::ReportExporter::writeCsv(doc, dir.filePath(u"plain.csv"_s), false, &error);
    QVERIFY2(noBom, qPrintable(error));
    QVERIFY(fileBytes(noBom->first()).startsWith("Figure,Value\r\n"));

    // The zip holds the same files, numbered in order.
    const auto zip = sd::ReportExporter::writeCsv(doc, dir.filePath(u"daily.zip"_s), true, &error);
    QVERIFY2(zip, qPrintable(error));
    sd::ZipReader reader(zip->first());
    QVERIFY(reader.open());
    const QString stem = doc.fileStem();
    QCOMPARE(reader.entryNames(), (QStringList{stem + u"/01-summary.csv"_s, stem + u"/02-other.csv"_s}));
    QCOMPARE(zipEntry(zip->first(), stem + u"/01-summary.csv"_s), bytes);
}

void tst_Reports::xlsxTypedCells()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    const qint64 s = addStore(db, u"Harbor"_s);
    const qint64 paid = at(2026, 5, 10, 9);
    const qint64 ref = addOrder(db, s, {u"A"_s, u"pop"_s, u"FINISH"_s, paid, paid, Null, paid, 11250, 80000, 900});
    QVERIFY(addItem(db, ref, u"1"_s, u"P-A"_s, 1, 11250));
    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Monthly;
    r.storeId = s;
    r.month = QDate(2026, 5, 1);
    r.nowUtc = at(2026, 6, 2);
    QString error;
    const auto doc = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(doc, qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.xlsx"_s);
    QVERIFY2(sd::ReportExporter::writeXlsx(*doc, path, &error), qPrintable(error));

    const QString workbook = QString::fromUtf8(zipEntry(path, u"xl/workbook.xml"_s));
    QCOMPARE(workbook.count(u"<sheet "_s), doc->sections.size() + 1);
    QVERIFY(workbook.contains(u"name=\"Summary\""_s));
    const QString styles = QString::fromUtf8(zipEntry(path, u"xl/styles.xml"_s));
    QVERIFY2(styles.contains(u"[$USD]"_s), qPrintable(styles));
    QVERIFY(styles.contains(u"yyyy-mm-dd"_s));
    QVERIFY(styles.contains(u"0.00%"_s));
    // The summary sheet (sheet2): GMV in C2 is the number 112.5, not text.
    const QString summary = QString::fromUtf8(zipEntry(path, u"xl/worksheets/sheet2.xml"_s));
    const auto gmv = QRegularExpression(u"<c r=\"C2\"([^>]*)><v>([^<]*)</v>"_s).match(summary);
    QVERIFY2(gmv.hasMatch(), qPrintable(summary.left(3000)));
    QVERIFY(!gmv.captured(1).contains(u"t=\""_s)); // a number cell
    QCOMPARE(gmv.captured(2).toDouble(), 112.5);
    QVERIFY(summary.contains(u"<pane "_s) && summary.contains(u"state=\"frozen\""_s));
    QVERIFY(summary.contains(u"<col "_s));
    // Orders per day (sheet4): A2 is 1 May 2026 as a date serial.
    const QString perDay = QString::fromUtf8(zipEntry(path, u"xl/worksheets/sheet4.xml"_s));
    const auto day = QRegularExpression(u"<c r=\"A2\"([^>]*)><v>([^<]*)</v>"_s).match(perDay);
    QVERIFY2(day.hasMatch(), qPrintable(perDay.left(2000)));
    QVERIFY(!day.captured(1).contains(u"t=\""_s));
    QCOMPARE(day.captured(2).toInt(), 46143); // 2026-05-01 in Excel's 1900 system
    // The charts are native Excel charts.
    QVERIFY(!zipEntry(path, u"xl/charts/chart1.xml"_s).isEmpty());
}

void tst_Reports::pdfTextAndPages()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    const qint64 s = addStore(db, u"Harbor"_s);
    // 300 claims: the list runs over several pages; names in four scripts.
    const QStringList buyers{u"王明华"_s, u"김민준"_s, u"Иван Петров"_s, u"Ana Souza"_s};
    for (int i = 0; i < 300; ++i)
        QVERIFY(addClaim(db, s, {u"P1"_s, 1, u"logistics_damage"_s, u"new"_s, {}, Null,
                                 at(2026, 11, 1 + i % 28, 10, i % 60), {}, {}, buyers.at(i % 4)}) > 0);
    sd::ReportRequest r;
    r.kind = sd::ReportDocument::Kind::Claims;
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.nowUtc = at(2026, 12, 1);
    r.zone = QTimeZone::utc();
    QString error;
    const auto doc = sd::ReportBuilder(db).build(r, &error);
    QVERIFY2(doc, qPrintable(error));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"claims.pdf"_s);
    QVERIFY2(sd::ReportRenderer::writePdf(*doc, pdf, QPageSize::A4, QLocale::c(), &error), qPrintable(error));
    QVERIFY(fileBytes(pdf).startsWith("%PDF-"));

    const int pages = pdfPages(pdf);
    // What the list needs at the rows a landscape A4 page holds, plus the sections before it.
    QVERIFY2(pages >= 8 && pages <= 20, qPrintable(QString::number(pages)));
    const QString all = pdfText(pdf);
    QVERIFY2(all.contains(u"Claims report"_s), qPrintable(all.left(500)));
    QVERIFY(all.contains(u"2026-11-01 to 2026-11-30"_s));
    QVERIFY(QRegularExpression(u"Claims opened\\s+300"_s).match(all).hasMatch());
    QVERIFY(all.contains(u"王明华"_s));
    QVERIFY(all.contains(u"김민준"_s));
    QVERIFY(all.contains(u"Иван Петров"_s));
    // Every page is numbered, and the list's header repeats on the pages it runs onto.
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfText(pdf, p);
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(p).arg(pages)), qPrintable(text.right(300)));
        if (p == pages)
            QVERIFY2(text.contains(u"Resolution"_s) && text.contains(u"Buyer"_s), qPrintable(text.left(400)));
    }
    // A report twice as long takes more pages.
    for (int i = 0; i < 300; ++i)
        QVERIFY(addClaim(db, s, {u"P1"_s, 1, u"packaging"_s, u"new"_s, {}, Null, at(2026, 11, 2, 11, i % 60)}) > 0);
    const auto longer = sd::ReportBuilder(db).build(r, &error);
    QVERIFY(longer);
    const QString pdf2 = dir.filePath(u"longer.pdf"_s);
    QVERIFY(sd::ReportRenderer::writePdf(*longer, pdf2, QPageSize::Letter, QLocale::c(), &error));
    QVERIFY2(pdfPages(pdf2) > pages + 3, qPrintable(u"%1 vs %2"_s.arg(pdfPages(pdf2)).arg(pages)));
}

void tst_Reports::cliMatchesGuiByteForByte()
{
    sdtest::TempWorkspace t;
    const QSqlDatabase db = t.db();
    const qint64 s = addStore(db, u"Harbor"_s);
    const qint64 paid = at(2026, 5, 10, 9);
    const qint64 ref = addOrder(db, s, {u"A"_s, u"pop"_s, u"FINISH"_s, paid, paid, Null, paid, 3000, 80000, 240});
    QVERIFY(addItem(db, ref, u"1"_s, u"P-A"_s, 3, 1000, 1000));

    // The page builds what the controls say; the CLI is given the same "now".
    sd::Workspace *ws = t.ws.get();
    sd::ui::AppContext context(ws, false);
    sd::ui::ReportsPage page(&context);
    page.kindPicker()->setCurrentIndex(page.kindPicker()->findData(int(sd::ReportDocument::Kind::Monthly)));
    page.monthPicker()->setDate(QDate(2026, 5, 1));
    page.storePicker()->setCurrentIndex(page.storePicker()->findData(s));
    page.rebuildNow();
    QVERIFY(page.document());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(page.exportTo(dir.filePath(u"gui.xlsx"_s), sd::ReportFormat::Xlsx, &error), qPrintable(error));
    QVERIFY2(page.exportTo(dir.filePath(u"gui.zip"_s), sd::ReportFormat::Csv, &error), qPrintable(error));

    for (const QString &name : {u"cli.xlsx"_s, u"cli.zip"_s}) {
        QString out, err;
        QTextStream o(&out), e(&err);
        sd::CliApp cli(o, e);
        cli.setNowUtc(page.document()->generatedUtc);
        cli.setPdfRenderer(pdfRenderer());
        const int code = cli.run({u"--db"_s, t.path(), u"--json"_s, u"report"_s, u"monthly"_s, u"--month"_s,
                                  u"2026-05"_s, u"--store"_s, u"Harbor"_s, u"--out"_s, dir.filePath(name)});
        o.flush();
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));
    }
    QCOMPARE(fileBytes(dir.filePath(u"cli.xlsx"_s)), fileBytes(dir.filePath(u"gui.xlsx"_s)));
    QCOMPARE(fileBytes(dir.filePath(u"cli.zip"_s)), fileBytes(dir.filePath(u"gui.zip"_s)));
    QVERIFY(fileBytes(dir.filePath(u"cli.zip"_s)).size() > 100);

    // PDF from the CLI, with the paper size asked for.
    QString out, err;
    QTextStream o(&out), e(&err);
    sd::CliApp cli(o, e);
    cli.setPdfRenderer(pdfRenderer());
    QCOMPARE(cli.run({u"--db"_s, t.path(), u"--json"_s, u"report"_s, u"claims"_s, u"--from"_s, u"2026-05-01"_s,
                      u"--to"_s, u"2026-05-31"_s, u"--page"_s, u"letter"_s, u"--out"_s,
                      dir.filePath(u"claims-{period}.pdf"_s)}),
             0);
    o.flush();
    QVERIFY(QFile::exists(dir.filePath(u"claims-2026-05-01_2026-05-31.pdf"_s)));
    QVERIFY(out.contains(u"\"format\":\"pdf\""_s));

    // Wrong usage says what is wrong, with exit 2.
    QString out2, err2;
    QTextStream o2(&out2), e2(&err2);
    QCOMPARE(sd::CliApp(o2, e2).run({u"--db"_s, t.path(), u"report"_s, u"weekly"_s, u"--out"_s, u"x.pdf"_s}), 2);
    e2.flush();
    QVERIFY(err2.contains(u"daily, monthly or claims"_s));
    QCOMPARE(sd::CliApp(o2, e2).run({u"--db"_s, t.path(), u"report"_s, u"daily"_s, u"--date"_s, u"10/11/2026"_s,
                                     u"--out"_s, u"x.pdf"_s}),
             2);
}

void tst_Reports::interruptedExportLeavesNoFile()
{
    // A section whose cell XLSX cannot hold: the export fails part way, and neither the
    // target nor any temporary file is left; an older report at the target stays whole.
    sd::ReportDocument doc;
    doc.kind = sd::ReportDocument::Kind::Daily;
    doc.periodLabel = u"2026-11-10"_s;
    sd::ReportSection ok;
    ok.key = u"summary"_s;
    ok.title = u"Summary"_s;
    ok.columns = {{u"Figure"_s, Cell::Kind::Text, 0}};
    ok.rows = {{Cell::ofText(u"fine"_s)}};
    sd::ReportSection bad = ok;
    bad.key = u"notes"_s;
    bad.title = u"Notes"_s;
    bad.rows = {{Cell::ofText(QString(40000, u'x'))}, {Cell::ofText(u"a"_s), Cell::ofText(u"too wide"_s)}};
    doc.sections = {ok, bad};

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(u"r.xlsx"_s);
    QString error;
    QVERIFY(!sd::ReportExporter::writeXlsx(doc, xlsx, &error));
    QVERIFY2(error.contains(u"r.xlsx"_s), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    QFile old(xlsx);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the report of yesterday");
    old.close();
    QVERIFY(!sd::ReportExporter::writeXlsx(doc, xlsx, &error));
    QCOMPARE(fileBytes(xlsx), QByteArray("the report of yesterday"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"r.xlsx"_s});

    // CSV: the second section's too-wide row fails it; the first file is removed again.
    QVERIFY(!sd::ReportExporter::writeCsv(doc, dir.filePath(u"c.csv"_s), true, &error));
    QVERIFY(!sd::ReportExporter::writeCsv(doc, dir.filePath(u"c.zip"_s), true, &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"r.xlsx"_s});

    // PDF into a folder that does not exist: a clear message, no file.
    QVERIFY(!sd::ReportRenderer::writePdf(doc, dir.filePath(u"missing/r.pdf"_s), QPageSize::A4, QLocale::c(), &error));
    QVERIFY2(error.contains(u"r.pdf"_s), qPrintable(error));
}

void tst_Reports::pageExportsAndListsRecent()
{
    sdtest::TempWorkspace t;
    const qint64 s = addStore(t.db(), u"Harbor"_s);
    QVERIFY(s > 0);
    sd::ui::AppContext context(t.ws.get(), false);
    sd::ui::ReportsPage page(&context);
    page.kindPicker()->setCurrentIndex(page.kindPicker()->findData(int(sd::ReportDocument::Kind::Claims)));
    page.fromPicker()->setDate(QDate(2026, 11, 1));
    page.toPicker()->setDate(QDate(2026, 11, 30));
    page.rebuildNow();
    QVERIFY(page.document());
    QCOMPARE(page.document()->periodLabel, u"2026-11-01 to 2026-11-30"_s);
    QVERIFY(page.previewPages() >= 1);
    QCOMPARE(page.recentList()->rowCount(), 0);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(page.exportTo(dir.filePath(u"claims.pdf"_s), sd::ReportFormat::Pdf, &error), qPrintable(error));
    QVERIFY(QFile::exists(dir.filePath(u"claims.pdf"_s)));
    QCOMPARE(page.recentList()->rowCount(), 1);
    QCOMPARE(page.recentList()->item(0, 4)->text(), u"PDF"_s);
    QVERIFY(page.recentList()->item(0, 5)->text().endsWith(u"claims.pdf"_s));
    // A scheduled job's export shows up too.
    QString out, err;
    QTextStream o(&out), e(&err);
    sd::CliApp cli(o, e);
    QCOMPARE(cli.run({u"--db"_s, t.path(), u"report"_s, u"daily"_s, u"--date"_s, u"2026-11-10"_s, u"--out"_s,
                      dir.filePath(u"d.xlsx"_s)}),
             0);
    const auto records = sd::ReportExporter(t.db(), {}).recent(10);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.first().via, u"cli"_s);
    QCOMPARE(records.first().kind, u"daily"_s);
}

void tst_Reports::previewOpensAtTheFirstPage()
{
    sdtest::TempWorkspace t;
    const qint64 s = addStore(t.db(), u"Harbor"_s);
    for (int i = 0; i < 200; ++i)
        QVERIFY(addClaim(t.db(), s, {u"P1"_s, 1, u"logistics_damage"_s, u"new"_s, {}, Null,
                                     at(2026, 11, 1 + i % 28, 10, i % 60), {}, {}, u"Ana"_s}) > 0);
    sd::ui::AppContext context(t.ws.get(), false);
    sd::ui::ReportsPage page(&context);
    page.resize(1200, 700);
    page.kindPicker()->setCurrentIndex(page.kindPicker()->findData(int(sd::ReportDocument::Kind::Claims)));
    page.fromPicker()->setDate(QDate(2026, 11, 1));
    page.toPicker()->setDate(QDate(2026, 11, 30));
    page.rebuildNow();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(100); // the preview lays its pages out again once shown
    auto *view = page.findChild<QPrintPreviewWidget *>()->findChild<QGraphicsView *>();
    QVERIFY(view);
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY(page.previewPages() >= 4);
    QVERIFY(bar->maximum() > bar->minimum());
    QCOMPARE(bar->value(), bar->minimum()); // page 1, not the middle of the document
    QCOMPARE(page.findChild<QPrintPreviewWidget *>()->currentPage(), 1);

    // Once the person scrolls, the preview stays where they put it, also after a resize.
    QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), {}, {0, -600},
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(bar->value() > bar->minimum());
    page.resize(1200, 720);
    QTest::qWait(50);
    QVERIFY(bar->value() > bar->minimum());

    // A new report goes back to its first page.
    page.toPicker()->setDate(QDate(2026, 11, 29));
    page.rebuildNow();
    QTest::qWait(50);
    QCOMPARE(bar->value(), bar->minimum());
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
