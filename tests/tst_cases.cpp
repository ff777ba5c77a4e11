// Imports, chargebacks, the Alipay ledger with appeals and reconciliation, the
// after-sales metrics, the Today agenda, the cases list and the CLI commands.

#include "cli/cliapp.h"
#include "disputes/caseagenda.h"
#include "disputes/caseimporters.h"
#include "disputes/casemetrics.h"
#include "disputes/casestablemodel.h"
#include "disputes/chargebackrepository.h"
#include "disputes/disputerepository.h"
#include "ledger/ledgerrepository.h"
#include "orders/orderimporter.h"
#include "stores/storerepository.h"
#include "testutil.h"
#include "time/utctime.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const sd::Currency Usd = sd::Currency::of(u"USD");

qint64 at(int y, int m, int d, int h = 0, int min = 0)
{
    return sd::utc::toStore(QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()));
}

qint64 addStore(const sdtest::TempWorkspace &t, const QString &name, const QString &zone = u"UTC"_s)
{
    sd::Store s;
    s.name = name;
    s.timeZone = zone;
    QString error;
    const auto id = sd::StoreRepository(t.db()).add(s, &error);
    if (!id)
        qFatal("cannot add store: %s", qUtf8Printable(error));
    return *id;
}

QString write(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qUtf8Printable(path));
    f.write(text.toUtf8());
    return path;
}

sd::ImportResult import(const sdtest::TempWorkspace &t, sd::CaseImporter::Kind kind,
                        const QString &path, qint64 store)
{
    sd::ImportOptions o;
    o.storeId = store;
    return sd::CaseImporter(t.db()).run(kind, path, o);
}

const QString DisputeHeader =
        u"issue_id,order_id,buyer_login_id,reason,opened_at,issue_status,refund_money_max,"
        "buyer_solution,buyer_amount,buyer_solution_status,buyer_proposed_at\n"_s;

QString pngFile(const QTemporaryDir &dir, const QString &name)
{
    // The smallest valid PNG: 1x1, from its signature and chunks.
    static const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qUtf8Printable(path));
    f.write(png);
    return path;
}

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = sd::CliApp(out, err).run(args);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class tst_Cases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void disputeImportIsIdempotentAndKeepsManualWork();
    void disputeImportReportsEveryBadCell();
    void disputeImportDuplicateKeys();
    void importedDisputeLinksToOrderEitherWay();
    void chargebackImportAndDefenceDeadline();
    void chargebackDefenceAndOutcome();
    void ledgerImportTakesSignedStatements();
    void appealFlow();
    void reconciliationSumsToTheCent();
    void metricsOnAHandComputedExample();
    void agendaBoundaries();
    void casesListSortsByNearestDeadline();
    void cliImportDueAndMonth();
};

void tst_Cases::disputeImportIsIdempotentAndKeepsManualWork()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    const QString path = write(dir, u"disputes.csv"_s,
                               DisputeHeader
                                       + u"5001,8100000001,us123,Item not received,2026-03-01 10:00,processing,25.99,"
                                         "refund,25.99,wait_seller_accept,2026-03-01 10:00\n"
                                         "5002,8100000002,de456,Wrong item,2026-03-02 11:00,finish,10.00,,,,\n"_s);
    auto r = import(t, sd::CaseImporter::Kind::Disputes, path, store);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    QCOMPARE(r.inserted, 2);
    sd::DisputeRepository repo(t.db());
    auto d = repo.byIssueId(store, u"5001"_s);
    QVERIFY(d);
    QCOMPARE(d->refundMaxMinor, 2599);
    QCOMPARE(d->openedUtc, at(2026, 3, 1, 10)); // the store's zone is UTC
    // Response due 5 days after the buyer's proposal (the default rule).
    QCOMPARE(d->responseDueUtc.value_or(0), at(2026, 3, 6, 10));
    QCOMPARE(repo.proposals(d->id).size(), 1);

    // Staff escalate by hand; importing the same file again changes nothing and keeps it.
    QString error;
    QVERIFY2(repo.escalate(d->id, u"no answer"_s, &error), qPrintable(error));
    r = import(t, sd::CaseImporter::Kind::Disputes, path, store);
    QVERIFY(r.committed);
    QCOMPARE(r.inserted, 0);
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.unchanged, 2);
    QVERIFY(r.previousImportUtc > 0);
    QVERIFY(repo.byId(d->id)->escalatedUtc.has_value());

    // A later export with the dispute closed updates it and notes it in the timeline.
    const QString later = write(dir, u"disputes-2.csv"_s,
                                DisputeHeader
                                        + u"5001,8100000001,us123,Item not received,2026-03-01 10:00,finish,25.99,"
                                          "refund,25.99,reached,2026-03-01 10:00\n"_s);
    r = import(t, sd::CaseImporter::Kind::Disputes, later, store);
    QVERIFY(r.committed);
    QCOMPARE(r.updated, 1);
    d = repo.byId(d->id);
    QCOMPARE(d->status, u"finish"_s);
    QVERIFY(!d->responseDueUtc);
    QVERIFY(!d->platformDueUtc);
    QVERIFY(repo.timeline(d->id).last().detail.contains(u"disputes-2.csv"_s));
}

