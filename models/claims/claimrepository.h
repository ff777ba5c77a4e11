#pragma once

#include "disputes/disputerepository.h"
#include "files/attachmentstore.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sd {

// A buyer's damage claim (seed 003): what arrived damaged, the buyer's photos and
// words, the platform's verification, and how the seller settled it.
struct Claim
{
    qint64 id = 0;
    qint64 storeId = 0;
    QString orderId;
    QString childId;
    QString productId;
    QString productName;
    QString buyerName;
    QString buyerLogin;
    QString buyerCountry; // ISO 3166 alpha-2, as orders store it
    QString buyerLanguage; // ISO 639-1; empty: unknown (guessed from the country)
    qint64 openedUtc = 0;
    QString damagedItem;
    int quantityAffected = 1;
    QString description; // the buyer's words
    QString cause = QStringLiteral("unknown"); // ClaimTerms::causes()
    QString verification = QStringLiteral("pending"); // ClaimTerms::verifications()
    QString state = QStringLiteral("new"); // ClaimTerms::states()
    QString resolution; // ClaimTerms::resolutions(); empty until resolved
    Currency currency;
    std::optional<qint64> refundMinor;
    QString couponCode;
    std::optional<qint64> couponMinor;
    // The coupon's terms, as the seller center set them: the last day it can be used
    // (invalid: not recorded) and the smallest order it applies to.
    QDate couponExpiry;
    std::optional<qint64> couponMinSpendMinor;
    QString reshipTracking;
    QString cartonFit; // ClaimTerms::cartonFits()
    QString filler; // ClaimTerms::fillers()
    std::optional<bool> fragileLabel;
    QString packagingNote;
    QString disputeIssueId;
    qint64 stateChangedUtc = 0;
    std::optional<qint64> resolvedUtc;
    std::optional<qint64> closedUtc;
    std::optional<qint64> lastReplyUtc;
    // Linked by store + order id (0 while the order is not in the workspace), and the
    // dispute by store + issue id.
    qint64 orderRef = 0;
    qint64 disputeRef = 0;

    std::optional<Money> refund() const;
    std::optional<Money> coupon() const;
    std::optional<Money> couponMinSpend() const;
    bool isOpen() const { return state != QLatin1String("closed"); }
    // The buyer has not heard from us since the claim last changed state.
    bool awaitsReply() const;
};

// How a claim is settled when it moves to "resolved".
struct ClaimSettlement
{
    QString resolution; // ClaimTerms::resolutions()
    std::optional<Money> refund; // full_refund, partial_refund
    QString couponCode; // coupon (and optionally with a refund)
    std::optional<Money> coupon;
    // Required with a coupon: the buyer is told when it expires and what it needs.
    QDate couponExpiry;
    std::optional<Money> couponMinSpend;
    QString reshipTracking; // reship, when known
};

// A reply as it was copied for sending.
struct ClaimReply
{
    qint64 id = 0;
    qint64 sentUtc = 0;
    QString sentBy;
    QString templateKey; // empty: written from scratch
    std::optional<int> version;
    QString lang;
    QString body;
};

// Claims and what staff do about them. Every change writes the claim's timeline
// (case_events) and the audit log in the same transaction as the change itself.
class ClaimRepository final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ClaimRepository)
public:
    static const QString Entity; // "claims"

    explicit ClaimRepository(const QSqlDatabase &db) : m_db(db) { }

    std::optional<Claim> byId(qint64 id) const;
    QList<CaseEvent> timeline(qint64 claimId) const;
    QList<Attachment> photos(qint64 claimId) const;
    QList<ClaimReply> replies(qint64 claimId) const;

    // Records a new claim. Blank buyer and product fields are filled from the linked
    // order when it is in the workspace; a line item the order does not have is refused.
    std::optional<qint64> add(const Claim &claim, QString *error);
    // Saves the editable facts (what was damaged, quantity, description, cause, buyer,
    // packaging, linked dispute, and once resolved the replacement's tracking number and
    // the coupon's terms); each changed field goes to the audit log.
    bool update(const Claim &edited, QString *error);
    // Copies a photo into the workspace and attaches it (images only).
    bool attachPhoto(qint64 claimId, const QString &path, QString *error);
    bool setVerification(qint64 claimId, const QString &verification, QString *error);

    // Why the claim cannot move to `to` with this settlement (empty: it can).
    QString refuseMove(const Claim &claim, const QString &to, const ClaimSettlement &settlement) const;
    // Moves the claim along the workflow (ClaimTerms). Moving to "resolved" takes the
    // settlement; `note` is written on the timeline (required when rejecting).
    bool move(qint64 claimId, const QString &to, const ClaimSettlement &settlement,
              const QString &note, QString *error);

    // Saves a reply copied for sending on the claim's timeline.
    std::optional<qint64> recordReply(qint64 claimId, const ClaimReply &reply, QString *error);

    // Open claims whose buyer is owed a reply, oldest change first. storeId 0: all.
    QList<Claim> awaitingReply(qint64 storeId, int limit) const;
    qint64 countAwaitingReply(qint64 storeId) const;

    // Why a coupon's terms are not acceptable for `claim` (empty: they are).
    static QString refuseCouponTerms(const Claim &claim, const QDate &expiry,
                                     const std::optional<Money> &minSpend);
    // Writes the coupon's terms of claim `id` as they are, inside the caller's
    // transaction (the demo seeds closed claims with it); move() and update() check them.
    bool writeCouponTerms(qint64 id, const QDate &expiry, qint64 minSpendMinor, QString *error);

private:
    // The claim, if it exists and may still change; nullopt with the reason.
    std::optional<Claim> changeable(qint64 claimId, QString *error) const;
    bool finish(const Claim &claim, const QString &action, const QString &detail,
                const QString &field, const QVariant &oldValue, const QVariant &newValue,
                QString *error);
    QSqlDatabase m_db;
};

} // namespace sd
