// Damage claims: the workflow (every transition, allowed and refused), what each step
// writes, photos kept in the workspace, the reply-owed rule, and the damage rate.

#include "claims/claimrepository.h"
#include "claims/claimstablemodel.h"
#include "claims/claimterms.h"
#include "claims/damagerate.h"
#include "rules/rulerepository.h"
#include "store/auditlog.h"
#include "stores/storerepository.h"
#include "testutil.h"
#include "time/utctime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

qint64 at(int y, int m, int d, int h = 12)
{
    return sd::utc::toStore(QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()));
}

qint64 addStore(const sdtest::TempWorkspace &t, const QString &name)
{
    sd::Store s;
    s.name = name;
    s.timeZone = u"UTC"_s;
    QString error;
    const auto id = sd::StoreRepository(t.db()).add(s, &error);
    if (!id)
        qFatal("cannot add store: %s", qUtf8Printable(error));
    return *id;
}

// An order with one line item of `quantity` units of `product`.
void addOrder(const sdtest::TempWorkspace &t, qint64 store, const QString &id, const QString &product,
              qint64 quantity, qint64 unitMinor, std::optional<qint64> shipped)
{
    QSqlQuery q(t.db());
    q.prepare(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, "
              "buyer_name, country, order_total_minor, created_utc, paid_utc, shipped_utc) "
              "VALUES (?, ?, 'semi_jit', 'FINISH', 'USD', 'Ana Souza', 'BR', ?, ?, ?, ?)"_s);
    q.addBindValue(store);
    q.addBindValue(id);
    q.addBindValue(unitMinor * quantity);
    q.addBindValue(at(2026, 1, 1));
    q.addBindValue(at(2026, 1, 1));
    q.addBindValue(shipped ? QVariant(*shipped) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        qFatal("order: %s", qUtf8Printable(q.lastError().text()));
    const qint64 ref = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO order_items (order_ref, child_id, product_id, product_name, quantity, "
              "unit_price_minor) VALUES (?, '1', ?, ?, ?, ?)"_s);
    q.addBindValue(ref);
    q.addBindValue(product);
    q.addBindValue(QString(u"Glass vase "_s + product));
    q.addBindValue(quantity);
    q.addBindValue(unitMinor);
    if (!q.exec())
        qFatal("item: %s", qUtf8Printable(q.lastError().text()));
}

QString writePhoto(const QString &path, QRgb color)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(color);
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qUtf8Printable(path));
    return path;
}

sd::Claim claimFor(qint64 store, const QString &orderId = {})
{
    sd::Claim c;
    c.storeId = store;
    c.orderId = orderId;
    c.openedUtc = at(2026, 11, 1);
    c.currency = sd::Currency::of(u"USD");
    c.damagedItem = u"Vase cracked"_s;
    c.cause = u"logistics_damage"_s;
    return c;
}

sd::ClaimSettlement fullRefund(qint64 minor)
{
    sd::ClaimSettlement s;
    s.resolution = u"full_refund"_s;
    s.refund = sd::Money(minor, sd::Currency::of(u"USD"));
    return s;
}

} // namespace

class tst_Claims : public QObject
{
    Q_OBJECT

private slots:
    void addFillsFromTheOrder();
    void addRefusesBadFacts();
    void transitions_data();
    void transitions();
    void underReviewNeedsAPhoto();
    void resolvingChecksTheSettlement();
    void settlementFactsCanComeLater();
    void rejectingNeedsAReason();
    void closedClaimsDoNotChange();
    void editsAreAudited();
    void photosSurviveTheOriginals();
    void nonImagesAreRefused();
    void replyIsOwedAfterEachChange();
    void damageRateHandComputed();
    void damageRateFollowsTheDatedRules();
    void listFiltersAndSearch();
};