void tst_Cases::disputeImportReportsEveryBadCell()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    const QString good = write(dir, u"good.csv"_s,
                               DisputeHeader + u"6001,8100000001,a,r,2026-03-01 10:00,processing,5.00,,,,\n"_s);
    QVERIFY(import(t, sd::CaseImporter::Kind::Disputes, good, store).committed);
    const qint64 before = sdtest::scalar(t.db(), u"SELECT count(*) FROM disputes"_s);

    const QString bad = write(
            dir, u"bad.csv"_s,
            DisputeHeader
                    + u"6002,8100000002,a,r,2026-03-01 10:00,processing,5.00,,,,\n"     // line 2: fine
                      "6003,8100000003,a,r,yesterday,processing,5.00,,,,\n"            // line 3: col 5
                      "6004,8100000004,a,r,2026-03-01 10:00,under_review,5.00,,,,\n"           // line 4: col 6
                      "6005,8100000005,a,r,2026-03-01 10:00,processing,-1.00,,,,\n"    // line 5: col 7
                      "6006,8100000006,a,r,2026-03-01 10:00,processing,5.00,refund,5.01,wait_seller_accept,2026-03-01 10:00\n" // line 6: col 9
                      ""_s);
    const auto r = import(t, sd::CaseImporter::Kind::Disputes, bad, store);
    QVERIFY(!r.committed);
    QVERIFY2(r.rejected == 4, qPrintable(r.errors.join(u"\n"_s)));
    QCOMPARE(r.errors.size(), 4);
    QVERIFY2(r.errors.at(0).startsWith(u"bad.csv:3:5:"_s), qPrintable(r.errors.at(0)));
    QVERIFY2(r.errors.at(1).startsWith(u"bad.csv:4:6:"_s), qPrintable(r.errors.at(1)));
    QVERIFY2(r.errors.at(2).startsWith(u"bad.csv:5:7:"_s), qPrintable(r.errors.at(2)));
    QVERIFY2(r.errors.at(3).startsWith(u"bad.csv:6:9:"_s), qPrintable(r.errors.at(3)));
    // All or nothing: the good row on line 2 was not written either.
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM disputes"_s), before);

    // A header without a required column names the column.
    const QString noMax = write(dir, u"nomax.csv"_s, u"issue_id,opened_at,issue_status\n1,2026-03-01,processing\n"_s);
    const auto r2 = import(t, sd::CaseImporter::Kind::Disputes, noMax, store);
    QVERIFY(r2.fatal.contains(u"nomax.csv:1:"_s));
    QVERIFY(r2.fatal.contains(u"refund_money_max"_s));
}

void tst_Cases::disputeImportDuplicateKeys()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    const QString row = u"7001,8100000001,a,r,2026-03-01 10:00,processing,5.00,,,,\n"_s;
    // The same row twice is harmless.
    auto r = import(t, sd::CaseImporter::Kind::Disputes, write(dir, u"twice.csv"_s, DisputeHeader + row + row), store);
    QVERIFY(r.committed);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.unchanged, 1);
    // The same issue with different data is refused at its second line.
    r = import(t, sd::CaseImporter::Kind::Disputes,
               write(dir, u"clash.csv"_s,
                     DisputeHeader + u"7002,1,a,r,2026-03-01 10:00,processing,5.00,,,,\n"
                                     "7002,1,a,r,2026-03-01 10:00,processing,6.00,,,,\n"_s),
               store);
    QVERIFY(!r.committed);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(u"clash.csv:3:1:"_s), qPrintable(r.errors.first()));
    QVERIFY(r.errors.first().contains(u"line 2"_s));
}

