#pragma once

#include "files/attachmentstore.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sd {

struct DisputeProposal
{
    qint64 id = 0;
    QString owner; // buyer, seller, platform
    QString solutionType; // refund, return_and_refund
    qint64 amountMinor = 0;
    QString status; // DisputeTerms::proposalStatuses()
    qint64 proposedUtc = 0;
    QString note;
};

struct CaseEvent
{
    qint64 atUtc = 0;
    QString actor;
    QString action;
    QString detail;
};

struct Dispute
{
    qint64 id = 0;
    qint64 storeId = 0;
    QString issueId;
    QString orderId;
    QString childId;
    QString buyerLogin;
    QString reason;
    qint64 openedUtc = 0;
    QString status = QStringLiteral("processing");
    Currency currency;
    qint64 refundMaxMinor = 0;
    QString returnTracking;
    std::optional<qint64> escalatedUtc;
    QString outcome;
    std::optional<qint64> refundedMinor;
    bool sellerCost = false;
    std::optional<qint64> closedUtc;
    std::optional<qint64> responseDueUtc;
    std::optional<qint64> platformDueUtc;
    // Linked by store + order id; 0 while the order is not in the workspace.
    qint64 orderRef = 0;

    Money refundMax() const { return Money(refundMaxMinor, currency); }
};

// Disputes and what staff do about them. Every action writes the dispute's timeline
// (case_events) and the audit log in one transaction, then refreshes its deadlines.
class DisputeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::DisputeRepository)
public:
    static constexpr int NoteMin = 5;
    static constexpr int NoteMax = 500;

    explicit DisputeRepository(const QSqlDatabase &db) : m_db(db) { }

    std::optional<Dispute> byId(qint64 id) const;
    std::optional<Dispute> byIssueId(qint64 storeId, const QString &issueId) const;
    QList<DisputeProposal> proposals(qint64 disputeRef) const;
    QList<CaseEvent> timeline(qint64 disputeRef) const;
    QList<Attachment> evidence(qint64 disputeRef) const;

    // Records a dispute entered by hand (with the buyer's first proposal, if any).
    std::optional<qint64> add(const Dispute &d, const std::optional<DisputeProposal> &buyerProposal,
                              QString *error);

    // Checks a counter-proposal: amount within [0, refund_money_max], note 5 to 500
    // characters. Returns an empty string when it is acceptable, else why not.
    static QString checkCounter(const Money &amount, const Money &refundMax, const QString &note);

    // The seller accepts a buyer's or the platform's proposal.
    bool accept(qint64 disputeRef, qint64 proposalId, QString *error);
    bool counterPropose(qint64 disputeRef, const QString &solutionType, const Money &amount,
                        const QString &note, QString *error);
    bool attachEvidence(qint64 disputeRef, const QString &path, QString *error);
    bool escalate(qint64 disputeRef, const QString &note, QString *error);
    // Ends the dispute: finish, or canceled_issue for the "cancelled" outcome.
    bool close(qint64 disputeRef, const QString &outcome, const std::optional<Money> &refunded,
               bool sellerCost, QString *error);

    // The timeline of a dispute, chargeback or ledger entry, oldest first.
    static QList<CaseEvent> events(const QSqlDatabase &db, const QString &entity, qint64 id);
    // Writes a timeline entry (inside the caller's transaction).
    static bool addEvent(const QSqlDatabase &db, const QString &entity, qint64 id,
                         const QString &action, const QString &detail, QString *error);

private:
    bool finishAction(qint64 disputeRef, const QString &action, const QString &detail,
                      const QVariant &oldValue, const QVariant &newValue, QString *error);
    QSqlDatabase m_db;
};

} // namespace sd
