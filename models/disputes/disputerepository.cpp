#include "disputerepository.h"

#include "disputes/disputedeadlines.h"
#include "disputes/disputeterms.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString Entity = u"disputes"_s;

const QString s_select =
        u"SELECT d.id, d.store_id, d.issue_id, d.order_id, d.child_id, d.buyer_login, d.reason, "
        "d.opened_utc, d.status, d.currency, d.refund_max_minor, d.return_tracking, d.escalated_utc, "
        "d.outcome, d.refunded_minor, d.seller_cost, d.closed_utc, d.response_due_utc, "
        "d.platform_due_utc, o.id FROM disputes d "
        "LEFT JOIN orders o ON o.store_id = d.store_id AND o.order_id = d.order_id AND d.order_id <> '' "_s;

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

Dispute fromRow(const QSqlQuery &q)
{
    Dispute d;
    d.id = q.value(0).toLongLong();
    d.storeId = q.value(1).toLongLong();
    d.issueId = q.value(2).toString();
    d.orderId = q.value(3).toString();
    d.childId = q.value(4).toString();
    d.buyerLogin = q.value(5).toString();
    d.reason = q.value(6).toString();
    d.openedUtc = q.value(7).toLongLong();
    d.status = q.value(8).toString();
    d.currency = Currency::of(q.value(9).toString());
    d.refundMaxMinor = q.value(10).toLongLong();
    d.returnTracking = q.value(11).toString();
    d.escalatedUtc = optionalInt(q.value(12));
    d.outcome = q.value(13).toString();
    d.refundedMinor = optionalInt(q.value(14));
    d.sellerCost = q.value(15).toBool();
    d.closedUtc = optionalInt(q.value(16));
    d.responseDueUtc = optionalInt(q.value(17));
    d.platformDueUtc = optionalInt(q.value(18));
    d.orderRef = q.value(19).toLongLong();
    return d;
}

} // namespace

std::optional<Dispute> DisputeRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE d.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Dispute> DisputeRepository::byIssueId(qint64 storeId, const QString &issueId) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE d.store_id = ? AND d.issue_id = ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(issueId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<DisputeProposal> DisputeRepository::proposals(qint64 disputeRef) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, owner, solution_type, amount_minor, status, proposed_utc, note "
              "FROM dispute_proposals WHERE dispute_ref = ? ORDER BY proposed_utc, id"_s);
    q.addBindValue(disputeRef);
    QList<DisputeProposal> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        DisputeProposal p;
        p.id = q.value(0).toLongLong();
        p.owner = q.value(1).toString();
        p.solutionType = q.value(2).toString();
        p.amountMinor = q.value(3).toLongLong();
        p.status = q.value(4).toString();
        p.proposedUtc = q.value(5).toLongLong();
        p.note = q.value(6).toString();
        out.append(p);
    }
    return out;
}

QList<CaseEvent> DisputeRepository::timeline(qint64 disputeRef) const
{
    return events(m_db, Entity, disputeRef);
}