void tst_Cases::importedDisputeLinksToOrderEitherWay()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    const QString orders = write(dir, u"orders.csv"_s,
                                 u"order_id,child_id,fulfillment_model,order_status,created,order_total\n"
                                 "8100000001,1,semi_jit,FINISH,2026-02-20 10:00,25.99\n"
                                 "8100000002,1,semi_jit,FINISH,2026-02-20 10:00,10.00\n"_s);
    // The first dispute arrives before its order, the second after.
    QVERIFY(import(t, sd::CaseImporter::Kind::Disputes,
                   write(dir, u"d1.csv"_s, DisputeHeader + u"8001,8100000001,a,r,2026-03-01 10:00,processing,5.00,,,,\n"_s),
                   store).committed);
    sd::DisputeRepository repo(t.db());
    QCOMPARE(repo.byIssueId(store, u"8001"_s)->orderRef, 0);
    sd::OrderImportOptions oo;
    oo.storeId = store;
    const auto ordersResult = sd::OrderImporter(t.db()).run(orders, oo);
    QVERIFY2(ordersResult.committed, qPrintable(ordersResult.fatal + ordersResult.errors.join(u'\n')));
    QVERIFY(repo.byIssueId(store, u"8001"_s)->orderRef > 0);
    QVERIFY(import(t, sd::CaseImporter::Kind::Disputes,
                   write(dir, u"d2.csv"_s, DisputeHeader + u"8002,8100000002,a,r,2026-03-01 10:00,processing,5.00,,,,\n"_s),
                   store).committed);
    QVERIFY(repo.byIssueId(store, u"8002"_s)->orderRef > 0);
    QVERIFY(repo.byIssueId(store, u"8002"_s)->orderRef != repo.byIssueId(store, u"8001"_s)->orderRef);
}

void tst_Cases::chargebackImportAndDefenceDeadline()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    const QString path = write(dir, u"cb.csv"_s,
                               u"case_id,order_id,filed_at,frozen_amount,reason_code,defence_due\n"
                               "CB1,8100000001,2026-03-01 10:00,25.99,13.1,2026-03-04 10:00\n"
                               "CB2,8100000002,2026-03-01 10:00,10.00,10.4,\n"_s);
    auto r = import(t, sd::CaseImporter::Kind::Chargebacks, path, store);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    sd::ChargebackRepository repo(t.db());
    QCOMPARE(repo.byCaseId(store, u"CB1"_s)->defenceDueUtc.value_or(0), at(2026, 3, 4, 10));
    // Without a stated deadline: the chargeback.defence_window_days rule (7 days).
    QCOMPARE(repo.byCaseId(store, u"CB2"_s)->defenceDueUtc.value_or(0), at(2026, 3, 8, 10));
    QCOMPARE(repo.byCaseId(store, u"CB1"_s)->frozenMinor, 2599);
    r = import(t, sd::CaseImporter::Kind::Chargebacks, path, store);
    QCOMPARE(r.unchanged, 2);

    const QString bad = write(dir, u"cb-bad.csv"_s,
                              u"case_id,filed_at,frozen_amount,defence_due,outcome,recovered\n"
                              "CB3,2026-03-01 10:00,10.00,2026-02-28 10:00,,\n"
                              "CB4,2026-03-01 10:00,10.00,,won,10.01\n"_s);
    r = import(t, sd::CaseImporter::Kind::Chargebacks, bad, store);
    QVERIFY(!r.committed);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(r.errors.at(0).startsWith(u"cb-bad.csv:2:4:"_s), qPrintable(r.errors.at(0)));
    QVERIFY2(r.errors.at(1).startsWith(u"cb-bad.csv:3:6:"_s), qPrintable(r.errors.at(1)));
}

