#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

namespace sd {

// AliExpress's dispute vocabulary (DOMAIN.md: issue_status, solution_type, solution
// owner and status) plus SellerDesk's outcomes, with the labels pages show.
class DisputeTerms final
{
    Q_DECLARE_TR_FUNCTIONS(sd::DisputeTerms)
public:
    using Codes = QList<std::pair<QString, QStringList>>; // code -> other accepted spellings

    static const Codes &statuses(); // processing, canceled_issue, finish
    static QString statusLabel(const QString &code);

    static const Codes &solutionTypes(); // refund, return_and_refund
    static QString solutionTypeLabel(const QString &code);

    static const QStringList &owners(); // buyer, seller, platform
    static QString ownerLabel(const QString &code);

    static const Codes &proposalStatuses();
    static QString proposalStatusLabel(const QString &code);
    // The proposal still waits for the seller's answer.
    static bool awaitsSeller(const QString &proposalStatus);

    static const Codes &outcomes(); // refunded, return_refunded, rejected, cancelled
    static QString outcomeLabel(const QString &code);
    // Whether the outcome usually costs the seller (the default of "at the seller's cost").
    static bool costsSeller(const QString &outcome);
};

} // namespace sd
