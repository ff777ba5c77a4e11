#include "disputes/disputedeadlines.h"
#include "disputes/disputerepository.h"
#include "files/workspacesettings.h"
#include "orders/orderimporter.h"
#include "rules/rulerepository.h"
#include "store/auditlog.h"
#include "stores/storerepository.h"
#include "testutil.h"
#include "time/utctime.h"

#include <QFile>
#include <QImage>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const sd::Currency Usd = sd::Currency::of(u"USD");

qint64 at(int y, int m, int d, int h = 0, int min = 0)
{
    return sd::utc::toStore(QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()));
}

qint64 addStore(const sdtest::TempWorkspace &t, const QString &name)
{
    sd::Store s;
    s.name = name;
    s.timeZone = u"Asia/Shanghai"_s;
    QString error;
    const auto id = sd::StoreRepository(t.db()).add(s, &error);
    if (!id)
        qFatal("cannot add store: %s", qUtf8Printable(error));
    return *id;
}

// A dispute in progress with the buyer's proposal waiting for the seller.
qint64 addDispute(const sdtest::TempWorkspace &t, qint64 store, const QString &issue,
                  qint64 openedUtc, const QString &orderId = u"8100000001"_s)
{
    sd::Dispute d;
    d.storeId = store;
    d.issueId = issue;
    d.orderId = orderId;
    d.reason = u"Item damaged in transit"_s;
    d.openedUtc = openedUtc;
    d.currency = Usd;
    d.refundMaxMinor = 2599;
    sd::DisputeProposal p;
    p.owner = u"buyer"_s;
    p.solutionType = u"refund"_s;
    p.amountMinor = 2599;
    p.status = u"wait_seller_accept"_s;
    p.proposedUtc = openedUtc;
    QString error;
    const auto id = sd::DisputeRepository(t.db()).add(d, p, &error);
    if (!id)
        qFatal("cannot add dispute: %s", qUtf8Printable(error));
    return *id;
}

} // namespace



class tst_Disputes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void deadlinesFromTheRulesInForce();
    void answeringStopsTheResponseClock();
    void counterProposalLimits_data();
    void counterProposalLimits();
    void linksToItsOrderWhicheverArrivesFirst();
    void evidenceOutlivesTheOriginal();
    void evidenceLimits();
    void actionsWriteTimelineAndAudit();
};

void tst_Disputes::deadlinesFromTheRulesInForce()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    // Opened 1 March 10:00 UTC: the answer is due 5 days later to the second, the
    // platform steps in after 7.
    const qint64 opened = at(2026, 3, 1, 10);
    const qint64 early = addDispute(t, store, u"5001"_s, opened);
    sd::DisputeRepository repo(t.db());
    QCOMPARE(repo.byId(early)->responseDueUtc, opened + 5 * 86400);
    QCOMPARE(repo.byId(early)->platformDueUtc, opened + 7 * 86400);

    // From 10 March (store time) the window is 3 days: a proposal made on 9 March at
    // 15:59 UTC (23:59 in Shanghai) keeps 5 days, one at 16:00 UTC (00:00 on the
    // 10th in Shanghai) gets 3. Disputes already stored are recomputed.
    const qint64 before = addDispute(t, store, u"5002"_s, at(2026, 3, 9, 15, 59));
    QString error;
    QVERIFY2(sd::RuleRepository(t.db()).addValue(u"dispute.response_window_days"_s, u"3"_s,
                                                 QDate(2026, 3, 10), u"platform notice"_s, &error),
             qPrintable(error));
    const qint64 after = addDispute(t, store, u"5003"_s, at(2026, 3, 9, 16, 0));
    QCOMPARE(repo.byId(before)->responseDueUtc, at(2026, 3, 9, 15, 59) + 5 * 86400);
    QCOMPARE(repo.byId(after)->responseDueUtc, at(2026, 3, 9, 16, 0) + 3 * 86400);
    QCOMPARE(repo.byId(early)->responseDueUtc, opened + 5 * 86400);

    // A rule change reaching back recomputes the stored deadline of an earlier dispute.
    QVERIFY(sd::RuleRepository(t.db()).addValue(u"dispute.negotiation_window_days"_s, u"10"_s,
                                                QDate(2026, 2, 1), u"platform notice"_s, &error));
    QCOMPARE(repo.byId(early)->platformDueUtc, opened + 10 * 86400);
}