void tst_Claims::addFillsFromTheOrder()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    addOrder(t, store, u"8001"_s, u"P1"_s, 2, 1250, at(2026, 10, 20));
    QString error;
    const auto id = sd::ClaimRepository(t.db()).add(claimFor(store, u"8001"_s), &error);
    QVERIFY2(id, qPrintable(error));
    const auto c = sd::ClaimRepository(t.db()).byId(*id);
    QVERIFY(c);
    QCOMPARE(c->buyerName, u"Ana Souza"_s);
    QCOMPARE(c->buyerCountry, u"BR"_s);
    QCOMPARE(c->childId, u"1"_s); // the order's only line item
    QCOMPARE(c->productId, u"P1"_s);
    QCOMPARE(c->productName, u"Glass vase P1"_s);
    QCOMPARE(c->state, u"new"_s);
    QCOMPARE(c->verification, u"pending"_s);
    QVERIFY(c->orderRef > 0);
    const auto events = sd::ClaimRepository(t.db()).timeline(*id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, u"create"_s);
    QVERIFY(events.first().detail.contains(u"8001"_s));
    QCOMPARE(sd::AuditLog(t.db()).entriesFor(u"claims"_s, QString::number(*id)).size(), 1);
}

void tst_Claims::addRefusesBadFacts()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    addOrder(t, store, u"8001"_s, u"P1"_s, 2, 1250, at(2026, 10, 20));
    sd::ClaimRepository claims(t.db());
    QString error;

    sd::Claim c = claimFor(store, u"8001"_s);
    c.childId = u"7"_s;
    QVERIFY(!claims.add(c, &error));
    QVERIFY2(error.contains(u"no line item 7"_s), qPrintable(error));

    c = claimFor(store, u"8001"_s);
    c.quantityAffected = 3; // the line has 2
    QVERIFY(!claims.add(c, &error));
    QVERIFY2(error.contains(u"2 unit"_s), qPrintable(error));

    c = claimFor(store, u"8001"_s);
    c.currency = sd::Currency::of(u"EUR");
    QVERIFY(!claims.add(c, &error));
    QVERIFY2(error.contains(u"USD"_s), qPrintable(error));

    c = claimFor(store);
    c.cause = u"aliens"_s;
    QVERIFY(!claims.add(c, &error));
    QVERIFY2(error.contains(u"aliens"_s), qPrintable(error));

    c = claimFor(store);
    c.buyerLanguage = u"Portuguese"_s;
    QVERIFY(!claims.add(c, &error));
    QVERIFY2(error.contains(u"language code"_s), qPrintable(error));

    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM claims"_s), 0);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM case_events"_s), 0);
}

void tst_Claims::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const QSet<QString> allowed{u"new>awaiting_evidence"_s, u"new>under_review"_s, u"new>resolved"_s,
                                u"awaiting_evidence>under_review"_s, u"awaiting_evidence>resolved"_s,
                                u"under_review>awaiting_evidence"_s, u"under_review>resolved"_s,
                                u"resolved>closed"_s};
    for (const QString &from : sd::ClaimTerms::states()) {
        for (const QString &to : sd::ClaimTerms::states()) {
            const QString pair = from + u'>' + to;
            QTest::newRow(qPrintable(pair)) << from << to << allowed.contains(pair);
        }
    }
}

