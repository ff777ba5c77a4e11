#include "ledgerrepository.h"

#include "disputes/disputerepository.h"
#include "rules/rulerepository.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString Entity = u"ledger_entries"_s;

const QString s_select =
        u"SELECT id, store_id, entry_id, at_utc, kind, currency, amount_minor, reason, order_id, "
        "issue_id, chargeback_case_id, unfair, appeal_submitted_utc, appeal_due_utc, appeal_status, "
        "recovered_minor FROM ledger_entries "_s;

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

LedgerEntry fromRow(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(0).toLongLong();
    e.storeId = q.value(1).toLongLong();
    e.entryId = q.value(2).toString();
    e.atUtc = q.value(3).toLongLong();
    e.kind = q.value(4).toString();
    e.currency = Currency::of(q.value(5).toString());
    e.amountMinor = q.value(6).toLongLong();
    e.reason = q.value(7).toString();
    e.orderId = q.value(8).toString();
    e.issueId = q.value(9).toString();
    e.chargebackCaseId = q.value(10).toString();
    e.unfair = q.value(11).toBool();
    e.appealSubmittedUtc = optionalInt(q.value(12));
    e.appealDueUtc = optionalInt(q.value(13));
    e.appealStatus = q.value(14).toString();
    e.recoveredMinor = optionalInt(q.value(15));
    return e;
}

} // namespace

QString LedgerRepository::kindLabel(const QString &code)
{
    if (code == u"payout"_s)
        return tr("Payout");
    if (code == u"deduction"_s)
        return tr("Deduction");
    return code;
}

QStringList LedgerRepository::appealStatuses()
{
    return {u"pending"_s, u"won"_s, u"partly_won"_s, u"lost"_s};
}

QString LedgerRepository::appealStatusLabel(const QString &code)
{
    if (code == u"pending"_s)
        return tr("Appeal pending");
    if (code == u"won"_s)
        return tr("Appeal won");
    if (code == u"partly_won"_s)
        return tr("Appeal partly won");
    if (code == u"lost"_s)
        return tr("Appeal lost");
    return code;
}

