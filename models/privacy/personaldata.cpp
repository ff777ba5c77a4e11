#include "personaldata.h"

#include "orders/orderrepository.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/utctime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Each kind of record by its own time: orders placed, disputes and claims opened
// before the cutoff; replies go with their claim.
const QString PendingOrders = u"FROM orders WHERE created_utc < :cutoff "
                              "AND (buyer_name <> '' OR buyer_login <> '')"_s;
const QString PendingDisputes = u"FROM disputes WHERE opened_utc < :cutoff AND buyer_login <> ''"_s;
const QString PendingClaims = u"FROM claims WHERE opened_utc < :cutoff "
                              "AND (buyer_name <> '' OR buyer_login <> '')"_s;
const QString PendingReplies = u"FROM claim_replies WHERE body <> '' AND claim_ref IN "
                               "(SELECT id FROM claims WHERE opened_utc < :cutoff)"_s;

bool run(QSqlQuery &q, const QString &sql, qint64 cutoff, QString *error)
{
    q.prepare(sql);
    if (sql.contains(u":cutoff"_s))
        q.bindValue(u":cutoff"_s, cutoff);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

qint64 PersonalData::cutoffUtc(const QDate &today, int months)
{
    return utc::toStore(QDateTime(today.addMonths(-months), QTime(0, 0), QTimeZone::utc()));
}

std::optional<PersonalData::Counts> PersonalData::pending(qint64 cutoffUtc, QString *error) const
{
    Counts c;
    const std::pair<const QString *, qint64 *> parts[] = {{&PendingOrders, &c.orders},
                                                          {&PendingDisputes, &c.disputes},
                                                          {&PendingClaims, &c.claims},
                                                          {&PendingReplies, &c.replies}};
    for (const auto &[from, count] : parts) {
        QSqlQuery q(m_db);
        if (!run(q, u"SELECT count(*) "_s + *from, cutoffUtc, error) || !q.next())
            return std::nullopt;
        *count = q.value(0).toLongLong();
    }
    return c;
}

std::optional<PersonalData::Counts> PersonalData::purge(qint64 cutoffUtc, QString *error)
{
    const auto counts = pending(cutoffUtc, error);
    if (!counts)
        return std::nullopt;

    // Overwrite what is deleted or rewritten with zeros, for this connection, during
    // the purge only.
    QSqlQuery pragma(m_db);
    const bool wasSecure = pragma.exec(u"PRAGMA secure_delete"_s) && pragma.next()
            && pragma.value(0).toInt() != 0;
    pragma.exec(u"PRAGMA secure_delete = ON"_s);
    auto restore = qScopeGuard([&] {
        if (!wasSecure)
            QSqlQuery(m_db).exec(u"PRAGMA secure_delete = OFF"_s);
    });

    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            *error = tx.error();
            return std::nullopt;
        }
        QSqlQuery q(m_db);
        const QString searchRows = OrderRepository::searchRowsSql()
                + u" WHERE o.id IN (SELECT id FROM temp.purged_orders)"_s;
        const QString steps[] = {
            u"DROP TABLE IF EXISTS temp.purged_orders"_s,
            u"CREATE TEMP TABLE purged_orders AS SELECT id "_s + PendingOrders,
            u"DELETE FROM orders_fts WHERE rowid IN (SELECT id FROM temp.purged_orders)"_s,
            u"UPDATE orders SET buyer_name = '', buyer_login = '' "
            "WHERE id IN (SELECT id FROM temp.purged_orders)"_s,
            searchRows,
            u"UPDATE disputes SET buyer_login = '' WHERE id IN (SELECT id "_s + PendingDisputes
                    + u")"_s,
            u"UPDATE claim_replies SET body = '' WHERE id IN (SELECT id "_s + PendingReplies + u")"_s,
            u"UPDATE claims SET buyer_name = '', buyer_login = '' WHERE id IN (SELECT id "_s
                    + PendingClaims + u")"_s,
            u"DROP TABLE temp.purged_orders"_s,
        };
        for (const QString &sql : steps) {
            if (!run(q, sql, cutoffUtc, error))
                return std::nullopt;
        }
        const QJsonObject erased{{u"orders"_s, counts->orders},
                                 {u"disputes"_s, counts->disputes},
                                 {u"claims"_s, counts->claims},
                                 {u"replies"_s, counts->replies}};
        const QString cutoffText = utc::fromStore(cutoffUtc).toString(Qt::ISODate);
        if (!AuditLog(m_db).record(u"personal_data"_s, cutoffText, u"purge"_s, u"before"_s, {},
                                   QString::fromUtf8(QJsonDocument(erased).toJson(
                                           QJsonDocument::Compact)),
                                   std::nullopt, error))
            return std::nullopt;
        if (!tx.commit()) {
            *error = tx.error();
            return std::nullopt;
        }
    }
    // Old index segments still hold the erased terms until they are merged; the log
    // still holds the pages as they were until it is folded in and truncated. Both
    // are best effort: another connection reading at this moment can keep the log.
    QSqlQuery(m_db).exec(u"INSERT INTO orders_fts (orders_fts) VALUES ('optimize')"_s);
    QSqlQuery(m_db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return counts;
}

} // namespace sd
