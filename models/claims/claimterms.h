#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd {

// The vocabulary of damage claims (seed 003): workflow states, causes, platform
// verification, resolutions and packaging, with the labels pages show, and which
// state may follow which.
//
//   new -> awaiting_evidence -> under_review -> resolved -> closed
//
// A claim may skip ahead (new -> under_review when the photos came with it,
// new or awaiting_evidence -> resolved when the seller settles without the
// platform), and the platform may send it back for more evidence
// (under_review -> awaiting_evidence). Nothing leaves closed.
class ClaimTerms final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ClaimTerms)
public:
    static const QStringList &states();
    static QString stateLabel(const QString &code);
    // The states that may follow `from`, in workflow order.
    static QStringList nextStates(const QString &from);
    // Empty when `from -> to` is allowed; else why not, in words for the user.
    static QString refuseTransition(const QString &from, const QString &to);

    static const QStringList &causes();
    static QString causeLabel(const QString &code);

    static const QStringList &verifications(); // pending, confirmed, not_confirmed
    static QString verificationLabel(const QString &code);

    static const QStringList &resolutions(); // full_refund, partial_refund, reship, coupon, rejected
    static QString resolutionLabel(const QString &code);
    // The resolution gives money back (a refund amount is required).
    static bool refunds(const QString &resolution);

    static const QStringList &cartonFits(); // '', fitted, oversized, undersized
    static QString cartonFitLabel(const QString &code);
    static const QStringList &fillers(); // '', none, air_bags, bubble_wrap, paper, foam
    static QString fillerLabel(const QString &code);
};

} // namespace sd