void tst_Cases::chargebackDefenceAndOutcome()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    sd::ChargebackRepository repo(t.db());
    sd::Chargeback c;
    c.storeId = store;
    c.caseId = u"CB9"_s;
    c.filedUtc = at(2026, 3, 1, 10);
    c.currency = Usd;
    c.frozenMinor = 5000;
    QString error;
    const auto id = repo.add(c, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(repo.byId(*id)->defenceDueUtc.value_or(0), at(2026, 3, 8, 10));
    QVERIFY(!repo.add(c, &error)); // the same case twice
    QVERIFY(error.contains(u"CB9"_s));

    // No documents: the defence cannot be submitted.
    QVERIFY(!repo.submitDefence(*id, {}, &error));
    QVERIFY(error.contains(u"attach"_s));
    QTemporaryDir dir;
    const QString proof = pngFile(dir, u"proof.png"_s);
    QVERIFY2(repo.attachDocument(*id, proof, &error), qPrintable(error));
    QVERIFY(QFile::remove(proof));
    QCOMPARE(repo.documents(*id).size(), 1);
    QVERIFY(QFile::exists(sd::AttachmentStore(t.db()).pathOf(repo.documents(*id).first())));
    QVERIFY2(repo.submitDefence(*id, u"tracking shows delivery"_s, &error), qPrintable(error));
    QVERIFY(repo.byId(*id)->submittedUtc);

    // A partial win recovers more than nothing and less than the frozen amount.
    QVERIFY(!repo.recordOutcome(*id, u"partial"_s, sd::Money(5000, Usd), &error));
    QVERIFY(!repo.recordOutcome(*id, u"partial"_s, sd::Money(0, Usd), &error));
    QVERIFY(!repo.recordOutcome(*id, u"won"_s, sd::Money(5001, Usd), &error));
    QVERIFY(!repo.recordOutcome(*id, u"draw"_s, std::nullopt, &error));
    QVERIFY2(repo.recordOutcome(*id, u"partial"_s, sd::Money(1250, Usd), &error), qPrintable(error));
    QCOMPARE(repo.byId(*id)->recoveredMinor.value_or(-1), 1250);
    QVERIFY(!repo.recordOutcome(*id, u"won"_s, std::nullopt, &error)); // decided already
    const auto events = repo.timeline(*id);
    QCOMPARE(events.size(), 4); // create, attach, submit, outcome
    QCOMPARE(events.last().action, u"outcome"_s);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'chargebacks'"_s), 4);
}

void tst_Cases::ledgerImportTakesSignedStatements()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    // The statement signs deductions and names the type in Chinese.
    const QString path = write(dir, u"statement.csv"_s,
                               u"流水号,交易时间,收支类型,金额,币种,说明\n"
                               "T1,2026-03-02 08:00,放款,1200.50,USD,Settlement\n"
                               "T2,2026-03-03 09:00,扣款,-35.20,USD,Late shipment penalty\n"_s);
    auto r = import(t, sd::CaseImporter::Kind::Ledger, path, store);
    QVERIFY2(r.committed, qPrintable(r.fatal + r.errors.join(u'\n')));
    sd::LedgerRepository repo(t.db());
    const auto t2 = repo.byEntryId(store, u"T2"_s);
    QCOMPARE(t2->kind, u"deduction"_s);
    QCOMPARE(t2->amountMinor, 3520);
    QCOMPARE(t2->reason, u"Late shipment penalty"_s);

    const QString bad = write(dir, u"bad-statement.csv"_s,
                              u"entry_id,time,type,amount,currency\n"
                              "T3,2026-03-02,payout,-5.00,USD\n"
                              "T4,2026-03-02,refund,5.00,USD\n"
                              "T5,2026-03-02,payout,5.00,XYZ\n"_s);
    r = import(t, sd::CaseImporter::Kind::Ledger, bad, store);
    QVERIFY(!r.committed);
    QCOMPARE(r.errors.size(), 3);
    QVERIFY2(r.errors.at(0).startsWith(u"bad-statement.csv:2:4:"_s), qPrintable(r.errors.at(0)));
    QVERIFY2(r.errors.at(1).startsWith(u"bad-statement.csv:3:3:"_s), qPrintable(r.errors.at(1)));
    QVERIFY2(r.errors.at(2).startsWith(u"bad-statement.csv:4:5:"_s), qPrintable(r.errors.at(2)));
}

void tst_Cases::appealFlow()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    QVERIFY(import(t, sd::CaseImporter::Kind::Ledger,
                   write(dir, u"s.csv"_s,
                         u"entry_id,time,type,amount\nP1,2026-03-02 08:00,payout,100.00\n"
                         "D1,2026-03-03 09:00,deduction,40.00\n"_s),
                   store).committed);
    sd::LedgerRepository repo(t.db());
    const qint64 p1 = repo.byEntryId(store, u"P1"_s)->id;
    const qint64 d1 = repo.byEntryId(store, u"D1"_s)->id;
    QString error;
    QVERIFY(!repo.markUnfair(p1, true, {}, &error)); // a payout is never unfair
    QVERIFY(!repo.fileAppeal(d1, at(2026, 3, 4), std::nullopt, {}, &error)); // not marked yet
    QVERIFY2(repo.markUnfair(d1, true, u"parcel was on time"_s, &error), qPrintable(error));
    QVERIFY(!repo.fileAppeal(d1, at(2026, 3, 1), std::nullopt, {}, &error)); // before the deduction
    QVERIFY2(repo.fileAppeal(d1, at(2026, 3, 4), std::nullopt, u"tracking attached"_s, &error), qPrintable(error));
    auto e = repo.byId(d1);
    QCOMPARE(e->appealStatus, u"pending"_s);
    // The deadline from ledger.appeal_window_days (30) after the deduction.
    QCOMPARE(e->appealDueUtc.value_or(0), at(2026, 4, 2, 9));
    QVERIFY(!repo.markUnfair(d1, false, {}, &error)); // appealed: cannot be unmarked
    QVERIFY(!repo.recordAppealResult(d1, u"partly_won"_s, sd::Money(4000, Usd), &error));
    QVERIFY(!repo.recordAppealResult(d1, u"won"_s, sd::Money(4001, Usd), &error));
    QVERIFY2(repo.recordAppealResult(d1, u"partly_won"_s, sd::Money(1500, Usd), &error), qPrintable(error));
    e = repo.byId(d1);
    QCOMPARE(e->appealStatus, u"partly_won"_s);
    QCOMPARE(e->recoveredMinor.value_or(0), 1500);
    QCOMPARE(repo.timeline(d1).size(), 3);
}