QList<CaseEvent> DisputeRepository::events(const QSqlDatabase &db, const QString &entity, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT at_utc, actor, action, detail FROM case_events "
              "WHERE entity = ? AND entity_id = ? ORDER BY at_utc, id"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    QList<CaseEvent> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

QList<Attachment> DisputeRepository::evidence(qint64 disputeRef) const
{
    return AttachmentStore(m_db).list(Entity, disputeRef);
}

bool DisputeRepository::addEvent(const QSqlDatabase &db, const QString &entity, qint64 id,
                                 const QString &action, const QString &detail, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO case_events (entity, entity_id, at_utc, actor, action, detail) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    q.addBindValue(AuditLog::currentActor());
    q.addBindValue(action);
    q.addBindValue(detail);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool DisputeRepository::finishAction(qint64 disputeRef, const QString &action, const QString &detail,
                                     const QVariant &oldValue, const QVariant &newValue,
                                     QString *error)
{
    const auto d = byId(disputeRef);
    if (!d) {
        *error = tr("there is no such dispute");
        return false;
    }
    return addEvent(m_db, Entity, disputeRef, action, detail, error)
            && AuditLog(m_db).record(Entity, d->issueId, action, detail, oldValue, newValue,
                                     d->storeId, error)
            && DisputeDeadlines(m_db).update(disputeRef, error);
}

std::optional<qint64> DisputeRepository::add(const Dispute &d,
                                              const std::optional<DisputeProposal> &buyerProposal,
                                              QString *error)
{
    if (d.issueId.trimmed().isEmpty()) {
        *error = tr("the dispute needs its issue id");
        return std::nullopt;
    }
    if (!d.currency.isValid() || d.refundMaxMinor < 0) {
        *error = tr("the refund maximum must be an amount of 0 or more");
        return std::nullopt;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO disputes (store_id, issue_id, order_id, child_id, buyer_login, reason, "
              "opened_utc, status, currency, refund_max_minor, return_tracking) "
              "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, "
              "?, ?, COALESCE(?, ''))"_s); // an empty QString binds as NULL
    for (const QVariant &v : {QVariant(d.storeId), QVariant(d.issueId.trimmed()), QVariant(d.orderId.trimmed()),
                              QVariant(d.childId.trimmed()), QVariant(d.buyerLogin), QVariant(d.reason),
                              QVariant(d.openedUtc), QVariant(d.status), QVariant(d.currency.code()),
                              QVariant(d.refundMaxMinor), QVariant(d.returnTracking)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().nativeErrorCode() == u"2067"_s
                ? tr("the store already has dispute %1").arg(d.issueId)
                : q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (buyerProposal) {
        q.prepare(u"INSERT INTO dispute_proposals (dispute_ref, owner, solution_type, amount_minor, "
                  "status, proposed_utc, note) VALUES (?, 'buyer', ?, ?, ?, ?, COALESCE(?, ''))"_s);
        q.addBindValue(id);
        q.addBindValue(buyerProposal->solutionType);
        q.addBindValue(buyerProposal->amountMinor);
        q.addBindValue(buyerProposal->status);
        q.addBindValue(buyerProposal->proposedUtc);
        q.addBindValue(buyerProposal->note);
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
    }
    if (!finishAction(id, u"create"_s, tr("Dispute recorded: %1").arg(d.reason), {}, d.issueId, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return id;
}

QString DisputeRepository::checkCounter(const Money &amount, const Money &refundMax, const QString &note)
{
    if (!amount.isValid())
        return tr("enter the amount you offer");
    if (amount.currency() != refundMax.currency())
        return tr("the amount must be in %1, the dispute's currency").arg(refundMax.currency().code());
    if (amount.isNegative())
        return tr("the amount cannot be negative");
    if (amount.minorUnits() > refundMax.minorUnits())
        return tr("the amount %1 is more than the most the buyer can get back, %2")
                .arg(amount.format(), refundMax.format());
    const int length = int(note.trimmed().size());
    if (length < NoteMin)
        return tr("explain the offer to the buyer in at least %1 characters (now %2)").arg(NoteMin).arg(length);
    if (length > NoteMax)
        return tr("the note is %1 characters; the platform takes at most %2").arg(length).arg(NoteMax);
    return {};
}

bool DisputeRepository::accept(qint64 disputeRef, qint64 proposalId, QString *error)
{
    const auto d = byId(disputeRef);
    if (!d || d->status != u"processing"_s) {
        *error = d ? tr("the dispute is no longer in progress") : tr("there is no such dispute");
        return false;
    }
    DisputeProposal proposal;
    for (const DisputeProposal &p : proposals(disputeRef)) {
        if (p.id == proposalId)
            proposal = p;
    }
    if (proposal.id == 0 || proposal.owner == u"seller"_s) {
        *error = tr("choose the buyer's or the platform's proposal to accept");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE dispute_proposals SET status = 'reached' WHERE id = ?"_s);
    q.addBindValue(proposalId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QString detail = tr("Accepted the %1 proposal: %2, %3")
                                   .arg(DisputeTerms::ownerLabel(proposal.owner).toLower(),
                                        DisputeTerms::solutionTypeLabel(proposal.solutionType),
                                        Money(proposal.amountMinor, d->currency).format());
    if (!finishAction(disputeRef, u"accept"_s, detail, proposal.status, u"reached"_s, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool DisputeRepository::counterPropose(qint64 disputeRef, const QString &solutionType,
                                       const Money &amount, const QString &note, QString *error)
{
    const auto d = byId(disputeRef);
    if (!d || d->status != u"processing"_s) {
        *error = d ? tr("the dispute is no longer in progress") : tr("there is no such dispute");
        return false;
    }
    bool knownType = false;
    for (const auto &[code, labels] : DisputeTerms::solutionTypes())
        knownType = knownType || code == solutionType;
    if (!knownType) {
        *error = tr("choose refund only or return and refund");
        return false;
    }
    if (const QString why = checkCounter(amount, d->refundMax(), note); !why.isEmpty()) {
        *error = why;
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO dispute_proposals (dispute_ref, owner, solution_type, amount_minor, "
              "status, proposed_utc, note) VALUES (?, 'seller', ?, ?, 'wait_buyer_accept', ?, ?)"_s);
    q.addBindValue(disputeRef);
    q.addBindValue(solutionType);
    q.addBindValue(amount.minorUnits());
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    q.addBindValue(note.trimmed());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QString detail = tr("Counter-proposal: %1, %2. \"%3\"")
                                   .arg(DisputeTerms::solutionTypeLabel(solutionType), amount.format(),
                                        note.trimmed());
    if (!finishAction(disputeRef, u"counter_propose"_s, detail, {}, amount.toDecimalString(), error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool DisputeRepository::attachEvidence(qint64 disputeRef, const QString &path, QString *error)
{
    if (!byId(disputeRef)) {
        *error = tr("there is no such dispute");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const auto a = AttachmentStore(m_db).add(Entity, disputeRef, path, error);
    if (!a)
        return false;
    if (!finishAction(disputeRef, u"attach"_s, tr("Evidence attached: %1").arg(a->fileName), {},
                      a->sha256, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool DisputeRepository::escalate(qint64 disputeRef, const QString &note, QString *error)
{
    const auto d = byId(disputeRef);
    if (!d || d->status != u"processing"_s || d->escalatedUtc) {
        *error = !d ? tr("there is no such dispute")
                    : d->escalatedUtc ? tr("the dispute is already with the platform")
                                      : tr("the dispute is no longer in progress");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE disputes SET escalated_utc = ? WHERE id = ?"_s);
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    q.addBindValue(disputeRef);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QString detail = note.trimmed().isEmpty()
            ? tr("Escalated to the platform")
            : tr("Escalated to the platform: %1").arg(note.trimmed());
    if (!finishAction(disputeRef, u"escalate"_s, detail, {}, u"escalated"_s, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool DisputeRepository::close(qint64 disputeRef, const QString &outcome,
                              const std::optional<Money> &refunded, bool sellerCost, QString *error)
{
    const auto d = byId(disputeRef);
    if (!d || d->status != u"processing"_s) {
        *error = d ? tr("the dispute is already closed") : tr("there is no such dispute");
        return false;
    }
    bool known = false;
    for (const auto &[code, labels] : DisputeTerms::outcomes())
        known = known || code == outcome;
    if (!known) {
        *error = tr("choose how the dispute ended");
        return false;
    }
    const bool refunds = outcome == u"refunded"_s || outcome == u"return_refunded"_s;
    if (refunds && (!refunded || !refunded->isValid())) {
        *error = tr("enter the amount refunded to the buyer");
        return false;
    }
    if (refunded && refunded->isValid()) {
        if (refunded->currency() != d->currency || refunded->isNegative()
            || refunded->minorUnits() > d->refundMaxMinor) {
            *error = tr("the refund must be between 0 and %1").arg(d->refundMax().format());
            return false;
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE disputes SET status = ?, outcome = ?, refunded_minor = ?, seller_cost = ?, "
              "closed_utc = ? WHERE id = ?"_s);
    q.addBindValue(outcome == u"cancelled"_s ? u"canceled_issue"_s : u"finish"_s);
    q.addBindValue(outcome);
    q.addBindValue(refunds ? refunded->minorUnits() : qint64(0)); // nothing refunded otherwise
    q.addBindValue(sellerCost ? 1 : 0);
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    q.addBindValue(disputeRef);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QString detail = tr("Closed: %1").arg(DisputeTerms::outcomeLabel(outcome));
    if (refunds)
        detail += u", "_s + refunded->format();
    if (sellerCost)
        detail += tr(", at the seller's cost");
    if (!finishAction(disputeRef, u"close"_s, detail, d->status, outcome, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace sd
