#include "chargebackrepository.h"

#include "disputes/disputerepository.h"
#include "rules/rulerepository.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString Entity = u"chargebacks"_s;

const QString s_select =
        u"SELECT c.id, c.store_id, c.case_id, c.order_id, c.filed_utc, c.currency, c.frozen_minor, "
        "c.reason_code, c.defence_due_utc, c.submitted_utc, c.outcome, c.recovered_minor, c.note, "
        "(SELECT o.id FROM orders o WHERE o.store_id = c.store_id AND o.order_id = c.order_id "
        " AND c.order_id <> '' LIMIT 1) FROM chargebacks c "_s;

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

Chargeback fromRow(const QSqlQuery &q)
{
    Chargeback c;
    c.id = q.value(0).toLongLong();
    c.storeId = q.value(1).toLongLong();
    c.caseId = q.value(2).toString();
    c.orderId = q.value(3).toString();
    c.filedUtc = q.value(4).toLongLong();
    c.currency = Currency::of(q.value(5).toString());
    c.frozenMinor = q.value(6).toLongLong();
    c.reasonCode = q.value(7).toString();
    c.defenceDueUtc = optionalInt(q.value(8));
    c.submittedUtc = optionalInt(q.value(9));
    c.outcome = q.value(10).toString();
    c.recoveredMinor = optionalInt(q.value(11));
    c.note = q.value(12).toString();
    c.orderRef = q.value(13).toLongLong();
    return c;
}

} // namespace

QStringList ChargebackRepository::outcomes()
{
    return {u"won"_s, u"lost"_s, u"partial"_s};
}

QString ChargebackRepository::outcomeLabel(const QString &code)
{
    if (code == u"won"_s)
        return tr("Won");
    if (code == u"lost"_s)
        return tr("Lost");
    if (code == u"partial"_s)
        return tr("Partly won");
    return code.isEmpty() ? tr("Open") : code;
}