void tst_Claims::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY2(claims.attachPhoto(*id, writePhoto(t.dir.filePath(u"p.png"_s), qRgb(200, 40, 40)), &error),
             qPrintable(error));
    // Walk to `from`.
    const QHash<QString, QStringList> paths{{u"new"_s, {}},
                                            {u"awaiting_evidence"_s, {u"awaiting_evidence"_s}},
                                            {u"under_review"_s, {u"under_review"_s}},
                                            {u"resolved"_s, {u"resolved"_s}},
                                            {u"closed"_s, {u"resolved"_s, u"closed"_s}}};
    for (const QString &step : paths.value(from))
        QVERIFY2(claims.move(*id, step, fullRefund(2500), {}, &error), qPrintable(error));
    QCOMPARE(claims.byId(*id)->state, from);

    const qint64 eventsBefore = claims.timeline(*id).size();
    const qint64 auditBefore = sd::AuditLog(t.db()).count();
    const bool moved = claims.move(*id, to, fullRefund(2500), u"step"_s, &error);
    QCOMPARE(moved, allowed);
    const auto after = claims.byId(*id);
    if (allowed) {
        QCOMPARE(after->state, to);
        QCOMPARE(claims.timeline(*id).size(), eventsBefore + 1);
        QCOMPARE(claims.timeline(*id).last().action, u"state"_s);
        QCOMPARE(sd::AuditLog(t.db()).count(), auditBefore + 1);
        QCOMPARE(sd::AuditLog(t.db()).entriesFor(u"claims"_s, QString::number(*id)).last().newValue, to);
        if (to == u"resolved"_s) {
            QCOMPARE(after->resolution, u"full_refund"_s);
            QCOMPARE(after->refundMinor, 2500);
            QVERIFY(after->resolvedUtc);
        }
        if (to == u"closed"_s)
            QVERIFY(after->closedUtc);
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(after->state, from); // nothing changed
        QCOMPARE(claims.timeline(*id).size(), eventsBefore);
        QCOMPARE(sd::AuditLog(t.db()).count(), auditBefore);
        QCOMPARE(sd::ClaimTerms::refuseTransition(from, to).isEmpty(), false);
    }
}

void tst_Claims::underReviewNeedsAPhoto()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    QVERIFY(!claims.move(*id, u"under_review"_s, {}, {}, &error));
    QVERIFY2(error.contains(u"photo"_s), qPrintable(error));
    QCOMPARE(claims.byId(*id)->state, u"new"_s);
    QVERIFY(claims.attachPhoto(*id, writePhoto(t.dir.filePath(u"p.png"_s), qRgb(1, 2, 3)), &error));
    QVERIFY2(claims.move(*id, u"under_review"_s, {}, {}, &error), qPrintable(error));
}

void tst_Claims::resolvingChecksTheSettlement()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    addOrder(t, store, u"8001"_s, u"P1"_s, 2, 1250, at(2026, 10, 20)); // line: USD 25.00
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store, u"8001"_s), &error);
    QVERIFY(id);
    const sd::Currency usd = sd::Currency::of(u"USD");
    auto refused = [&](const sd::ClaimSettlement &s, const QString &expected) {
        const bool moved = claims.move(*id, u"resolved"_s, s, u"x"_s, &error);
        if (moved || !error.contains(expected)) {
            qWarning("expected a refusal containing \"%s\", got: %s", qPrintable(expected),
                     moved ? "resolved" : qPrintable(error));
            return false;
        }
        return claims.byId(*id)->state == u"new"_s;
    };
    QVERIFY(refused({}, u"say how"_s));
    sd::ClaimSettlement s;
    s.resolution = u"full_refund"_s;
    QVERIFY(refused(s, u"amount"_s));
    s.refund = sd::Money(0, usd);
    QVERIFY(refused(s, u"more than zero"_s));
    s.refund = sd::Money(100, sd::Currency::of(u"EUR"));
    QVERIFY(refused(s, u"USD"_s));
    s.resolution = u"partial_refund"_s;
    s.refund = sd::Money(2500, usd); // all of the line's 25.00
    QVERIFY(refused(s, u"Full refund"_s));
    s = {};
    s.resolution = u"coupon"_s;
    QVERIFY(refused(s, u"code"_s));
    s.couponCode = u"SORRY5"_s;
    QVERIFY(refused(s, u"value"_s));
    s.coupon = sd::Money(500, usd);
    s.refund = sd::Money(100, usd);
    QVERIFY(refused(s, u"only a refund"_s));
    s = {};
    s.resolution = u"reship"_s;
    s.couponCode = u"X"_s; // a code without a value
    QVERIFY(refused(s, u"both"_s));

    // A coupon tells the buyer its last day and its minimum spend: both are required.
    s = {};
    s.resolution = u"coupon"_s;
    s.couponCode = u"SORRY5"_s;
    s.coupon = sd::Money(500, usd);
    QVERIFY(refused(s, u"last day"_s));
    s.couponExpiry = QDate(2026, 10, 31); // before the claim was opened (2026-11-01)
    QVERIFY(refused(s, u"before the claim"_s));
    s.couponExpiry = QDate(2026, 12, 31);
    QVERIFY(refused(s, u"minimum spend"_s));
    s.couponMinSpend = sd::Money(0, usd);
    QVERIFY(refused(s, u"minimum spend"_s));
    s.couponMinSpend = sd::Money(2000, sd::Currency::of(u"EUR"));
    QVERIFY(refused(s, u"USD"_s));
    s = {};
    s.resolution = u"full_refund"_s;
    s.refund = sd::Money(2500, usd);
    s.couponExpiry = QDate(2026, 12, 31); // terms without a coupon
    QVERIFY(refused(s, u"only a coupon"_s));

    s = {};
    s.resolution = u"partial_refund"_s;
    s.refund = sd::Money(1000, usd);
    s.couponCode = u"SORRY5"_s;
    s.coupon = sd::Money(500, usd);
    s.couponExpiry = QDate(2026, 12, 31);
    s.couponMinSpend = sd::Money(2000, usd);
    QVERIFY2(claims.move(*id, u"resolved"_s, s, {}, &error), qPrintable(error));
    const auto c = claims.byId(*id);
    QCOMPARE(c->resolution, u"partial_refund"_s);
    QCOMPARE(c->refund(), sd::Money(1000, usd));
    QCOMPARE(c->coupon(), sd::Money(500, usd));
    QCOMPARE(c->couponCode, u"SORRY5"_s);
    QCOMPARE(c->couponExpiry, QDate(2026, 12, 31));
    QCOMPARE(c->couponMinSpend(), sd::Money(2000, usd));
    const QString detail = claims.timeline(*id).last().detail;
    QVERIFY2(detail.contains(u"SORRY5"_s) && detail.contains(u"2026-12-31"_s) && detail.contains(u"20.00"_s),
             qPrintable(detail));
}

