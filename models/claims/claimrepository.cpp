#include "claimrepository.h"

#include "claims/claimterms.h"
#include "orders/orderrepository.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

const QString ClaimRepository::Entity = u"claims"_s;

namespace {

const QString s_select =
        u"SELECT c.id, c.store_id, c.order_id, c.child_id, c.product_id, c.product_name, "
        "c.buyer_name, c.buyer_login, c.buyer_country, c.buyer_language, c.opened_utc, "
        "c.damaged_item, c.quantity_affected, c.description, c.cause, c.verification, c.state, "
        "c.resolution, c.currency, c.refund_minor, c.coupon_code, c.coupon_minor, "
        "c.reship_tracking, c.carton_fit, c.filler, c.fragile_label, c.packaging_note, "
        "c.dispute_issue_id, c.state_changed_utc, c.resolved_utc, c.closed_utc, c.last_reply_utc, "
        "(SELECT o.id FROM orders o WHERE o.store_id = c.store_id AND o.order_id = c.order_id "
        "  AND c.order_id <> ''), "
        "(SELECT d.id FROM disputes d WHERE d.store_id = c.store_id AND d.issue_id = c.dispute_issue_id "
        "  AND c.dispute_issue_id <> ''), "
        "c.coupon_expiry, c.coupon_min_spend_minor "
        "FROM claims c "_s;

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

Claim fromRow(const QSqlQuery &q)
{
    Claim c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.storeId = q.value(i++).toLongLong();
    c.orderId = q.value(i++).toString();
    c.childId = q.value(i++).toString();
    c.productId = q.value(i++).toString();
    c.productName = q.value(i++).toString();
    c.buyerName = q.value(i++).toString();
    c.buyerLogin = q.value(i++).toString();
    c.buyerCountry = q.value(i++).toString();
    c.buyerLanguage = q.value(i++).toString();
    c.openedUtc = q.value(i++).toLongLong();
    c.damagedItem = q.value(i++).toString();
    c.quantityAffected = q.value(i++).toInt();
    c.description = q.value(i++).toString();
    c.cause = q.value(i++).toString();
    c.verification = q.value(i++).toString();
    c.state = q.value(i++).toString();
    c.resolution = q.value(i++).toString();
    c.currency = Currency::of(q.value(i++).toString());
    c.refundMinor = optionalInt(q.value(i++));
    c.couponCode = q.value(i++).toString();
    c.couponMinor = optionalInt(q.value(i++));
    c.reshipTracking = q.value(i++).toString();
    c.cartonFit = q.value(i++).toString();
    c.filler = q.value(i++).toString();
    const QVariant fragile = q.value(i++);
    if (!fragile.isNull())
        c.fragileLabel = fragile.toBool();
    c.packagingNote = q.value(i++).toString();
    c.disputeIssueId = q.value(i++).toString();
    c.stateChangedUtc = q.value(i++).toLongLong();
    c.resolvedUtc = optionalInt(q.value(i++));
    c.closedUtc = optionalInt(q.value(i++));
    c.lastReplyUtc = optionalInt(q.value(i++));
    c.orderRef = q.value(i++).toLongLong();
    c.disputeRef = q.value(i++).toLongLong();
    c.couponExpiry = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.couponMinSpendMinor = optionalInt(q.value(i++));
    return c;
}

qint64 now()
{
    return utc::toStore(QDateTime::currentDateTimeUtc());
}

// Why the claim's own facts are not acceptable (empty: they are).
QString checkFacts(const Claim &c)
{
    if (c.storeId <= 0)
        return ClaimRepository::tr("the claim needs its store");
    if (c.openedUtc <= 0)
        return ClaimRepository::tr("the claim needs the time the buyer opened it");
    if (!c.currency.isValid())
        return ClaimRepository::tr("the claim needs the currency of its order");
    if (c.quantityAffected < 1)
        return ClaimRepository::tr("the quantity affected must be 1 or more");
    if (!ClaimTerms::causes().contains(c.cause))
        return ClaimRepository::tr("\"%1\" is not a cause of damage").arg(c.cause);
    if (!ClaimTerms::cartonFits().contains(c.cartonFit))
        return ClaimRepository::tr("\"%1\" is not a carton fit").arg(c.cartonFit);
    if (!ClaimTerms::fillers().contains(c.filler))
        return ClaimRepository::tr("\"%1\" is not a filler").arg(c.filler);
    if (!c.buyerLanguage.isEmpty()
        && (c.buyerLanguage.size() < 2 || c.buyerLanguage.size() > 3
            || !std::all_of(c.buyerLanguage.cbegin(), c.buyerLanguage.cend(),
                            [](QChar ch) { return ch >= u'a' && ch <= u'z'; })))
        return ClaimRepository::tr("\"%1\" is not a language code such as es or pt").arg(c.buyerLanguage);
    return {};
}

QString fragileText(const std::optional<bool> &v)
{
    return v ? (*v ? u"1"_s : u"0"_s) : QString();
}

} // namespace

