#pragma once

#include "files/attachmentstore.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace sd {

struct CaseEvent;

// One line of the international Alipay account statement: a payout ("loan") or a
// deduction, as the statement states it, and the appeal of a deduction marked unfair.
struct LedgerEntry
{
    qint64 id = 0;
    qint64 storeId = 0;
    QString entryId;
    qint64 atUtc = 0;
    QString kind; // payout, deduction
    Currency currency;
    qint64 amountMinor = 0; // always >= 0; the kind gives the direction
    QString reason;
    QString orderId;
    QString issueId;
    QString chargebackCaseId;
    bool unfair = false;
    std::optional<qint64> appealSubmittedUtc;
    std::optional<qint64> appealDueUtc;
    QString appealStatus; // '', pending, won, partly_won, lost
    std::optional<qint64> recoveredMinor;

    Money amount() const { return Money(amountMinor, currency); }
};

// One month of one currency of the ledger (store time):
//   payouts    = sum of payouts
//   deductions = sum of deductions (also split by the stated reason)
//   appealed   = sum of those deductions whose appeal was filed
//   recovered  = sum recovered by those appeals
//   net        = payouts - deductions + recovered
struct LedgerMonth
{
    QDate month; // the first day
    Currency currency;
    qint64 payouts = 0;
    qint64 deductions = 0;
    qint64 appealed = 0;
    qint64 recovered = 0;
    QMap<QString, qint64> deductionsByReason;
    qint64 entries = 0;

    qint64 net() const { return payouts - deductions + recovered; }
};

class LedgerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::LedgerRepository)
public:
    explicit LedgerRepository(const QSqlDatabase &db) : m_db(db) { }

    static QString kindLabel(const QString &code);
    static QStringList appealStatuses(); // pending, won, partly_won, lost
    static QString appealStatusLabel(const QString &code);

    std::optional<LedgerEntry> byId(qint64 id) const;
    std::optional<LedgerEntry> byEntryId(qint64 storeId, const QString &entryId) const;
    QList<CaseEvent> timeline(qint64 id) const;
    QList<Attachment> documents(qint64 id) const;

    // The appeal deadline when the notice states none: the deduction's day + the
    // ledger.appeal_window_days rule in force then (store time).
    static std::optional<qint64> defaultAppealDue(const QSqlDatabase &db, qint64 storeId, qint64 atUtc);

    // Only deductions can be unfair; unmarking is refused once an appeal was filed.
    bool markUnfair(qint64 id, bool unfair, const QString &note, QString *error);
    // Files the appeal (status pending); a missing deadline comes from the rule.
    bool fileAppeal(qint64 id, qint64 submittedUtc, std::optional<qint64> dueUtc,
                    const QString &note, QString *error);
    bool attachDocument(qint64 id, const QString &path, QString *error);
    // won: the whole deduction comes back unless `recovered` says otherwise; partly_won:
    // more than 0 and less than the deduction; lost: nothing.
    bool recordAppealResult(qint64 id, const QString &status, const std::optional<Money> &recovered,
                            QString *error);

    // The months first..last (inclusive, by their first days) of one store or all (0),
    // oldest first, one row per month and currency present; months without entries
    // are still listed in the stores' currencies so a chart has no gaps.
    QList<LedgerMonth> months(qint64 storeId, const QDate &first, const QDate &last) const;

private:
    bool finishAction(const LedgerEntry &e, const QString &action, const QString &detail,
                      const QVariant &oldValue, const QVariant &newValue, QString *error);
    QSqlDatabase m_db;
};

} // namespace sd