void tst_Claims::settlementFactsCanComeLater()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const sd::Currency usd = sd::Currency::of(u"USD");
    // A reshipment whose tracking number was not known yet.
    const auto reship = claims.add(claimFor(store), &error);
    sd::ClaimSettlement s;
    s.resolution = u"reship"_s;
    QVERIFY2(claims.move(*reship, u"resolved"_s, s, {}, &error), qPrintable(error));
    sd::Claim c = *claims.byId(*reship);
    QVERIFY(c.reshipTracking.isEmpty());
    c.reshipTracking = u"  LP00482101CN "_s;
    QVERIFY2(claims.update(c, &error), qPrintable(error));
    QCOMPARE(claims.byId(*reship)->reshipTracking, u"LP00482101CN"_s);
    // Coupon terms on a claim without a coupon are ignored, like a tracking number on a refund.
    const auto refund = claims.add(claimFor(store), &error);
    QVERIFY(claims.move(*refund, u"resolved"_s, fullRefund(100), {}, &error));
    c = *claims.byId(*refund);
    c.reshipTracking = u"LP1"_s;
    c.couponExpiry = QDate(2027, 1, 31);
    c.couponMinSpendMinor = 1000;
    QVERIFY2(claims.update(c, &error), qPrintable(error));
    QVERIFY(claims.byId(*refund)->reshipTracking.isEmpty());
    QVERIFY(!claims.byId(*refund)->couponExpiry.isValid());

    // A coupon recorded before its terms were asked for (an older workspace): the terms
    // are added later, checked like at resolution, and audited.
    const auto coupon = claims.add(claimFor(store), &error);
    QSqlQuery q(t.db());
    q.prepare(u"UPDATE claims SET state = 'resolved', resolution = 'coupon', coupon_code = 'OLD5', "
              "coupon_minor = 500 WHERE id = ?"_s);
    q.addBindValue(*coupon);
    QVERIFY(q.exec());
    c = *claims.byId(*coupon);
    QVERIFY(!c.couponExpiry.isValid());
    QVERIFY(!c.couponMinSpendMinor);
    c.couponExpiry = QDate(2027, 1, 31);
    QVERIFY(!claims.update(c, &error)); // the minimum spend too
    QVERIFY2(error.contains(u"minimum spend"_s), qPrintable(error));
    c.couponMinSpendMinor = 1500;
    QVERIFY2(claims.update(c, &error), qPrintable(error));
    const auto after = claims.byId(*coupon);
    QCOMPARE(after->couponExpiry, QDate(2027, 1, 31));
    QCOMPARE(after->couponMinSpend(), sd::Money(1500, usd));
    QStringList fields;
    for (const auto &e : sd::AuditLog(t.db()).entriesFor(u"claims"_s, QString::number(*coupon)))
        fields.append(e.field);
    QVERIFY(fields.contains(u"coupon_expiry"_s) && fields.contains(u"coupon_min_spend_minor"_s));
    // Another claim's terms are its own.
    QVERIFY(!claims.byId(*refund)->couponMinSpendMinor);
}

