#pragma once

#include "files/attachmentstore.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace sd {

struct CaseEvent;

// A card chargeback: the buyer's bank took the money back and the amount is frozen
// until the seller's defence is judged.
struct Chargeback
{
    qint64 id = 0;
    qint64 storeId = 0;
    QString caseId;
    QString orderId;
    qint64 filedUtc = 0;
    Currency currency;
    qint64 frozenMinor = 0;
    QString reasonCode;
    std::optional<qint64> defenceDueUtc;
    std::optional<qint64> submittedUtc;
    QString outcome; // '', won, lost, partial
    std::optional<qint64> recoveredMinor;
    QString note;
    qint64 orderRef = 0; // 0 while the order is not in the workspace

    Money frozen() const { return Money(frozenMinor, currency); }
    bool isOpen() const { return outcome.isEmpty(); }
};

// Chargebacks entered by hand or imported, the defence documents, the defence
// submitted and the outcome. Every action writes the timeline and the audit log in
// one transaction.
class ChargebackRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ChargebackRepository)
public:
    explicit ChargebackRepository(const QSqlDatabase &db) : m_db(db) { }

    static QStringList outcomes(); // won, lost, partial
    static QString outcomeLabel(const QString &code);

    std::optional<Chargeback> byId(qint64 id) const;
    std::optional<Chargeback> byCaseId(qint64 storeId, const QString &caseId) const;
    QList<CaseEvent> timeline(qint64 id) const;
    QList<Attachment> documents(qint64 id) const;

    // The defence deadline when the case states none: filed + the
    // chargeback.defence_window_days rule in force on the filing day (store time).
    static std::optional<qint64> defaultDefenceDue(const QSqlDatabase &db, qint64 storeId,
                                                   qint64 filedUtc);

    // Records a chargeback entered by hand; a missing defence deadline comes from the rule.
    std::optional<qint64> add(const Chargeback &c, QString *error);
    bool attachDocument(qint64 id, const QString &path, QString *error);
    // The defence was sent: needs at least one document attached.
    bool submitDefence(qint64 id, const QString &note, QString *error);
    // won: the whole frozen amount comes back unless `recovered` says otherwise;
    // lost: nothing; partial: more than nothing and less than the frozen amount.
    bool recordOutcome(qint64 id, const QString &outcome, const std::optional<Money> &recovered,
                       QString *error);

private:
    bool finishAction(const Chargeback &c, const QString &action, const QString &detail,
                      const QVariant &oldValue, const QVariant &newValue, QString *error);
    QSqlDatabase m_db;
};

} // namespace sd