void tst_Disputes::answeringStopsTheResponseClock()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::DisputeRepository repo(t.db());
    QString error;

    const qint64 countered = addDispute(t, store, u"6001"_s, at(2026, 4, 1));
    QVERIFY2(repo.counterPropose(countered, u"refund"_s, sd::Money(1000, Usd),
                                 u"We offer a partial refund for the scratch."_s, &error),
             qPrintable(error));
    QVERIFY(!repo.byId(countered)->responseDueUtc);
    QVERIFY(repo.byId(countered)->platformDueUtc); // still negotiating

    const qint64 accepted = addDispute(t, store, u"6002"_s, at(2026, 4, 1));
    QVERIFY(repo.accept(accepted, repo.proposals(accepted).first().id, &error));
    QVERIFY(!repo.byId(accepted)->responseDueUtc);
    QCOMPARE(repo.proposals(accepted).first().status, u"reached"_s);

    const qint64 escalated = addDispute(t, store, u"6003"_s, at(2026, 4, 1));
    QVERIFY(repo.escalate(escalated, u"The buyer refuses every offer"_s, &error));
    QVERIFY(!repo.byId(escalated)->responseDueUtc);
    QVERIFY(!repo.byId(escalated)->platformDueUtc);
    QVERIFY(!repo.escalate(escalated, {}, &error)); // only once
    QVERIFY(error.contains(u"already"_s));

    QVERIFY(repo.close(escalated, u"refunded"_s, sd::Money(2599, Usd), true, &error));
    const auto closed = repo.byId(escalated);
    QCOMPARE(closed->status, u"finish"_s);
    QCOMPARE(closed->refundedMinor, 2599);
    QVERIFY(closed->sellerCost);
    QVERIFY(!repo.close(escalated, u"rejected"_s, std::nullopt, false, &error));
    // A refund above the buyer's maximum is refused.
    QVERIFY(!repo.close(countered, u"refunded"_s, sd::Money(2600, Usd), true, &error));
    QVERIFY(error.contains(u"between 0 and"_s));
    QVERIFY(repo.close(countered, u"cancelled"_s, std::nullopt, false, &error));
    QCOMPARE(repo.byId(countered)->status, u"canceled_issue"_s);
}

void tst_Disputes::counterProposalLimits_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("noteLength");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("message");
    // refund_money_max is USD 25.99.
    QTest::newRow("zero") << qint64(0) << 20 << true << QString();
    QTest::newRow("the maximum") << qint64(2599) << 20 << true << QString();
    QTest::newRow("a cent over") << qint64(2600) << 20 << false << u"more than the most"_s;
    QTest::newRow("negative") << qint64(-1) << 20 << false << u"negative"_s;
    QTest::newRow("note of 4") << qint64(500) << 4 << false << u"at least 5 characters"_s;
    QTest::newRow("note of 5") << qint64(500) << 5 << true << QString();
    QTest::newRow("note of 500") << qint64(500) << 500 << true << QString();
    QTest::newRow("note of 501") << qint64(500) << 501 << false << u"at most 500"_s;
}

void tst_Disputes::counterProposalLimits()
{
    QFETCH(qint64, amount);
    QFETCH(int, noteLength);
    QFETCH(bool, accepted);
    QFETCH(QString, message);
    sdtest::TempWorkspace t;
    const qint64 id = addDispute(t, addStore(t, u"Harbor"_s), u"7001"_s, at(2026, 4, 1));
    sd::DisputeRepository repo(t.db());
    const QString note(noteLength, u'x');
    const QString why = sd::DisputeRepository::checkCounter(sd::Money(amount, Usd),
                                                            sd::Money(2599, Usd), note);
    QCOMPARE(why.isEmpty(), accepted);
    QVERIFY2(why.contains(message), qPrintable(why));
    QString error;
    QCOMPARE(repo.counterPropose(id, u"refund"_s, sd::Money(amount, Usd), note, &error), accepted);
    QCOMPARE(error, why);
    // A refused offer leaves nothing behind.
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM dispute_proposals WHERE owner = 'seller'"_s),
             accepted ? 1 : 0);
}

void tst_Disputes::linksToItsOrderWhicheverArrivesFirst()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::DisputeRepository repo(t.db());
    auto importOrder = [&](const QString &orderId) {
        const QString path = t.dir.filePath(orderId + u".csv"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("order_id,order_status,fulfillment_model,created_utc\n");
        f.write(orderId.toUtf8() + ",IN_ISSUE,semi_jit,2026-03-01T00:00:00Z\n");
        f.close();
        sd::OrderImportOptions options;
        options.storeId = store;
        return sd::OrderImporter(t.db()).run(path, options).committed;
    };
    // Dispute first: kept unlinked, linked once the order is imported.
    const qint64 first = addDispute(t, store, u"8001"_s, at(2026, 3, 5), u"8200000001"_s);
    QCOMPARE(repo.byId(first)->orderRef, 0);
    QVERIFY(importOrder(u"8200000001"_s));
    const qint64 orderRef = sdtest::scalar(t.db(), u"SELECT id FROM orders WHERE order_id = '8200000001'"_s);
    QCOMPARE(repo.byId(first)->orderRef, orderRef);
    // Order first: linked at once.
    QVERIFY(importOrder(u"8200000002"_s));
    const qint64 second = addDispute(t, store, u"8002"_s, at(2026, 3, 5), u"8200000002"_s);
    QCOMPARE(repo.byId(second)->orderRef,
             sdtest::scalar(t.db(), u"SELECT id FROM orders WHERE order_id = '8200000002'"_s));
    // The same order id in another store is not this dispute's order.
    const qint64 other = addStore(t, u"Meadow"_s);
    const qint64 third = addDispute(t, other, u"8003"_s, at(2026, 3, 5), u"8200000001"_s);
    QCOMPARE(repo.byId(third)->orderRef, 0);
}

