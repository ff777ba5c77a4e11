// The demo's damage claims: every workflow state and resolution, buyers writing in
// the languages the templates cover (and one they do not), the buyers' photos (drawn
// here: a parcel with its damage), replies sent from the templates, and one fragile
// product shipped often enough, and damaged often enough, to cross the damage-rate
// threshold on Today. Deterministic.

#include "demoseeder.h"

#include "claims/claimrepository.h"
#include "claims/claimterms.h"
#include "files/attachmentstore.h"
#include "replies/replydrafter.h"
#include "time/utctime.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

struct ClaimPlan
{
    const char16_t *state;
    const char16_t *resolution;
    const char16_t *verification;
    const char16_t *cause;
    const char16_t *country; // the buyer's; the language is the country's
    int photos;
    int daysAgo; // opened, before the end of the demo
    bool replied; // a reply was sent after the last change
    int quantity;
    bool focus; // the store's fragile product (only the first store's cross the threshold)
    const char16_t *cartonFit;
    const char16_t *filler;
    int fragileLabel; // -1 unknown
    const char16_t *description;
};

constexpr std::array s_plans{
        ClaimPlan{u"new", u"", u"pending", u"unknown", u"ES", 2, 0, false, 1, false, u"", u"", -1,
                  u"El paquete llegó abollado y el producto no funciona."},
        ClaimPlan{u"new", u"", u"pending", u"logistics_damage", u"BR", 0, 1, false, 2, true, u"oversized", u"none", 0,
                  u"Chegou quebrado, a caixa estava amassada."},
        ClaimPlan{u"awaiting_evidence", u"", u"pending", u"unknown", u"FR", 0, 3, true, 1, false, u"", u"", -1,
                  u"L'article est arrivé cassé."},
        ClaimPlan{u"under_review", u"", u"pending", u"logistics_damage", u"KR", 3, 5, false, 3, true, u"oversized",
                  u"paper", 0, u"상자가 찌그러져 있었고 제품이 깨졌습니다."},
        ClaimPlan{u"under_review", u"", u"pending", u"packaging", u"IL", 2, 6, true, 1, false, u"undersized", u"none", 0,
                  u"The box was too small and the item was crushed."},
        ClaimPlan{u"resolved", u"full_refund", u"confirmed", u"logistics_damage", u"RU", 2, 9, false, 2, true,
                  u"fitted", u"bubble_wrap", 0, u"Посылка пришла мятая, товар разбит."},
        ClaimPlan{u"resolved", u"reship", u"confirmed", u"logistics_damage", u"NL", 1, 12, true, 1, false, u"fitted",
                  u"air_bags", 1, u"Het pakket was nat en beschadigd."},
        ClaimPlan{u"resolved", u"partial_refund", u"confirmed", u"packaging", u"PL", 2, 14, true, 1, false,
                  u"oversized", u"paper", 0, u"Uszkodzony róg produktu, działa, ale wygląda źle."},
        ClaimPlan{u"resolved", u"rejected", u"not_confirmed", u"unknown", u"US", 1, 16, false, 1, false, u"fitted",
                  u"bubble_wrap", 1, u"Scratches on the side."},
        ClaimPlan{u"closed", u"full_refund", u"confirmed", u"logistics_damage", u"DE", 2, 22, true, 2, true, u"fitted",
                  u"paper", 0, u"Beim Öffnen war alles zerbrochen."},
        ClaimPlan{u"closed", u"coupon", u"confirmed", u"manufacturing_defect", u"IT", 1, 30, true, 1, false, u"fitted",
                  u"air_bags", 1, u"Il prodotto ha un difetto di fabbrica."},
        ClaimPlan{u"closed", u"full_refund", u"confirmed", u"manufacturing_defect", u"MX", 1, 40, true, 1, false, u"",
                  u"", -1, u"Llegó con una grieta de fábrica en la base."},
};