void tst_Cases::reconciliationSumsToTheCent()
{
    sdtest::TempWorkspace t;
    const qint64 north = addStore(t, u"North"_s, u"Asia/Shanghai"_s);
    const qint64 south = addStore(t, u"South"_s, u"UTC"_s);
    QTemporaryDir dir;
    // North is on Shanghai time: 2026-02-28 17:30 UTC is already March 1 there.
    QVERIFY(import(t, sd::CaseImporter::Kind::Ledger,
                   write(dir, u"north.csv"_s,
                         u"entry_id,time,type,amount,reason\n"
                         "N1,2026-02-28T17:30:00Z,payout,1000.01,Settlement\n"
                         "N2,2026-03-05T02:00:00Z,deduction,0.10,Late shipment penalty\n"
                         "N3,2026-03-06T02:00:00Z,deduction,0.20,Late shipment penalty\n"
                         "N4,2026-03-07T02:00:00Z,deduction,33.33,Dispute refund\n"
                         "N5,2026-03-31T16:30:00Z,payout,99.99,Settlement\n"_s), // April 1 in Shanghai
                   north).committed);
    QVERIFY(import(t, sd::CaseImporter::Kind::Ledger,
                   write(dir, u"south.csv"_s,
                         u"entry_id,time,type,amount,reason\n"
                         "S1,2026-03-31T23:59:59Z,payout,0.07,Settlement\n"
                         "S2,2026-03-15T00:00:00Z,deduction,12.34,Dispute refund\n"_s),
                   south).committed);
    sd::LedgerRepository repo(t.db());
    QString error;
    const qint64 n4 = repo.byEntryId(north, u"N4"_s)->id;
    QVERIFY(repo.markUnfair(n4, true, {}, &error));
    QVERIFY(repo.fileAppeal(n4, at(2026, 3, 8), std::nullopt, {}, &error));
    QVERIFY(repo.recordAppealResult(n4, u"partly_won"_s, sd::Money(1111, Usd), &error));

    const auto months = repo.months(0, QDate(2026, 3, 1), QDate(2026, 3, 1));
    QCOMPARE(months.size(), 1);
    const sd::LedgerMonth &m = months.first();
    QCOMPARE(m.payouts, 100001 + 7);
    QCOMPARE(m.deductions, 10 + 20 + 3333 + 1234);
    QCOMPARE(m.deductionsByReason.value(u"Late shipment penalty"_s), 30);
    QCOMPARE(m.deductionsByReason.value(u"Dispute refund"_s), 3333 + 1234);
    QCOMPARE(m.appealed, 3333);
    QCOMPARE(m.recovered, 1111);
    QCOMPARE(m.net(), 100008 - 4597 + 1111);
    // The parts add up to the whole.
    qint64 byReason = 0;
    for (qint64 v : m.deductionsByReason)
        byReason += v;
    QCOMPARE(byReason, m.deductions);
    // One store only, and the month before/after get the boundary entries.
    QCOMPARE(repo.months(south, QDate(2026, 3, 1), QDate(2026, 3, 1)).first().net(), 7 - 1234);
    const auto april = repo.months(north, QDate(2026, 4, 1), QDate(2026, 4, 1));
    QCOMPARE(april.first().payouts, 9999);
    QCOMPARE(repo.months(north, QDate(2026, 2, 1), QDate(2026, 2, 1)).first().payouts, 0);
    // Twelve months in a row, oldest first, no gaps.
    const auto year = repo.months(0, QDate(2025, 5, 1), QDate(2026, 4, 1));
    QCOMPARE(year.size(), 12);
    QCOMPARE(year.first().month, QDate(2025, 5, 1));
    QCOMPARE(year.last().month, QDate(2026, 4, 1));
}

