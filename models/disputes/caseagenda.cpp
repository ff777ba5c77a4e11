#include "caseagenda.h"

#include "time/utctime.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// `sql` selects ref, case id, store name, instant, currency, amount from the rows
// matching; binds follow, the store filter is "(? = 0 OR store_id = ?)" last.
CaseAgenda::List fetch(const QSqlDatabase &db, const QString &from, const QString &where,
                       const QString &order, const QString &columns, QVariantList binds,
                       qint64 storeId, int limit)
{
    CaseAgenda::List list;
    binds << storeId << storeId;
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM "_s + from + u" WHERE "_s + where
              + u" AND (? = 0 OR x.store_id = ?)"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (q.exec() && q.next())
        list.count = q.value(0).toLongLong();
    if (list.count == 0 || limit == 0)
        return list;
    q.prepare(u"SELECT "_s + columns + u" FROM "_s + from + u" JOIN stores s ON s.id = x.store_id WHERE "_s
              + where + u" AND (? = 0 OR x.store_id = ?) ORDER BY "_s + order + u" LIMIT ?"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit < 0 ? -1 : limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toLongLong(),
                           Money(q.value(5).toLongLong(), Currency::of(q.value(4).toString()))});
    }
    return list;
}

} // namespace

CaseAgenda CaseAgenda::compute(const QSqlDatabase &db, qint64 storeId, qint64 nowUtc,
                               const QTimeZone &day, int limit)
{
    const QDateTime now = utc::fromStore(nowUtc).toTimeZone(day);
    const qint64 endOfDay = utc::toStore(now.date().addDays(1).startOfDay(day));
    CaseAgenda a;
    const QString disputeColumns =
            u"x.id, x.issue_id, s.name, x.response_due_utc, x.currency, x.refund_max_minor"_s;
    // response_due_utc is only set while a response is owed.
    a.disputesOverdue = fetch(db, u"disputes x"_s,
                              u"x.status = 'processing' AND x.response_due_utc < ?"_s,
                              u"x.response_due_utc, x.id"_s, disputeColumns, {nowUtc}, storeId, limit);
    a.disputesDueToday = fetch(db, u"disputes x"_s,
                               u"x.status = 'processing' AND x.response_due_utc >= ? AND x.response_due_utc < ?"_s,
                               u"x.response_due_utc, x.id"_s, disputeColumns, {nowUtc, endOfDay},
                               storeId, limit);
    a.chargebacksDefence = fetch(
            db, u"chargebacks x"_s,
            u"x.outcome = '' AND x.submitted_utc IS NULL AND x.defence_due_utc < ?"_s,
            u"x.defence_due_utc, x.id"_s,
            u"x.id, x.case_id, s.name, x.defence_due_utc, x.currency, x.frozen_minor"_s,
            {nowUtc + qint64(DefenceDays) * 86400}, storeId, limit);
    a.unfairNotAppealed = fetch(
            db, u"ledger_entries x"_s,
            u"x.kind = 'deduction' AND x.unfair = 1 AND x.appeal_submitted_utc IS NULL"_s,
            u"x.at_utc, x.id"_s, u"x.id, x.entry_id, s.name, x.at_utc, x.currency, x.amount_minor"_s,
            {}, storeId, limit);
    return a;
}

} // namespace sd