std::optional<Money> Claim::refund() const
{
    return refundMinor ? std::optional(Money(*refundMinor, currency)) : std::nullopt;
}

std::optional<Money> Claim::coupon() const
{
    return couponMinor ? std::optional(Money(*couponMinor, currency)) : std::nullopt;
}

std::optional<Money> Claim::couponMinSpend() const
{
    return couponMinSpendMinor ? std::optional(Money(*couponMinSpendMinor, currency)) : std::nullopt;
}

bool Claim::awaitsReply() const
{
    return isOpen() && (!lastReplyUtc || *lastReplyUtc < stateChangedUtc);
}

std::optional<Claim> ClaimRepository::changeable(qint64 claimId, QString *error) const
{
    const auto c = byId(claimId);
    if (!c)
        *error = tr("there is no claim %1").arg(claimId);
    else if (!c->isOpen())
        *error = tr("a closed claim cannot change");
    return c && c->isOpen() ? c : std::nullopt;
}

std::optional<Claim> ClaimRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE c.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<CaseEvent> ClaimRepository::timeline(qint64 claimId) const
{
    return DisputeRepository::events(m_db, Entity, claimId);
}

QList<Attachment> ClaimRepository::photos(qint64 claimId) const
{
    return AttachmentStore(m_db).list(Entity, claimId);
}

QList<ClaimReply> ClaimRepository::replies(qint64 claimId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, sent_utc, sent_by, template_key, version, lang, body FROM claim_replies "
              "WHERE claim_ref = ? ORDER BY sent_utc, id"_s);
    q.addBindValue(claimId);
    QList<ClaimReply> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ClaimReply r;
        r.id = q.value(0).toLongLong();
        r.sentUtc = q.value(1).toLongLong();
        r.sentBy = q.value(2).toString();
        r.templateKey = q.value(3).toString();
        if (!q.value(4).isNull())
            r.version = q.value(4).toInt();
        r.lang = q.value(5).toString();
        r.body = q.value(6).toString();
        out.append(r);
    }
    return out;
}

bool ClaimRepository::finish(const Claim &claim, const QString &action, const QString &detail,
                             const QString &field, const QVariant &oldValue,
                             const QVariant &newValue, QString *error)
{
    return DisputeRepository::addEvent(m_db, Entity, claim.id, action, detail, error)
            && AuditLog(m_db).record(Entity, QString::number(claim.id), action, field, oldValue,
                                     newValue, claim.storeId, error);
}