void tst_Cases::metricsOnAHandComputedExample()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    const qint64 now = at(2026, 3, 31, 12);
    // 8 orders shipped in the window (one with two line items), 1 before it.
    QString orders = u"order_id,child_id,fulfillment_model,order_status,created,shipped,order_total\n"_s;
    for (int i = 1; i <= 8; ++i)
        orders += u"90%1,1,pop,WAIT_BUYER_ACCEPT_GOODS,2026-03-10 10:00,2026-03-%2 10:00,5.00\n"_s.arg(i).arg(10 + i);
    orders += u"901,2,pop,WAIT_BUYER_ACCEPT_GOODS,2026-03-10 10:00,2026-03-11 10:00,5.00\n"_s;
    orders += u"999,1,pop,FINISH,2026-02-01 10:00,2026-02-02 10:00,5.00\n"_s; // 57 days before
    sd::OrderImportOptions oo;
    oo.storeId = store;
    const auto ro = sd::OrderImporter(t.db()).run(write(dir, u"o.csv"_s, orders), oo);
    QVERIFY2(ro.committed, qPrintable(ro.fatal + ro.errors.join(u'\n')));
    // Disputes: 3 opened in the window, 1 before; 2 escalated in it; 1 closed at the
    // seller's cost in it, 1 closed not at the seller's cost.
    const QString disputes =
            u"issue_id,opened_at,issue_status,refund_money_max,escalated_at,outcome,seller_cost,closed_at\n"
            "1,2026-03-20 10:00,processing,5.00,2026-03-25 10:00,,,\n"
            "2,2026-03-21 10:00,finish,5.00,,refunded,yes,2026-03-28 10:00\n"
            "3,2026-03-22 10:00,finish,5.00,2026-03-26 10:00,rejected,no,2026-03-30 10:00\n"
            "4,2026-02-20 10:00,finish,5.00,,refunded,yes,2026-02-25 10:00\n"_s;
    QVERIFY(import(t, sd::CaseImporter::Kind::Disputes, write(dir, u"d.csv"_s, disputes), store).committed);
    const auto metrics = sd::CaseMetrics(t.db()).compute(0, now);
    QCOMPARE(metrics.size(), 1);
    const sd::StoreCaseMetrics &m = metrics.first();
    QCOMPARE(m.shipped, 8);
    QCOMPARE(m.opened, 3);
    QCOMPARE(m.escalated, 2);
    QCOMPARE(m.sellerResponsible, 1);
    QCOMPARE(m.disputeRatePpm(), 375000); // 3 / 8
    QCOMPARE(m.arbitrationRatePpm(), 250000); // 2 / 8
    QCOMPARE(m.sellerResponsibilityRatePpm(), 125000); // 1 / 8
    QCOMPARE(sd::CaseMetrics::formatRate(125000), u"12.50 %"_s);
    // Nothing shipped: no rate rather than a division by zero.
    const auto later = sd::CaseMetrics(t.db()).compute(store, at(2026, 6, 30));
    QCOMPARE(later.first().disputeRatePpm(), -1);
    QCOMPARE(sd::CaseMetrics::formatRate(-1), u"–"_s);
}