std::optional<Chargeback> ChargebackRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE c.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Chargeback> ChargebackRepository::byCaseId(qint64 storeId, const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE c.store_id = ? AND c.case_id = ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<CaseEvent> ChargebackRepository::timeline(qint64 id) const
{
    return DisputeRepository::events(m_db, Entity, id);
}

QList<Attachment> ChargebackRepository::documents(qint64 id) const
{
    return AttachmentStore(m_db).list(Entity, id);
}

std::optional<qint64> ChargebackRepository::defaultDefenceDue(const QSqlDatabase &db, qint64 storeId,
                                                              qint64 filedUtc)
{
    return RuleRepository(db).daysAfter(u"chargeback.defence_window_days"_s, filedUtc,
                                        StoreRepository(db).zoneOf(storeId));
}

bool ChargebackRepository::finishAction(const Chargeback &c, const QString &action,
                                        const QString &detail, const QVariant &oldValue,
                                        const QVariant &newValue, QString *error)
{
    return DisputeRepository::addEvent(m_db, Entity, c.id, action, detail, error)
            && AuditLog(m_db).record(Entity, c.caseId, action, detail, oldValue, newValue, c.storeId,
                                     error);
}

std::optional<qint64> ChargebackRepository::add(const Chargeback &c, QString *error)
{
    if (c.caseId.trimmed().isEmpty()) {
        *error = tr("the chargeback needs its case id");
        return std::nullopt;
    }
    if (!c.currency.isValid() || c.frozenMinor <= 0) {
        *error = tr("enter the amount frozen, more than 0");
        return std::nullopt;
    }
    if (c.filedUtc <= 0) {
        *error = tr("enter when the chargeback was filed");
        return std::nullopt;
    }
    const auto due = c.defenceDueUtc ? c.defenceDueUtc : defaultDefenceDue(m_db, c.storeId, c.filedUtc);
    if (due && *due < c.filedUtc) {
        *error = tr("the defence deadline is before the chargeback was filed");
        return std::nullopt;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO chargebacks (store_id, case_id, order_id, filed_utc, currency, "
              "frozen_minor, reason_code, defence_due_utc, note) "
              "VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''))"_s);
    q.addBindValue(c.storeId);
    q.addBindValue(c.caseId.trimmed());
    q.addBindValue(c.orderId.trimmed());
    q.addBindValue(c.filedUtc);
    q.addBindValue(c.currency.code());
    q.addBindValue(c.frozenMinor);
    q.addBindValue(c.reasonCode.trimmed());
    q.addBindValue(nullable(due));
    q.addBindValue(c.note.trimmed());
    if (!q.exec()) {
        *error = q.lastError().nativeErrorCode() == u"2067"_s
                ? tr("the store already has chargeback %1").arg(c.caseId.trimmed())
                : q.lastError().text();
        return std::nullopt;
    }
    Chargeback stored = c;
    stored.id = q.lastInsertId().toLongLong();
    stored.caseId = c.caseId.trimmed();
    if (!finishAction(stored, u"create"_s,
                      tr("Chargeback recorded: %1 frozen").arg(c.frozen().format()), {},
                      stored.caseId, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return stored.id;
}

bool ChargebackRepository::attachDocument(qint64 id, const QString &path, QString *error)
{
    const auto c = byId(id);
    if (!c) {
        *error = tr("there is no such chargeback");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const auto a = AttachmentStore(m_db).add(Entity, id, path, error);
    if (!a)
        return false;
    if (!finishAction(*c, u"attach"_s, tr("Defence document attached: %1").arg(a->fileName), {},
                      a->sha256, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool ChargebackRepository::submitDefence(qint64 id, const QString &note, QString *error)
{
    const auto c = byId(id);
    if (!c) {
        *error = tr("there is no such chargeback");
        return false;
    }
    if (!c->isOpen()) {
        *error = tr("the chargeback is already decided");
        return false;
    }
    if (c->submittedUtc) {
        *error = tr("the defence was already submitted");
        return false;
    }
    if (documents(id).isEmpty()) {
        *error = tr("attach the defence documents (proof of delivery, tracking, messages) before submitting");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const qint64 now = utc::toStore(QDateTime::currentDateTimeUtc());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE chargebacks SET submitted_utc = ? WHERE id = ?"_s);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QString detail = note.trimmed().isEmpty() ? tr("Defence submitted")
                                                    : tr("Defence submitted: %1").arg(note.trimmed());
    if (!finishAction(*c, u"submit"_s, detail, {}, now, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool ChargebackRepository::recordOutcome(qint64 id, const QString &outcome,
                                         const std::optional<Money> &recovered, QString *error)
{
    const auto c = byId(id);
    if (!c) {
        *error = tr("there is no such chargeback");
        return false;
    }
    if (!c->isOpen()) {
        *error = tr("the chargeback is already decided");
        return false;
    }
    if (!outcomes().contains(outcome)) {
        *error = tr("choose won, lost or partly won");
        return false;
    }
    qint64 back = 0;
    if (outcome == u"won"_s)
        back = recovered && recovered->isValid() ? recovered->minorUnits() : c->frozenMinor;
    else if (outcome == u"partial"_s)
        back = recovered && recovered->isValid() ? recovered->minorUnits() : -1;
    if (recovered && recovered->isValid() && recovered->currency() != c->currency) {
        *error = tr("the amount must be in %1, the chargeback's currency").arg(c->currency.code());
        return false;
    }
    if (outcome == u"partial"_s && (back <= 0 || back >= c->frozenMinor)) {
        *error = tr("a partly won chargeback recovers more than 0 and less than %1")
                         .arg(c->frozen().format());
        return false;
    }
    if (back < 0 || back > c->frozenMinor) {
        *error = tr("the amount recovered must be between 0 and %1").arg(c->frozen().format());
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE chargebacks SET outcome = ?, recovered_minor = ? WHERE id = ?"_s);
    q.addBindValue(outcome);
    q.addBindValue(back);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QString detail = tr("Outcome: %1, %2 recovered")
                                   .arg(outcomeLabel(outcome), Money(back, c->currency).format());
    if (!finishAction(*c, u"outcome"_s, detail, QString(), outcome, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace sd