std::optional<qint64> ClaimRepository::add(const Claim &input, QString *error)
{
    Claim c = input;
    c.orderId = c.orderId.trimmed();
    c.childId = c.childId.trimmed();
    c.buyerCountry = c.buyerCountry.trimmed().toUpper();
    c.buyerLanguage = c.buyerLanguage.trimmed().toLower();
    if (const QString why = checkFacts(c); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    const OrderRepository orders(m_db);
    if (const auto ref = orders.refFor(c.storeId, c.orderId); ref && !c.orderId.isEmpty()) {
        const auto order = orders.detail(*ref);
        if (order) {
            if (c.buyerName.isEmpty())
                c.buyerName = order->buyerName;
            if (c.buyerLogin.isEmpty())
                c.buyerLogin = order->buyerLogin;
            if (c.buyerCountry.isEmpty())
                c.buyerCountry = order->country;
            if (order->currency != c.currency.code()) {
                *error = tr("order %1 is in %2; the claim's amounts must be too")
                                 .arg(c.orderId, order->currency);
                return std::nullopt;
            }
            const OrderItem *item = nullptr;
            for (const OrderItem &i : order->items) {
                if (i.childId == c.childId || (c.childId.isEmpty() && order->items.size() == 1))
                    item = &i;
            }
            if (!c.childId.isEmpty() && !item) {
                *error = tr("order %1 has no line item %2").arg(c.orderId, c.childId);
                return std::nullopt;
            }
            if (item) {
                c.childId = item->childId;
                if (c.productId.isEmpty())
                    c.productId = item->productId;
                if (c.productName.isEmpty())
                    c.productName = item->productName;
                if (c.quantityAffected > item->quantity && item->quantity > 0) {
                    *error = tr("line item %1 has %n unit(s); the claim cannot affect more", nullptr,
                                int(item->quantity))
                                     .arg(c.childId);
                    return std::nullopt;
                }
            }
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    const qint64 at = now();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO claims (store_id, order_id, child_id, product_id, product_name, "
              "buyer_name, buyer_login, buyer_country, buyer_language, opened_utc, damaged_item, "
              "quantity_affected, description, cause, verification, state, currency, carton_fit, "
              "filler, fragile_label, packaging_note, dispute_issue_id, state_changed_utc) "
              "VALUES (:store, COALESCE(:order, ''), COALESCE(:child, ''), COALESCE(:product, ''), "
              "COALESCE(:name, ''), COALESCE(:buyer, ''), COALESCE(:login, ''), "
              "COALESCE(:country, ''), COALESCE(:lang, ''), :opened, COALESCE(:damaged, ''), :qty, "
              "COALESCE(:description, ''), :cause, 'pending', 'new', :currency, "
              "COALESCE(:fit, ''), COALESCE(:filler, ''), :fragile, COALESCE(:pnote, ''), "
              "COALESCE(:dispute, ''), :changed)"_s); // an empty QString binds as NULL
    q.bindValue(u":store"_s, c.storeId);
    q.bindValue(u":order"_s, c.orderId);
    q.bindValue(u":child"_s, c.childId);
    q.bindValue(u":product"_s, c.productId);
    q.bindValue(u":name"_s, c.productName);
    q.bindValue(u":buyer"_s, c.buyerName);
    q.bindValue(u":login"_s, c.buyerLogin);
    q.bindValue(u":country"_s, c.buyerCountry);
    q.bindValue(u":lang"_s, c.buyerLanguage);
    q.bindValue(u":opened"_s, c.openedUtc);
    q.bindValue(u":damaged"_s, c.damagedItem);
    q.bindValue(u":qty"_s, c.quantityAffected);
    q.bindValue(u":description"_s, c.description);
    q.bindValue(u":cause"_s, c.cause);
    q.bindValue(u":currency"_s, c.currency.code());
    q.bindValue(u":fit"_s, c.cartonFit);
    q.bindValue(u":filler"_s, c.filler);
    q.bindValue(u":fragile"_s, c.fragileLabel ? QVariant(int(*c.fragileLabel)) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(u":pnote"_s, c.packagingNote);
    q.bindValue(u":dispute"_s, c.disputeIssueId.trimmed());
    q.bindValue(u":changed"_s, at);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    c.id = q.lastInsertId().toLongLong();
    const QString detail = c.orderId.isEmpty()
            ? tr("Claim opened: %1").arg(c.damagedItem.isEmpty() ? ClaimTerms::causeLabel(c.cause) : c.damagedItem)
            : tr("Claim opened for order %1: %2")
                      .arg(c.orderId, c.damagedItem.isEmpty() ? ClaimTerms::causeLabel(c.cause) : c.damagedItem);
    if (!finish(c, u"create"_s, detail, u"state"_s, {}, u"new"_s, error) || !tx.commit()) {
        if (error->isEmpty())
            *error = tx.error();
        return std::nullopt;
    }
    return c.id;
}

bool ClaimRepository::update(const Claim &edited, QString *error)
{
    const auto old = changeable(edited.id, error);
    if (!old)
        return false;
    Claim c = edited;
    c.buyerCountry = c.buyerCountry.trimmed().toUpper();
    c.buyerLanguage = c.buyerLanguage.trimmed().toLower();
    c.storeId = old->storeId;
    c.openedUtc = old->openedUtc;
    c.currency = old->currency;
    if (const QString why = checkFacts(c); !why.isEmpty()) {
        *error = why;
        return false;
    }
    // Settlement facts that may come after the resolution: the replacement's tracking
    // number and the coupon's terms. They exist only for the claims settled that way.
    if (old->resolution != u"reship"_s)
        c.reshipTracking = old->reshipTracking;
    c.reshipTracking = c.reshipTracking.trimmed();
    if (!old->couponMinor) {
        c.couponExpiry = old->couponExpiry;
        c.couponMinSpendMinor = old->couponMinSpendMinor;
    }
    const bool termsChanged = c.couponExpiry != old->couponExpiry || c.couponMinSpendMinor != old->couponMinSpendMinor;
    if (termsChanged) {
        if (const QString why = refuseCouponTerms(c, c.couponExpiry, c.couponMinSpend()); !why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    struct Field
    {
        const char16_t *column;
        QString oldValue;
        QString newValue;
        QVariant bound;
    };
    const QList<Field> fields{
            {u"buyer_name", old->buyerName, c.buyerName, c.buyerName},
            {u"buyer_country", old->buyerCountry, c.buyerCountry, c.buyerCountry},
            {u"buyer_language", old->buyerLanguage, c.buyerLanguage, c.buyerLanguage},
            {u"damaged_item", old->damagedItem, c.damagedItem, c.damagedItem},
            {u"quantity_affected", QString::number(old->quantityAffected),
             QString::number(c.quantityAffected), c.quantityAffected},
            {u"description", old->description, c.description, c.description},
            {u"cause", old->cause, c.cause, c.cause},
            {u"carton_fit", old->cartonFit, c.cartonFit, c.cartonFit},
            {u"filler", old->filler, c.filler, c.filler},
            {u"fragile_label", fragileText(old->fragileLabel), fragileText(c.fragileLabel),
             c.fragileLabel ? QVariant(int(*c.fragileLabel)) : QVariant(QMetaType::fromType<int>())},
            {u"packaging_note", old->packagingNote, c.packagingNote, c.packagingNote},
            {u"dispute_issue_id", old->disputeIssueId, c.disputeIssueId.trimmed(), c.disputeIssueId.trimmed()},
            {u"reship_tracking", old->reshipTracking, c.reshipTracking, c.reshipTracking},
    };
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QStringList changed;
    for (const Field &f : fields) {
        if (f.oldValue == f.newValue)
            continue;
        const QString column = QString::fromUtf16(f.column);
        if (!AuditLog(m_db).record(Entity, QString::number(c.id), u"update"_s, column, f.oldValue,
                                   f.newValue, old->storeId, error))
            return false;
        changed.append(column);
    }
    if (termsChanged) {
        const auto minSpend = [](const std::optional<qint64> &m) { return m ? QString::number(*m) : QString(); };
        if (!AuditLog(m_db).record(Entity, QString::number(c.id), u"update"_s, u"coupon_expiry"_s,
                                   old->couponExpiry.toString(Qt::ISODate), c.couponExpiry.toString(Qt::ISODate),
                                   old->storeId, error)
            || !AuditLog(m_db).record(Entity, QString::number(c.id), u"update"_s, u"coupon_min_spend_minor"_s,
                                      minSpend(old->couponMinSpendMinor), minSpend(c.couponMinSpendMinor),
                                      old->storeId, error)
            || !writeCouponTerms(c.id, c.couponExpiry, *c.couponMinSpendMinor, error))
            return false;
        changed.append(u"coupon_terms"_s);
    }
    if (changed.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE claims SET buyer_name = COALESCE(?, ''), buyer_country = COALESCE(?, ''), "
              "buyer_language = COALESCE(?, ''), damaged_item = COALESCE(?, ''), "
              "quantity_affected = ?, description = COALESCE(?, ''), cause = ?, "
              "carton_fit = COALESCE(?, ''), filler = COALESCE(?, ''), fragile_label = ?, "
              "packaging_note = COALESCE(?, ''), dispute_issue_id = COALESCE(?, ''), "
              "reship_tracking = COALESCE(?, '') WHERE id = ?"_s);
    for (const Field &f : fields)
        q.addBindValue(f.bound);
    q.addBindValue(c.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!DisputeRepository::addEvent(m_db, Entity, c.id, u"update"_s,
                                     tr("Details edited: %1").arg(changed.join(u", "_s)), error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool ClaimRepository::attachPhoto(qint64 claimId, const QString &path, QString *error)
{
    const auto c = changeable(claimId, error);
    if (!c)
        return false;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const auto a = AttachmentStore(m_db).add(Entity, claimId, path, error);
    if (!a)
        return false;
    if (!a->isImage()) {
        *error = tr("%1 is not a photo: the buyer's photos are images (PNG, JPEG, WebP, GIF, BMP)")
                         .arg(a->fileName);
        return false; // rolls back; the copied file stays unreferenced and harmless
    }
    if (!finish(*c, u"photo"_s, tr("Photo added: %1").arg(a->fileName), u"attachment"_s, {},
                a->sha256, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool ClaimRepository::setVerification(qint64 claimId, const QString &verification, QString *error)
{
    if (!ClaimTerms::verifications().contains(verification)) {
        *error = tr("\"%1\" is not a verification result").arg(verification);
        return false;
    }
    const auto c = changeable(claimId, error);
    if (!c)
        return false;
    if (c->verification == verification)
        return true;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE claims SET verification = ? WHERE id = ?"_s);
    q.addBindValue(verification);
    q.addBindValue(claimId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!finish(*c, u"verification"_s, tr("Platform verification: %1").arg(ClaimTerms::verificationLabel(verification)),
                u"verification"_s, c->verification, verification, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

QString ClaimRepository::refuseCouponTerms(const Claim &c, const QDate &expiry, const std::optional<Money> &minSpend)
{
    if (!expiry.isValid())
        return tr("a coupon needs the last day it can be used: the buyer is told");
    if (expiry < utc::fromStore(c.openedUtc).date())
        return tr("the coupon expires before the claim was opened");
    if (!minSpend || minSpend->currency() != c.currency || minSpend->minorUnits() <= 0)
        return tr("a coupon needs its minimum spend in %1, more than zero: the buyer is told")
                .arg(c.currency.code());
    return {};
}

bool ClaimRepository::writeCouponTerms(qint64 id, const QDate &expiry, qint64 minSpendMinor, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE claims SET coupon_expiry = ?, coupon_min_spend_minor = ? WHERE id = ?"_s);
    q.addBindValue(expiry.toString(Qt::ISODate));
    q.addBindValue(minSpendMinor);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString ClaimRepository::refuseMove(const Claim &c, const QString &to, const ClaimSettlement &s) const
{
    if (const QString why = ClaimTerms::refuseTransition(c.state, to); !why.isEmpty())
        return why;
    if (to == u"under_review"_s && photos(c.id).isEmpty())
        return tr("the platform verifies the buyer's photos: add at least one photo before "
                  "submitting the claim for review");
    if (to != u"resolved"_s)
        return {};
    if (!ClaimTerms::resolutions().contains(s.resolution))
        return tr("say how the claim was resolved: full refund, partial refund, reship, coupon or rejected");
    auto inCurrency = [&](const std::optional<Money> &m) { return m && m->currency() == c.currency; };
    if (ClaimTerms::refunds(s.resolution)) {
        if (!inCurrency(s.refund) || s.refund->minorUnits() <= 0)
            return tr("a refund needs its amount in %1, more than zero").arg(c.currency.code());
    } else if (s.refund) {
        return tr("only a refund resolution has a refund amount");
    }
    if (s.resolution == u"coupon"_s && (s.couponCode.trimmed().isEmpty() || !s.coupon))
        return tr("a coupon needs its code and its value");
    if (s.coupon && (!inCurrency(s.coupon) || s.coupon->minorUnits() <= 0))
        return tr("the coupon's value must be in %1, more than zero").arg(c.currency.code());
    if (s.coupon.has_value() != !s.couponCode.trimmed().isEmpty())
        return tr("a coupon needs both its code and its value");
    if (s.resolution == u"rejected"_s && (s.refund || s.coupon))
        return tr("a rejected claim has no refund and no coupon");
    if (s.coupon) {
        if (const QString why = refuseCouponTerms(c, s.couponExpiry, s.couponMinSpend); !why.isEmpty())
            return why;
    } else if (s.couponExpiry.isValid() || s.couponMinSpend) {
        return tr("only a coupon has an expiry date and a minimum spend");
    }
    if (s.resolution == u"partial_refund"_s && c.orderRef > 0) {
        // A partial refund is less than what the buyer paid for the line item.
        const auto order = OrderRepository(m_db).detail(c.orderRef);
        if (order) {
            for (const OrderItem &i : order->items) {
                if (i.childId == c.childId && i.quantity > 0
                    && s.refund->minorUnits() >= i.unitPriceMinor * i.quantity)
                    return tr("a partial refund is less than the line item's %1; choose Full refund")
                            .arg(Money(i.unitPriceMinor * i.quantity, c.currency).format());
            }
        }
    }
    return {};
}

bool ClaimRepository::move(qint64 claimId, const QString &to, const ClaimSettlement &s,
                           const QString &note, QString *error)
{
    const auto c = byId(claimId);
    if (!c) {
        *error = tr("there is no claim %1").arg(claimId);
        return false;
    }
    if (const QString why = refuseMove(*c, to, s); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (to == u"resolved"_s && s.resolution == u"rejected"_s && note.trimmed().isEmpty()) {
        *error = tr("say why the claim is rejected: the buyer will ask");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const qint64 at = now();
    QSqlQuery q(m_db);
    QString detail = tr("%1 → %2").arg(ClaimTerms::stateLabel(c->state), ClaimTerms::stateLabel(to));
    if (to == u"resolved"_s) {
        q.prepare(u"UPDATE claims SET state = 'resolved', state_changed_utc = :at, resolved_utc = :at, "
                  "resolution = :resolution, refund_minor = :refund, coupon_code = COALESCE(:code, ''), "
                  "coupon_minor = :coupon, reship_tracking = COALESCE(:tracking, '') WHERE id = :id"_s);
        q.bindValue(u":resolution"_s, s.resolution);
        q.bindValue(u":refund"_s, nullable(s.refund ? std::optional(s.refund->minorUnits()) : std::nullopt));
        q.bindValue(u":code"_s, s.couponCode.trimmed());
        q.bindValue(u":coupon"_s, nullable(s.coupon ? std::optional(s.coupon->minorUnits()) : std::nullopt));
        q.bindValue(u":tracking"_s, s.reshipTracking.trimmed());
        detail += u": "_s + ClaimTerms::resolutionLabel(s.resolution);
        if (s.refund)
            detail += u' ' + s.refund->format();
        if (s.coupon)
            detail += tr(", coupon %1 worth %2 on orders of %3 or more, valid until %4")
                              .arg(s.couponCode.trimmed(), s.coupon->format(), s.couponMinSpend->format(),
                                   s.couponExpiry.toString(Qt::ISODate));
        if (!s.reshipTracking.trimmed().isEmpty())
            detail += tr(", tracking %1").arg(s.reshipTracking.trimmed());
    } else if (to == u"closed"_s) {
        q.prepare(u"UPDATE claims SET state = 'closed', state_changed_utc = :at, closed_utc = :at "
                  "WHERE id = :id"_s);
    } else {
        q.prepare(u"UPDATE claims SET state = :state, state_changed_utc = :at WHERE id = :id"_s);
        q.bindValue(u":state"_s, to);
    }
    q.bindValue(u":at"_s, at);
    q.bindValue(u":id"_s, claimId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (to == u"resolved"_s && s.coupon
        && !writeCouponTerms(claimId, s.couponExpiry, s.couponMinSpend->minorUnits(), error))
        return false;
    if (!note.trimmed().isEmpty())
        detail += u" — "_s + note.trimmed();
    if (!finish(*c, u"state"_s, detail, u"state"_s, c->state, to, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

std::optional<qint64> ClaimRepository::recordReply(qint64 claimId, const ClaimReply &r, QString *error)
{
    const auto c = byId(claimId);
    if (!c) {
        *error = tr("there is no claim %1").arg(claimId);
        return std::nullopt;
    }
    if (r.body.trimmed().isEmpty()) {
        *error = tr("the reply is empty");
        return std::nullopt;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    const qint64 at = now();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO claim_replies (claim_ref, sent_utc, sent_by, template_key, version, lang, body) "
              "VALUES (?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), ?)"_s);
    q.addBindValue(claimId);
    q.addBindValue(at);
    q.addBindValue(AuditLog::currentActor());
    q.addBindValue(r.templateKey);
    q.addBindValue(r.version ? QVariant(*r.version) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(r.lang);
    q.addBindValue(r.body);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(u"UPDATE claims SET last_reply_utc = ? WHERE id = ?"_s);
    q.addBindValue(at);
    q.addBindValue(claimId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const QString used = r.templateKey.isEmpty()
            ? tr("written without a template")
            : tr("template %1 v%2, %3").arg(r.templateKey).arg(r.version.value_or(0)).arg(r.lang);
    if (!finish(*c, u"reply"_s, tr("Reply copied for sending (%1)").arg(used), u"reply"_s, {},
                QString::number(id), error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return id;
}

QList<Claim> ClaimRepository::awaitingReply(qint64 storeId, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE c.state <> 'closed' AND (? = 0 OR c.store_id = ?) "
                         "AND (c.last_reply_utc IS NULL OR c.last_reply_utc < c.state_changed_utc) "
                         "ORDER BY c.state_changed_utc, c.id LIMIT ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(storeId);
    q.addBindValue(limit);
    QList<Claim> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

qint64 ClaimRepository::countAwaitingReply(qint64 storeId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM claims c WHERE c.state <> 'closed' AND (? = 0 OR c.store_id = ?) "
              "AND (c.last_reply_utc IS NULL OR c.last_reply_utc < c.state_changed_utc)"_s);
    q.addBindValue(storeId);
    q.addBindValue(storeId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace sd