void tst_Disputes::evidenceOutlivesTheOriginal()
{
    sdtest::TempWorkspace t;
    const qint64 id = addDispute(t, addStore(t, u"Harbor"_s), u"9001"_s, at(2026, 4, 1));
    const QString original = t.dir.filePath(u"broken-mug.png"_s);
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(original, "PNG"));
    QFile in(original);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    in.close();

    sd::DisputeRepository repo(t.db());
    QString error;
    QVERIFY2(repo.attachEvidence(id, original, &error), qPrintable(error));
    QVERIFY(QFile::remove(original));
    const auto evidence = repo.evidence(id);
    QCOMPARE(evidence.size(), 1);
    QCOMPARE(evidence.first().fileName, u"broken-mug.png"_s);
    QCOMPARE(evidence.first().mimeType, u"image/png"_s);
    const QString stored = sd::AttachmentStore(t.db()).pathOf(evidence.first());
    QVERIFY(stored.startsWith(sd::AttachmentStore(t.db()).folder()));
    QFile copy(stored);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    QCOMPARE(QImage(stored).size(), QSize(64, 48));
}

void tst_Disputes::evidenceLimits()
{
    sdtest::TempWorkspace t;
    const qint64 id = addDispute(t, addStore(t, u"Harbor"_s), u"9101"_s, at(2026, 4, 1));
    sd::DisputeRepository repo(t.db());
    QString error;
    const QString text = t.dir.filePath(u"notes.txt"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an image\n");
    f.close();
    QVERIFY(!repo.attachEvidence(id, text, &error));
    QVERIFY2(error.contains(u"not an image or a PDF"_s), qPrintable(error));

    const QString big = t.dir.filePath(u"big.png"_s);
    QImage image(400, 400, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 7 % 256, y * 13 % 256, (x * y) % 256));
    QVERIFY(image.save(big, "PNG"));
    QVERIFY(sd::WorkspaceSettings(t.db()).setValue(sd::WorkspaceSettings::AttachmentMaxBytes,
                                                   u"1024"_s, &error));
    QVERIFY(!repo.attachEvidence(id, big, &error));
    QVERIFY2(error.contains(u"big.png"_s) && error.contains(u"(a setting)"_s), qPrintable(error));
    QVERIFY(!repo.attachEvidence(id, t.dir.filePath(u"missing.png"_s), &error));
    QVERIFY(error.contains(u"no such file"_s));

    // A picture bomb: 40 bytes on disk that would unpack to 60,000 x 60,000 pixels.
    const QString bomb = t.dir.filePath(u"bomb.gif"_s);
    QFile g(bomb);
    QVERIFY(g.open(QIODevice::WriteOnly));
    const QByteArray side("\x60\xEA", 2); // 60000, little-endian
    g.write("GIF89a" + side + side + QByteArray("\0\0\0", 3) + "\x2C" + QByteArray(4, '\0') + side
            + side + QByteArray("\0\x02\x02\x4C\x01\0\x3B", 7));
    g.close();
    QVERIFY(QFileInfo(bomb).size() < 1024);
    QVERIFY(!repo.attachEvidence(id, bomb, &error));
    QVERIFY2(error.contains(u"bomb.gif is 60000 × 60000 pixels"_s), qPrintable(error));
    QVERIFY2(error.contains(u"100 megapixels"_s), qPrintable(error));
    // Nothing was recorded for the refused files.
    QCOMPARE(repo.evidence(id).size(), 0);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM case_events WHERE action = 'attach'"_s), 0);
}

void tst_Disputes::actionsWriteTimelineAndAudit()
{
    sdtest::TempWorkspace t;
    const qint64 id = addDispute(t, addStore(t, u"Harbor"_s), u"9201"_s, at(2026, 4, 1));
    sd::DisputeRepository repo(t.db());
    QString error;
    QVERIFY(repo.counterPropose(id, u"return_and_refund"_s, sd::Money(1500, Usd),
                                u"Please return the item for a refund."_s, &error));
    QVERIFY(repo.escalate(id, u"No answer"_s, &error));
    QVERIFY(repo.close(id, u"rejected"_s, std::nullopt, false, &error));
    const auto timeline = repo.timeline(id);
    QStringList actions;
    for (const auto &e : timeline)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{u"create"_s, u"counter_propose"_s, u"escalate"_s, u"close"_s}));
    QVERIFY(timeline.at(1).detail.contains(u"Please return the item"_s));
    QCOMPARE(timeline.at(1).actor, sd::AuditLog::currentActor());
    const auto audit = sd::AuditLog(t.db()).entriesFor(u"disputes"_s, u"9201"_s);
    QCOMPARE(audit.size(), 4);
}

QTEST_GUILESS_MAIN(tst_Disputes)
#include "tst_disputes.moc"