void tst_Claims::rejectingNeedsAReason()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    sd::ClaimSettlement s;
    s.resolution = u"rejected"_s;
    QVERIFY(!claims.move(*id, u"resolved"_s, s, u"  "_s, &error));
    QVERIFY2(error.contains(u"why"_s), qPrintable(error));
    QVERIFY2(claims.move(*id, u"resolved"_s, s, u"Photos show an intact vase"_s, &error), qPrintable(error));
    QVERIFY(claims.timeline(*id).last().detail.contains(u"Photos show an intact vase"_s));
}

void tst_Claims::closedClaimsDoNotChange()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    QVERIFY(claims.move(*id, u"resolved"_s, fullRefund(100), {}, &error));
    QVERIFY(claims.move(*id, u"closed"_s, {}, {}, &error));
    sd::Claim c = *claims.byId(*id);
    c.description = u"changed"_s;
    QVERIFY(!claims.update(c, &error));
    QVERIFY(!claims.attachPhoto(*id, writePhoto(t.dir.filePath(u"p.png"_s), qRgb(1, 2, 3)), &error));
    QVERIFY(!claims.setVerification(*id, u"confirmed"_s, &error));
    QVERIFY2(error.contains(u"closed"_s), qPrintable(error));
    QCOMPARE(claims.byId(*id)->description, QString());
    QCOMPARE(claims.photos(*id).size(), 0);
}

void tst_Claims::editsAreAudited()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    sd::Claim c = *claims.byId(*id);
    c.description = u"Arrived in pieces"_s;
    c.cartonFit = u"oversized"_s;
    c.filler = u"none"_s;
    c.fragileLabel = false;
    c.buyerLanguage = u"PT"_s;
    QVERIFY2(claims.update(c, &error), qPrintable(error));
    const auto after = claims.byId(*id);
    QCOMPARE(after->description, u"Arrived in pieces"_s);
    QCOMPARE(after->cartonFit, u"oversized"_s);
    QCOMPARE(after->filler, u"none"_s);
    QCOMPARE(after->fragileLabel, std::optional<bool>(false));
    QCOMPARE(after->buyerLanguage, u"pt"_s);
    const auto audit = sd::AuditLog(t.db()).entriesFor(u"claims"_s, QString::number(*id));
    QStringList fields;
    for (const auto &e : audit)
        fields.append(e.field);
    for (const QString &f : {u"description"_s, u"carton_fit"_s, u"filler"_s, u"fragile_label"_s, u"buyer_language"_s})
        QVERIFY2(fields.contains(f), qPrintable(f));
    // Saving the same facts again changes nothing.
    const qint64 events = claims.timeline(*id).size();
    QVERIFY(claims.update(*after, &error));
    QCOMPARE(claims.timeline(*id).size(), events);
    // A bad value is refused and nothing is written.
    sd::Claim bad = *after;
    bad.filler = u"straw"_s;
    bad.description = u"other"_s;
    QVERIFY(!claims.update(bad, &error));
    QCOMPARE(claims.byId(*id)->description, u"Arrived in pieces"_s);
}