std::optional<LedgerEntry> LedgerRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<LedgerEntry> LedgerRepository::byEntryId(qint64 storeId, const QString &entryId) const
{
    QSqlQuery q(m_db);
    q.prepare(s_select + u"WHERE store_id = ? AND entry_id = ?"_s);
    q.addBindValue(storeId);
    q.addBindValue(entryId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<CaseEvent> LedgerRepository::timeline(qint64 id) const
{
    return DisputeRepository::events(m_db, Entity, id);
}

QList<Attachment> LedgerRepository::documents(qint64 id) const
{
    return AttachmentStore(m_db).list(Entity, id);
}

std::optional<qint64> LedgerRepository::defaultAppealDue(const QSqlDatabase &db, qint64 storeId,
                                                         qint64 atUtc)
{
    return RuleRepository(db).daysAfter(u"ledger.appeal_window_days"_s, atUtc,
                                        StoreRepository(db).zoneOf(storeId));
}

bool LedgerRepository::finishAction(const LedgerEntry &e, const QString &action,
                                    const QString &detail, const QVariant &oldValue,
                                    const QVariant &newValue, QString *error)
{
    return DisputeRepository::addEvent(m_db, Entity, e.id, action, detail, error)
            && AuditLog(m_db).record(Entity, e.entryId, action, detail, oldValue, newValue, e.storeId,
                                     error);
}

bool LedgerRepository::markUnfair(qint64 id, bool unfair, const QString &note, QString *error)
{
    const auto e = byId(id);
    if (!e) {
        *error = tr("there is no such ledger entry");
        return false;
    }
    if (e->kind != u"deduction"_s) {
        *error = tr("only a deduction can be marked unfair");
        return false;
    }
    if (e->unfair == unfair)
        return true;
    if (!unfair && e->appealSubmittedUtc) {
        *error = tr("an appeal was filed for this deduction; record its result instead");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE ledger_entries SET unfair = ? WHERE id = ?"_s);
    q.addBindValue(unfair ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QString detail = unfair ? tr("Marked unfair") : tr("No longer marked unfair");
    if (!note.trimmed().isEmpty())
        detail += u": "_s + note.trimmed();
    if (!finishAction(*e, unfair ? u"mark_unfair"_s : u"unmark_unfair"_s, detail, e->unfair, unfair,
                      error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool LedgerRepository::fileAppeal(qint64 id, qint64 submittedUtc, std::optional<qint64> dueUtc,
                                  const QString &note, QString *error)
{
    const auto e = byId(id);
    if (!e) {
        *error = tr("there is no such ledger entry");
        return false;
    }
    if (!e->unfair) {
        *error = tr("mark the deduction unfair before appealing it");
        return false;
    }
    if (e->appealSubmittedUtc) {
        *error = tr("the appeal was already filed");
        return false;
    }
    if (submittedUtc < e->atUtc) {
        *error = tr("the appeal cannot be filed before the deduction");
        return false;
    }
    if (!dueUtc)
        dueUtc = defaultAppealDue(m_db, e->storeId, e->atUtc);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE ledger_entries SET appeal_submitted_utc = ?, appeal_due_utc = ?, "
              "appeal_status = 'pending' WHERE id = ?"_s);
    q.addBindValue(submittedUtc);
    q.addBindValue(dueUtc ? QVariant(*dueUtc) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QString detail = tr("Appeal filed");
    if (!note.trimmed().isEmpty())
        detail += u": "_s + note.trimmed();
    if (!finishAction(*e, u"appeal"_s, detail, QString(), u"pending"_s, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool LedgerRepository::attachDocument(qint64 id, const QString &path, QString *error)
{
    const auto e = byId(id);
    if (!e) {
        *error = tr("there is no such ledger entry");
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
    if (!finishAction(*e, u"attach"_s, tr("Appeal document attached: %1").arg(a->fileName), {},
                      a->sha256, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool LedgerRepository::recordAppealResult(qint64 id, const QString &status,
                                          const std::optional<Money> &recovered, QString *error)
{
    const auto e = byId(id);
    if (!e) {
        *error = tr("there is no such ledger entry");
        return false;
    }
    if (e->appealStatus != u"pending"_s) {
        *error = e->appealSubmittedUtc ? tr("the appeal's result is already recorded")
                                       : tr("file the appeal first");
        return false;
    }
    if (status == u"pending"_s || !appealStatuses().contains(status)) {
        *error = tr("choose won, partly won or lost");
        return false;
    }
    if (recovered && recovered->isValid() && recovered->currency() != e->currency) {
        *error = tr("the amount must be in %1, the deduction's currency").arg(e->currency.code());
        return false;
    }
    const bool given = recovered && recovered->isValid();
    qint64 back = 0;
    if (status == u"won"_s)
        back = given ? recovered->minorUnits() : e->amountMinor;
    else if (status == u"partly_won"_s)
        back = given ? recovered->minorUnits() : -1;
    if (status == u"partly_won"_s && (back <= 0 || back >= e->amountMinor)) {
        *error = tr("a partly won appeal recovers more than 0 and less than %1").arg(e->amount().format());
        return false;
    }
    if (back < 0 || back > e->amountMinor) {
        *error = tr("the amount recovered must be between 0 and %1").arg(e->amount().format());
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE ledger_entries SET appeal_status = ?, recovered_minor = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(back);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QString detail = tr("%1: %2 recovered")
                                   .arg(appealStatusLabel(status), Money(back, e->currency).format());
    if (!finishAction(*e, u"appeal_result"_s, detail, e->appealStatus, status, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

QList<LedgerMonth> LedgerRepository::months(qint64 storeId, const QDate &first, const QDate &last) const
{
    struct StoreRow
    {
        qint64 id;
        QTimeZone zone;
        QString currency;
    };
    QList<StoreRow> stores;
    QSqlQuery s(m_db);
    s.prepare(u"SELECT id, time_zone, currency FROM stores WHERE ? = 0 OR id = ? ORDER BY id"_s);
    s.addBindValue(storeId);
    s.addBindValue(storeId);
    if (!s.exec())
        return {};
    while (s.next()) {
        const QTimeZone zone(s.value(1).toString().toUtf8());
        stores.append({s.value(0).toLongLong(), zone.isValid() ? zone : QTimeZone::utc(),
                       s.value(2).toString()});
    }

    // (month, currency) -> totals
    QMap<std::pair<QDate, QString>, LedgerMonth> out;
    const QDate firstMonth(first.year(), first.month(), 1);
    const QDate lastMonth(last.year(), last.month(), 1);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT kind, currency, reason, count(*), sum(amount_minor), "
              "sum(CASE WHEN appeal_submitted_utc IS NOT NULL THEN amount_minor ELSE 0 END), "
              "sum(COALESCE(recovered_minor, 0)) FROM ledger_entries "
              "WHERE store_id = ? AND at_utc >= ? AND at_utc < ? GROUP BY kind, currency, reason"_s);
    for (QDate m = firstMonth; m <= lastMonth; m = m.addMonths(1)) {
        for (const StoreRow &store : std::as_const(stores)) {
            auto &empty = out[{m, store.currency}];
            empty.month = m;
            empty.currency = Currency::of(store.currency);
            q.addBindValue(store.id);
            q.addBindValue(utc::toStore(m.startOfDay(store.zone)));
            q.addBindValue(utc::toStore(m.addMonths(1).startOfDay(store.zone)));
            if (!q.exec())
                return {};
            while (q.next()) {
                LedgerMonth &t = out[{m, q.value(1).toString()}];
                t.month = m;
                t.currency = Currency::of(q.value(1).toString());
                const qint64 sum = q.value(4).toLongLong();
                t.entries += q.value(3).toLongLong();
                if (q.value(0).toString() == u"payout"_s) {
                    t.payouts += sum;
                } else {
                    t.deductions += sum;
                    t.deductionsByReason[q.value(2).toString()] += sum;
                    t.appealed += q.value(5).toLongLong();
                    t.recovered += q.value(6).toLongLong();
                }
            }
        }
    }
    return out.values();
}

} // namespace sd
