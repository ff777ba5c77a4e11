#pragma once

#include "money/money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace sd {

// The after-sales work that needs action now, for the Today page and the CLI:
//  - disputes whose response deadline has passed (overdue) or falls before the end
//    of the day (due today);
//  - chargebacks whose defence is not submitted and is due within DefenceDays
//    (overdue ones included);
//  - deductions marked unfair with no appeal filed yet.
struct CaseAgenda
{
    struct Item
    {
        qint64 ref = 0;
        QString caseId; // issue id, chargeback case id or ledger entry id
        QString storeName;
        qint64 atUtc = 0; // the deadline (or when the deduction was made)
        Money amount;
    };
    struct List
    {
        qint64 count = 0;
        QList<Item> items; // the first `limit` by deadline
    };

    static constexpr int DefenceDays = 3;

    List disputesOverdue;
    List disputesDueToday;
    List chargebacksDefence;
    List unfairNotAppealed;

    // storeId 0: every store. `day` decides where "today" ends. limit < 0: every item.
    static CaseAgenda compute(const QSqlDatabase &db, qint64 storeId, qint64 nowUtc,
                              const QTimeZone &day, int limit);
};

} // namespace sd