void tst_Claims::photosSurviveTheOriginals()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    const QString original = writePhoto(t.dir.filePath(u"buyer-photo.png"_s), qRgb(10, 120, 200));
    QFile f(original);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    f.close();
    QVERIFY2(claims.attachPhoto(*id, original, &error), qPrintable(error));
    QVERIFY(QFile::remove(original));

    const auto photos = claims.photos(*id);
    QCOMPARE(photos.size(), 1);
    QCOMPARE(photos.first().fileName, u"buyer-photo.png"_s);
    QCOMPARE(photos.first().sha256.toLatin1(), hash);
    const QString kept = sd::AttachmentStore(t.db()).pathOf(photos.first());
    QImage image(kept);
    QCOMPARE(image.size(), QSize(64, 48));
    QCOMPARE(image.pixel(5, 5), qRgb(10, 120, 200));
    QVERIFY(claims.timeline(*id).last().detail.contains(u"buyer-photo.png"_s));
}

void tst_Claims::nonImagesAreRefused()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    const QString pdf = t.dir.filePath(u"label.pdf"_s);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    f.close();
    QVERIFY(!claims.attachPhoto(*id, pdf, &error));
    QVERIFY2(error.contains(u"label.pdf"_s) && error.contains(u"not a photo"_s), qPrintable(error));
    QCOMPARE(claims.photos(*id).size(), 0);
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM attachments"_s), 0);
    QVERIFY(!claims.attachPhoto(*id, t.dir.filePath(u"missing.png"_s), &error));
    QVERIFY2(error.contains(u"missing.png"_s), qPrintable(error));
}

void tst_Claims::replyIsOwedAfterEachChange()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const qint64 other = addStore(t, u"Lumen"_s);
    sd::ClaimRepository claims(t.db());
    QString error;
    const auto id = claims.add(claimFor(store), &error);
    const auto elsewhere = claims.add(claimFor(other), &error);
    QVERIFY(claims.byId(*id)->awaitsReply());
    QCOMPARE(claims.countAwaitingReply(0), 2);
    QCOMPARE(claims.countAwaitingReply(store), 1);
    QCOMPARE(claims.awaitingReply(other, 10).first().id, *elsewhere);

    sd::ClaimReply r;
    r.templateKey = u"request_photos"_s;
    r.version = 1;
    r.lang = u"pt"_s;
    r.body = u"Olá"_s;
    QVERIFY2(claims.recordReply(*id, r, &error), qPrintable(error));
    QVERIFY(!claims.byId(*id)->awaitsReply());
    QCOMPARE(claims.countAwaitingReply(store), 0);
    const auto replies = claims.replies(*id);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().templateKey, u"request_photos"_s);
    QCOMPARE(replies.first().version, 1);
    QCOMPARE(replies.first().body, u"Olá"_s);
    QVERIFY(claims.timeline(*id).last().detail.contains(u"request_photos v1"_s));

    // The claim moves on: the buyer is owed a reply again. Timestamps are seconds, so
    // make the change visibly later than the reply.
    QSqlQuery q(t.db());
    QVERIFY(q.exec(u"UPDATE claims SET last_reply_utc = last_reply_utc - 10"_s));
    QVERIFY(claims.move(*id, u"resolved"_s, fullRefund(100), {}, &error));
    QVERIFY(claims.byId(*id)->awaitsReply());
    QVERIFY(claims.move(*id, u"closed"_s, {}, {}, &error));
    QVERIFY(!claims.byId(*id)->awaitsReply()); // closed claims owe nothing
    QVERIFY(!claims.recordReply(*id, sd::ClaimReply{}, &error));
    QVERIFY2(error.contains(u"empty"_s), qPrintable(error));
}