void tst_Cases::agendaBoundaries()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    // Buyer proposals whose 5-day response windows end around now = 2026-03-10 12:00 UTC.
    const QString disputes =
            DisputeHeader
            + u"A,1,a,r,2026-03-05 11:59,processing,5.00,refund,5.00,wait_seller_accept,2026-03-05 11:59\n" // overdue by 1 min
              "B,1,a,r,2026-03-05 12:00,processing,5.00,refund,5.00,wait_seller_accept,2026-03-05 12:00\n"  // due now: today
              "C,1,a,r,2026-03-05 23:59,processing,5.00,refund,5.00,wait_seller_accept,2026-03-05 23:59\n"  // due 23:59 today
              "D,1,a,r,2026-03-06 00:00,processing,5.00,refund,5.00,wait_seller_accept,2026-03-06 00:00\n"  // tomorrow
              "E,1,a,r,2026-03-01 00:00,finish,5.00,refund,5.00,reached,2026-03-01 00:00\n"_s;           // closed
    QVERIFY(import(t, sd::CaseImporter::Kind::Disputes, write(dir, u"d.csv"_s, disputes), store).committed);
    QVERIFY(import(t, sd::CaseImporter::Kind::Chargebacks,
                   write(dir, u"c.csv"_s,
                         u"case_id,filed_at,frozen_amount,defence_due,submitted_at\n"
                         "C1,2026-03-01,5.00,2026-03-13 12:00,\n"    // exactly 3 days: not within
                         "C2,2026-03-01,5.00,2026-03-13 11:59,\n"    // within 3 days
                         "C3,2026-03-01,5.00,2026-03-09 12:00,\n"    // overdue: included
                         "C4,2026-03-01,5.00,2026-03-11 12:00,2026-03-08 10:00\n"_s), // submitted
                   store).committed);
    QVERIFY(import(t, sd::CaseImporter::Kind::Ledger,
                   write(dir, u"l.csv"_s, u"entry_id,time,type,amount\nL1,2026-03-02,deduction,5.00\n"
                                          "L2,2026-03-03,deduction,6.00\n"_s),
                   store).committed);
    sd::LedgerRepository ledger(t.db());
    QString error;
    QVERIFY(ledger.markUnfair(ledger.byEntryId(store, u"L1"_s)->id, true, {}, &error));
    QVERIFY(ledger.markUnfair(ledger.byEntryId(store, u"L2"_s)->id, true, {}, &error));
    QVERIFY(ledger.fileAppeal(ledger.byEntryId(store, u"L2"_s)->id, at(2026, 3, 4), std::nullopt, {}, &error));

    const auto a = sd::CaseAgenda::compute(t.db(), 0, at(2026, 3, 10, 12), QTimeZone::utc(), -1);
    auto ids = [](const sd::CaseAgenda::List &l) {
        QStringList out;
        for (const auto &i : l.items)
            out.append(i.caseId);
        return out;
    };
    QCOMPARE(ids(a.disputesOverdue), QStringList{u"A"_s});
    QCOMPARE(ids(a.disputesDueToday), (QStringList{u"B"_s, u"C"_s}));
    QCOMPARE(ids(a.chargebacksDefence), (QStringList{u"C3"_s, u"C2"_s}));
    QCOMPARE(ids(a.unfairNotAppealed), QStringList{u"L1"_s});
    // A limit keeps the count.
    const auto limited = sd::CaseAgenda::compute(t.db(), 0, at(2026, 3, 10, 12), QTimeZone::utc(), 1);
    QCOMPARE(limited.disputesDueToday.count, 2);
    QCOMPARE(limited.disputesDueToday.items.size(), 1);
    // "Today" ends at midnight where the desk is: in Shanghai (UTC+8) it is already
    // 20:00, so C (due 07:59 tomorrow there) is not due today.
    const auto shanghai = sd::CaseAgenda::compute(t.db(), 0, at(2026, 3, 10, 12),
                                                  QTimeZone("Asia/Shanghai"), -1);
    QCOMPARE(ids(shanghai.disputesDueToday), QStringList{u"B"_s});
}

void tst_Cases::casesListSortsByNearestDeadline()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"North"_s);
    QTemporaryDir dir;
    QVERIFY(import(t, sd::CaseImporter::Kind::Disputes,
                   write(dir, u"d.csv"_s,
                         DisputeHeader
                                 + u"D-late,1,a,r,2026-03-08 12:00,processing,5.00,refund,5.00,wait_seller_accept,2026-03-08 12:00\n"
                                   "D-soon,2,a,r,2026-03-05 20:00,processing,5.00,refund,5.00,wait_seller_accept,2026-03-05 20:00\n"
                                   "D-done,3,a,r,2026-03-01 00:00,finish,5.00,,,,\n"_s),
                   store).committed);
    QVERIFY(import(t, sd::CaseImporter::Kind::Chargebacks,
                   write(dir, u"c.csv"_s, u"case_id,filed_at,frozen_amount,defence_due\n"
                                          "CB-past,2026-03-01,9.00,2026-03-09 12:00\n"_s),
                   store).committed);
    sd::CasesTableModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc()));
    auto cases = [&] {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, sd::CasesTableModel::CaseColumn).data().toString());
        return out;
    };
    // Open cases, nearest deadline first: the overdue chargeback, then D-soon (response
    // due 03-10 20:00), then D-late (platform steps in 03-15 12:00).
    QCOMPARE(cases(), (QStringList{u"CB-past"_s, u"D-soon"_s, u"D-late"_s}));
    QCOMPARE(model.index(0, 0).data(sd::CasesTableModel::DueStateRole).toString(), u"overdue"_s);
    QCOMPARE(model.index(1, 0).data(sd::CasesTableModel::DueStateRole).toString(), u"due_soon"_s);
    QCOMPARE(model.index(2, 0).data(sd::CasesTableModel::DueStateRole).toString(), u"pending"_s);
    QVERIFY(model.index(0, 0).data().toString().contains(u"1 d 0 h"_s));

    sd::CaseFilter f;
    f.type = sd::CaseFilter::Type::Disputes;
    f.state = sd::CaseFilter::State::All;
    model.setFilter(f);
    QCOMPARE(cases(), (QStringList{u"D-soon"_s, u"D-late"_s, u"D-done"_s}));
    f.due = sd::CaseFilter::Due::Within24h;
    model.setFilter(f);
    QCOMPARE(cases(), QStringList{u"D-soon"_s});
    f = {};
    f.due = sd::CaseFilter::Due::Overdue;
    model.setFilter(f);
    QCOMPARE(cases(), QStringList{u"CB-past"_s});
    f = {};
    f.text = u"late"_s;
    model.setFilter(f);
    QCOMPARE(cases(), QStringList{u"D-late"_s});
    QCOMPARE(model.matchCount(), 1);
}