// A buyer's photo: a parcel on a table with a torn, dented corner and a crack.
QImage parcelPhoto(int seed)
{
    QImage image(640, 480, QImage::Format_RGB32);
    const QColor table = QColor::fromHsv(20 + seed * 37 % 40, 60, 150 + seed * 13 % 60);
    image.fill(table);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(120 + seed * 11 % 60, 90 + seed * 7 % 40, 360, 260);
    p.setPen(QPen(QColor(90, 60, 30), 4));
    p.setBrush(QColor(196, 150, 96));
    p.drawRect(box);
    p.setBrush(QColor(210, 170, 110));
    p.drawRect(QRectF(box.left(), box.top(), box.width(), 50)); // the lid's flap
    // The tape across the lid and a shipping label.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(230, 220, 180));
    p.drawRect(QRectF(box.center().x() - 25, box.top(), 50, box.height()));
    p.setBrush(Qt::white);
    p.drawRect(QRectF(box.left() + 30, box.bottom() - 110, 110, 75));
    p.setPen(QPen(Qt::black, 2));
    for (int i = 0; i < 5; ++i)
        p.drawLine(QPointF(box.left() + 40, box.bottom() - 98 + i * 13),
                   QPointF(box.left() + 130 - (i % 2) * 30, box.bottom() - 98 + i * 13));
    // The dented, torn corner.
    QPainterPath dent;
    dent.moveTo(box.right() - 110, box.top());
    dent.lineTo(box.right(), box.top());
    dent.lineTo(box.right(), box.top() + 120);
    dent.quadTo(box.right() - 70, box.top() + 60, box.right() - 110, box.top());
    p.setPen(QPen(QColor(90, 60, 30), 3));
    p.setBrush(QColor(120, 85, 50));
    p.drawPath(dent);
    // A crack through the goods showing at the tear.
    p.setPen(QPen(QColor(200, 30, 30), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPolygonF crack;
    crack << QPointF(box.right() - 90, box.top() + 20) << QPointF(box.right() - 60, box.top() + 55)
          << QPointF(box.right() - 75, box.top() + 80) << QPointF(box.right() - 30, box.top() + 110);
    p.drawPolyline(crack);
    return image;
}

} // namespace

bool DemoSeeder::seedClaims(qint64 end, QString *error)
{
    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    QTemporaryDir photoDir;
    if (!photoDir.isValid()) {
        *error = photoDir.errorString();
        return false;
    }
    const auto storeList = storeIds(error);
    if (!storeList)
        return false;
    const QList<qint64> &stores = *storeList;
    // The fragile product of each store: its third product.
    QSqlQuery focusQuery(m_db);
    focusQuery.prepare(u"SELECT DISTINCT i.product_id FROM order_items i JOIN orders o ON o.id = i.order_ref "
                       "WHERE o.store_id = ? ORDER BY i.product_id LIMIT 1 OFFSET 2"_s);
    // An order shipped before the claim, from the buyer's country when there is one.
    QSqlQuery pick(m_db);
    pick.prepare(u"SELECT o.order_id, i.child_id, i.product_id, i.product_name, i.quantity, "
                 "i.unit_price_minor, o.buyer_name, o.buyer_login, o.country, o.currency "
                 "FROM orders o JOIN order_items i ON i.order_ref = o.id "
                 "WHERE o.store_id = :store AND o.shipped_utc BETWEEN :from AND :to "
                 "  AND (COALESCE(:country, '') = '' OR o.country = :country) "
                 "  AND (COALESCE(:product, '') = '' OR i.product_id = :product) "
                 "  AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.store_id = o.store_id AND c.order_id = o.order_id) "
                 "ORDER BY (i.quantity >= :quantity) DESC, o.shipped_utc DESC, o.id LIMIT 1"_s);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO claims (store_id, order_id, child_id, product_id, product_name, buyer_name, "
                   "buyer_login, buyer_country, buyer_language, opened_utc, damaged_item, quantity_affected, "
                   "description, cause, verification, state, resolution, currency, refund_minor, coupon_code, "
                   "coupon_minor, reship_tracking, carton_fit, filler, fragile_label, packaging_note, "
                   "state_changed_utc, resolved_utc, closed_utc, last_reply_utc) VALUES (:store, :order, :child, "
                   ":product, :name, COALESCE(:buyer, ''), COALESCE(:login, ''), COALESCE(:country, ''), "
                   "COALESCE(:lang, ''), :opened, :damaged, :qty, :description, :cause, :verification, :state, "
                   "COALESCE(:resolution, ''), :currency, :refund, COALESCE(:code, ''), :coupon, "
                   "COALESCE(:tracking, ''), COALESCE(:fit, ''), COALESCE(:filler, ''), :fragile, "
                   "COALESCE(:pnote, ''), :changed, :resolved, :closed, :reply)"_s); // empty QString: NULL
    QSqlQuery insEvent(m_db);
    insEvent.prepare(u"INSERT INTO case_events (entity, entity_id, at_utc, actor, action, detail) "
                     "VALUES ('claims', ?, ?, ?, ?, ?)"_s);
    auto event = [&](qint64 id, qint64 at, const QString &actor, const QString &action, const QString &detail) {
        insEvent.addBindValue(id);
        insEvent.addBindValue(at);
        insEvent.addBindValue(actor);
        insEvent.addBindValue(action);
        insEvent.addBindValue(detail);
        return insEvent.exec();
    };
    QSqlQuery insReply(m_db);
    insReply.prepare(u"INSERT INTO claim_replies (claim_ref, sent_utc, sent_by, template_key, version, lang, body) "
                     "VALUES (?, ?, 'mei', ?, ?, ?, ?)"_s);
    const QVariant none(QMetaType::fromType<qint64>());
    const QString staff = u"mei"_s;
    AttachmentStore attachments(m_db);
    const ReplyDrafter drafter(m_db);
    int photoSeed = 0;

    for (int s = 0; s < stores.size(); ++s) {
        const qint64 storeId = stores.at(s);
        focusQuery.addBindValue(storeId);
        if (!focusQuery.exec())
            return fail(focusQuery);
        const QString focus = focusQuery.next() ? focusQuery.value(0).toString() : QString();
        for (std::size_t n = 0; n < s_plans.size(); ++n) {
            const ClaimPlan &plan = s_plans.at(n);
            // Only the first store's fragile product collects enough damage to be flagged.
            const bool onFocus = plan.focus && s == 0;
            const qint64 opened = end - plan.daysAgo * Day - (3 + qint64(n) % 5) * Hour;
            bool found = false;
            for (const QString &country : {QString::fromUtf16(plan.country), QString()}) {
                pick.bindValue(u":store"_s, storeId);
                pick.bindValue(u":from"_s, opened - 30 * Day);
                pick.bindValue(u":to"_s, opened - 2 * Day);
                pick.bindValue(u":country"_s, country);
                pick.bindValue(u":product"_s, onFocus ? focus : QString());
                pick.bindValue(u":quantity"_s, plan.quantity);
                if (!pick.exec())
                    return fail(pick);
                if ((found = pick.next()))
                    break;
            }
            if (!found)
                continue; // a workspace too small for this plan
            const QString orderId = pick.value(0).toString();
            const qint64 quantity = std::min<qint64>(plan.quantity, std::max<qint64>(1, pick.value(4).toLongLong()));
            const qint64 unit = pick.value(5).toLongLong();
            const QString state = QString::fromUtf16(plan.state);
            const QString resolution = QString::fromUtf16(plan.resolution);
            const bool resolved = state == u"resolved"_s || state == u"closed"_s;
            const qint64 resolvedAt = opened + 3 * Day;
            const qint64 closedAt = opened + 6 * Day;
            qint64 changed = opened;
            if (state == u"awaiting_evidence"_s)
                changed = opened + 3 * Hour;
            else if (state == u"under_review"_s)
                changed = opened + 6 * Hour;
            else if (state == u"resolved"_s)
                changed = resolvedAt;
            else if (state == u"closed"_s)
                changed = closedAt;
            changed = std::min(changed, end - Hour);
            const qint64 replyAt = std::min(changed + 2 * Hour, end - 10 * 60);

            std::optional<qint64> refund, coupon;
            QString code, tracking;
            if (resolution == u"full_refund"_s)
                refund = unit * quantity;
            else if (resolution == u"partial_refund"_s)
                refund = unit * quantity * 40 / 100;
            if (resolution == u"coupon"_s || resolution == u"partial_refund"_s) {
                code = u"SORRY%1%2"_s.arg(s + 1).arg(n, 2, 10, QChar(u'0'));
                coupon = 300 + qint64(n) * 50;
            }
            if (resolution == u"reship"_s)
                tracking = u"LP00%1CN"_s.arg(482100 + s * 100 + int(n));

            const QString country = pick.value(8).toString();
            insert.bindValue(u":store"_s, storeId);
            insert.bindValue(u":order"_s, orderId);
            insert.bindValue(u":child"_s, pick.value(1).toString());
            insert.bindValue(u":product"_s, pick.value(2).toString());
            insert.bindValue(u":name"_s, pick.value(3).toString());
            insert.bindValue(u":buyer"_s, pick.value(6).toString());
            insert.bindValue(u":login"_s, pick.value(7).toString());
            insert.bindValue(u":country"_s, country);
            insert.bindValue(u":lang"_s, ReplyDrafter::languageOfCountry(country));
            insert.bindValue(u":opened"_s, opened);
            insert.bindValue(u":damaged"_s, pick.value(3).toString());
            insert.bindValue(u":qty"_s, quantity);
            insert.bindValue(u":description"_s, QString::fromUtf16(plan.description));
            insert.bindValue(u":cause"_s, QString::fromUtf16(plan.cause));
            insert.bindValue(u":verification"_s, QString::fromUtf16(plan.verification));
            insert.bindValue(u":state"_s, state);
            insert.bindValue(u":resolution"_s, resolution);
            insert.bindValue(u":currency"_s, pick.value(9).toString());
            insert.bindValue(u":refund"_s, refund ? QVariant(*refund) : none);
            insert.bindValue(u":code"_s, code);
            insert.bindValue(u":coupon"_s, coupon ? QVariant(*coupon) : none);
            insert.bindValue(u":tracking"_s, tracking);
            insert.bindValue(u":fit"_s, QString::fromUtf16(plan.cartonFit));
            insert.bindValue(u":filler"_s, QString::fromUtf16(plan.filler));
            insert.bindValue(u":fragile"_s, plan.fragileLabel < 0 ? QVariant(QMetaType::fromType<int>())
                                                                   : QVariant(plan.fragileLabel));
            insert.bindValue(u":pnote"_s, plan.fragileLabel == 0 ? u"Switch to a fitted carton with bubble wrap "
                                                                    "and a fragile label."_s
                                                                 : QString());
            insert.bindValue(u":changed"_s, changed);
            insert.bindValue(u":resolved"_s, resolved ? QVariant(resolvedAt) : none);
            insert.bindValue(u":closed"_s, state == u"closed"_s ? QVariant(closedAt) : none);
            insert.bindValue(u":reply"_s, plan.replied ? QVariant(replyAt) : none);
            if (!insert.exec())
                return fail(insert);
            const qint64 id = insert.lastInsertId().toLongLong();
            // The coupon's terms as the seller center set them: two months, on orders of
            // four times its value.
            if (coupon
                && !ClaimRepository(m_db).writeCouponTerms(id, utc::fromStore(resolvedAt).date().addMonths(2),
                                                          *coupon * 4, error))
                return false;

            if (!event(id, opened, u"buyer"_s, u"create"_s,
                       u"Claim opened for order %1: %2"_s.arg(orderId, pick.value(3).toString())))
                return fail(insEvent);
            for (int i = 0; i < plan.photos; ++i) {
                const QString path = photoDir.filePath(u"IMG_%1.png"_s.arg(2400 + photoSeed));
                if (!parcelPhoto(photoSeed++).save(path, "PNG")) {
                    *error = tr("cannot write the demo photo %1").arg(path);
                    return false;
                }
                if (!attachments.add(ClaimRepository::Entity, id, path, error))
                    return false;
                if (!event(id, opened + 10 * 60 * (i + 1), u"buyer"_s, u"photo"_s,
                           u"Photo added: IMG_%1.png"_s.arg(2400 + photoSeed - 1)))
                    return fail(insEvent);
            }
            if (state == u"awaiting_evidence"_s
                && !event(id, changed, staff, u"state"_s, u"New → Awaiting evidence"_s))
                return fail(insEvent);
            if (state != u"new"_s && state != u"awaiting_evidence"_s
                && !event(id, opened + 6 * Hour, staff, u"state"_s, u"New → Under platform review"_s))
                return fail(insEvent);
            if (resolved) {
                if (!event(id, resolvedAt - Hour, u"platform"_s, u"verification"_s,
                           QString::fromUtf16(plan.verification) == u"confirmed"_s
                                   ? u"Platform verification: Confirmed by the platform"_s
                                   : u"Platform verification: Not confirmed by the platform"_s))
                    return fail(insEvent);
                if (!event(id, resolvedAt, staff, u"state"_s, u"Under platform review → Resolved: %1"_s.arg(ClaimTerms::resolutionLabel(resolution))))
                    return fail(insEvent);
            }
            if (state == u"closed"_s && !event(id, closedAt, staff, u"state"_s, u"Resolved → Closed"_s))
                return fail(insEvent);
            if (plan.replied) {
                const auto claim = ClaimRepository(m_db).byId(id);
                const auto draft = claim ? drafter.draft(*claim, {}, {}, u"Mei"_s, error) : std::nullopt;
                if (!draft)
                    return false;
                insReply.addBindValue(id);
                insReply.addBindValue(replyAt);
                insReply.addBindValue(draft->templateKey);
                insReply.addBindValue(draft->version);
                insReply.addBindValue(draft->lang);
                insReply.addBindValue(draft->result.text);
                if (!insReply.exec())
                    return fail(insReply);
                if (!event(id, replyAt, staff, u"reply"_s,
                           u"Reply copied for sending (template %1 v%2, %3)"_s.arg(draft->templateKey)
                                   .arg(draft->version)
                                   .arg(draft->lang)))
                    return fail(insEvent);
            }
        }
    }
    return true;
}

} // namespace sd