void tst_Claims::damageRateHandComputed()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    const qint64 now = at(2026, 11, 20);
    // Window: the default rule's 90 days, (2026-08-22 12:00, 2026-11-20 12:00].
    // P1: 10 + 20 + 20 = 50 units shipped in the window; 100 shipped before it.
    addOrder(t, store, u"A1"_s, u"P1"_s, 10, 1000, at(2026, 9, 1));
    addOrder(t, store, u"A2"_s, u"P1"_s, 20, 1000, at(2026, 10, 1));
    addOrder(t, store, u"A3"_s, u"P1"_s, 20, 1000, at(2026, 11, 1));
    addOrder(t, store, u"A4"_s, u"P1"_s, 100, 1000, at(2026, 8, 1));
    addOrder(t, store, u"A5"_s, u"P1"_s, 7, 1000, std::nullopt); // not shipped
    // P2: 100 shipped, 1 damaged: 1 %, under the 2 % threshold.
    addOrder(t, store, u"B1"_s, u"P2"_s, 100, 500, at(2026, 10, 5));
    // P3: 10 shipped, 5 damaged: 50 %, but fewer than the 30-unit minimum sample.
    addOrder(t, store, u"C1"_s, u"P3"_s, 10, 500, at(2026, 10, 5));
    sd::ClaimRepository claims(t.db());
    QString error;
    auto claim = [&](const QString &order, int quantity, const QString &cause, qint64 opened) {
        sd::Claim c = claimFor(store, order);
        c.quantityAffected = quantity;
        c.cause = cause;
        c.openedUtc = opened;
        const auto id = claims.add(c, &error);
        if (!id)
            qFatal("claim: %s", qUtf8Printable(error));
        return *id;
    };
    claim(u"A2"_s, 1, u"logistics_damage"_s, at(2026, 10, 10));
    claim(u"A3"_s, 2, u"packaging"_s, at(2026, 11, 5));
    claim(u"A3"_s, 4, u"wrong_item"_s, at(2026, 11, 6)); // not damage
    claim(u"A4"_s, 9, u"logistics_damage"_s, at(2026, 8, 10)); // before the window
    const qint64 rejected = claim(u"A2"_s, 5, u"unknown"_s, at(2026, 11, 7));
    sd::ClaimSettlement no;
    no.resolution = u"rejected"_s;
    QVERIFY(claims.move(rejected, u"resolved"_s, no, u"no damage on the photos"_s, &error));
    claim(u"B1"_s, 1, u"logistics_damage"_s, at(2026, 10, 20));
    claim(u"C1"_s, 5, u"unknown"_s, at(2026, 10, 20));

    const auto r = sd::DamageRateReport(t.db()).compute(0, now, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->windowDays, 90);
    QCOMPARE(r->thresholdPpm, 20'000);
    QCOMPARE(r->minSample, 30);
    QCOMPARE(r->products.size(), 3);
    // Highest rate first: P3 (50 %), P1 (6 %), P2 (1 %).
    QCOMPARE(r->products.at(0).productId, u"P3"_s);
    QCOMPARE(r->products.at(0).ratePpm, 500'000);
    QVERIFY(!r->products.at(0).flagged);
    const sd::ProductDamage &p1 = r->products.at(1);
    QCOMPARE(p1.productId, u"P1"_s);
    QCOMPARE(p1.shippedUnits, 50);
    QCOMPARE(p1.damagedUnits, 3);
    QCOMPARE(p1.claims, 2);
    QCOMPARE(p1.ratePpm, 60'000); // 3 / 50 = 6 %
    QVERIFY(p1.flagged);
    QCOMPARE(p1.storeName, u"Harbor"_s);
    QCOMPARE(r->products.at(2).productId, u"P2"_s);
    QCOMPARE(r->products.at(2).ratePpm, 10'000);
    QVERIFY(!r->products.at(2).flagged);
    QCOMPARE(r->flagged().size(), 1);
    QCOMPARE(r->flagged().first().productId, u"P1"_s);
}

void tst_Claims::damageRateFollowsTheDatedRules()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor"_s);
    addOrder(t, store, u"A1"_s, u"P1"_s, 40, 1000, at(2026, 11, 1));
    QString error;
    sd::Claim c = claimFor(store, u"A1"_s);
    c.quantityAffected = 2; // 2 / 40 = 5 %
    c.openedUtc = at(2026, 11, 2);
    QVERIFY(sd::ClaimRepository(t.db()).add(c, &error));
    const sd::DamageRateReport report(t.db());
    QVERIFY(report.compute(store, at(2026, 11, 20), &error)->products.first().flagged);
    // A threshold of 5 % from November: exactly 5 % is not over it.
    QVERIFY2(sd::RuleRepository(t.db()).addValue(u"damage.product_rate_threshold"_s, u"5"_s,
                                                  QDate(2026, 11, 10), u"test"_s, &error),
             qPrintable(error));
    QVERIFY(!report.compute(store, at(2026, 11, 20), &error)->products.first().flagged);
    // Before the new value took effect, the old threshold applied.
    QVERIFY(report.compute(store, at(2026, 11, 5), &error)->products.first().flagged);
    // A 10-day window from the 15th no longer sees the November 1st shipment.
    QVERIFY(sd::RuleRepository(t.db()).addValue(u"damage.product_rate_window_days"_s, u"10"_s,
                                                QDate(2026, 11, 15), u"test"_s, &error));
    const auto r = report.compute(store, at(2026, 11, 20), &error);
    QCOMPARE(r->windowDays, 10);
    QVERIFY(r->products.isEmpty()); // the claim of the 2nd is outside the window too
}

void tst_Claims::listFiltersAndSearch()
{
    sdtest::TempWorkspace t;
    const qint64 harbor = addStore(t, u"Harbor"_s);
    const qint64 lumen = addStore(t, u"Lumen"_s);
    addOrder(t, harbor, u"A1"_s, u"P1"_s, 1, 1000, at(2026, 11, 1));
    sd::ClaimRepository claims(t.db());
    QString error;
    sd::Claim c = claimFor(harbor, u"A1"_s);
    c.description = u"Vidro partido"_s;
    const qint64 a = *claims.add(c, &error);
    const qint64 b = *claims.add(claimFor(lumen), &error);
    const qint64 closed = *claims.add(claimFor(lumen), &error);
    QVERIFY(claims.move(closed, u"resolved"_s, fullRefund(100), {}, &error));
    QVERIFY(claims.move(closed, u"closed"_s, {}, {}, &error));
    QVERIFY(claims.recordReply(b, sd::ClaimReply{0, 0, {}, {}, {}, u"en"_s, u"Hello"_s}, &error));

    sd::ClaimsTableModel model(t.db());
    QCOMPARE(model.matchCount(), 2); // open claims by default
    auto ids = [&model] {
        QList<qint64> out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, 0).data(sd::ClaimsTableModel::IdRole).toLongLong());
        return out;
    };
    // Owed a reply first: a has none, b was answered.
    QCOMPARE(ids(), (QList<qint64>{a, b}));
    QCOMPARE(model.index(0, sd::ClaimsTableModel::ReplyColumn).data().toString(), u"Reply owed"_s);
    sd::ClaimFilter f;
    f.view = sd::ClaimFilter::View::AwaitingReply;
    model.setFilter(f);
    QCOMPARE(ids(), (QList<qint64>{a}));
    f.view = sd::ClaimFilter::View::State;
    f.state = u"closed"_s;
    model.setFilter(f);
    QCOMPARE(ids(), (QList<qint64>{closed}));
    f.view = sd::ClaimFilter::View::All;
    model.setFilter(f);
    QCOMPARE(model.matchCount(), 3);
    f.storeId = lumen;
    model.setFilter(f);
    QCOMPARE(model.matchCount(), 2);
    f.storeId = 0;
    f.text = u"PARTIDO"_s; // the buyer's words, any case
    model.setFilter(f);
    QCOMPARE(ids(), (QList<qint64>{a}));
    f.text = u"A1"_s; // the order id
    model.setFilter(f);
    QCOMPARE(ids(), (QList<qint64>{a}));
    f.text = u"Ana"_s; // the buyer, filled from the order
    model.setFilter(f);
    QCOMPARE(ids(), (QList<qint64>{a}));
    f.text.clear();
    model.setFilter(f);
    model.sort(sd::ClaimsTableModel::OpenedColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(sd::ClaimsTableModel::IdRole).toLongLong(), closed); // same time: higher id
}

QTEST_GUILESS_MAIN(tst_Claims)
#include "tst_claims.moc"