void tst_Cases::cliImportDueAndMonth()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"ws.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, db, u"init"_s}).code, 0);
    {
        sd::Workspace ws(db);
        QString error;
        QVERIFY(ws.open(&error));
        sd::Store s;
        s.name = u"North"_s;
        s.timeZone = u"UTC"_s;
        QVERIFY(sd::StoreRepository(ws.connection()).add(s, &error));
    }
    // "Today" is the machine's local day: ask at local noon; X1's response fell due two
    // hours before, X2's falls due two hours after.
    const QDateTime noon = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toUTC();
    auto iso = [](const QDateTime &t) { return t.toString(Qt::ISODateWithMs); };
    const QString x1 = iso(noon.addDays(-5).addSecs(-2 * 3600));
    const QString x2 = iso(noon.addDays(-5).addSecs(2 * 3600));
    const QString disputes = write(dir, u"d.csv"_s,
                                   DisputeHeader
                                           + u"X1,1,a,r,%1,processing,5.00,refund,5.00,wait_seller_accept,%1\n"
                                             "X2,1,a,r,%2,processing,5.00,refund,5.00,wait_seller_accept,%2\n"_s.arg(x1, x2));
    auto r = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"disputes"_s, disputes});
    QCOMPARE(r.code, 0);
    auto o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"inserted"_s).toInt(), 2);
    QCOMPARE(o.value(u"committed"_s).toBool(), true);

    r = cli({u"--db"_s, db, u"--json"_s, u"disputes"_s, u"due"_s, u"--at"_s, iso(noon)});
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"overdue"_s).toArray(), QJsonArray{u"X1"_s});
    QCOMPARE(o.value(u"due_today"_s).toArray(), QJsonArray{u"X2"_s});
    // A day later both are overdue.
    r = cli({u"--db"_s, db, u"--json"_s, u"disputes"_s, u"due"_s, u"--at"_s, iso(noon.addDays(1))});
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"overdue"_s).toArray(), (QJsonArray{u"X1"_s, u"X2"_s}));
    QCOMPARE(o.value(u"due_today"_s).toArray(), QJsonArray{});

    const QString statement = write(dir, u"s.csv"_s,
                                    u"entry_id,time,type,amount,reason\nP,2026-03-02,payout,100.10,S\n"
                                    "D,2026-03-03,deduction,0.30,Fee\n"_s);
    QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"ledger"_s, statement}).code, 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"ledger"_s, u"month"_s, u"2026-03"_s, u"--store"_s, u"North"_s});
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"payouts"_s).toString(), u"100.10 USD"_s);
    QCOMPARE(o.value(u"deductions"_s).toString(), u"0.30 USD"_s);
    QCOMPARE(o.value(u"appealed"_s).toString(), u"0.00 USD"_s);
    QCOMPARE(o.value(u"recovered"_s).toString(), u"0.00 USD"_s);
    QCOMPARE(o.value(u"net"_s).toString(), u"99.80 USD"_s);

    QCOMPARE(cli({u"--db"_s, db, u"ledger"_s, u"month"_s, u"2026-13"_s}).code, 2);
    QCOMPARE(cli({u"--db"_s, db, u"import"_s, u"refunds"_s, statement}).code, 2);
    // A bad file: exit 1, FILE:LINE:COLUMN on stderr, nothing written.
    const QString bad = write(dir, u"bad.csv"_s, u"entry_id,time,type,amount\nQ,2026-03-02,payout,abc\n"_s);
    r = cli({u"--db"_s, db, u"import"_s, u"ledger"_s, bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"bad.csv:2:4:"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_Cases)
#include "tst_cases.moc"
