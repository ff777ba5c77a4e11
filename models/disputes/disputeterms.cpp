#include "disputeterms.h"

using namespace Qt::StringLiterals;

namespace sd {

const DisputeTerms::Codes &DisputeTerms::statuses()
{
    static const Codes codes{{u"processing"_s, {u"处理中"_s, u"纠纷中"_s, u"open"_s}},
                             {u"canceled_issue"_s, {u"已取消"_s, u"cancelled"_s, u"canceled"_s}},
                             {u"finish"_s, {u"已结束"_s, u"finished"_s, u"closed"_s}}};
    return codes;
}

QString DisputeTerms::statusLabel(const QString &code)
{
    if (code == u"processing"_s)
        return tr("In progress");
    if (code == u"canceled_issue"_s)
        return tr("Cancelled by the buyer");
    if (code == u"finish"_s)
        return tr("Finished");
    return code;
}

const DisputeTerms::Codes &DisputeTerms::solutionTypes()
{
    static const Codes codes{{u"refund"_s, {u"仅退款"_s, u"refund only"_s}},
                             {u"return_and_refund"_s, {u"退货退款"_s, u"return and refund"_s}}};
    return codes;
}

QString DisputeTerms::solutionTypeLabel(const QString &code)
{
    if (code == u"refund"_s)
        return tr("Refund only");
    if (code == u"return_and_refund"_s)
        return tr("Return and refund");
    return code;
}

const QStringList &DisputeTerms::owners()
{
    static const QStringList codes{u"buyer"_s, u"seller"_s, u"platform"_s};
    return codes;
}

QString DisputeTerms::ownerLabel(const QString &code)
{
    if (code == u"buyer"_s)
        return tr("Buyer");
    if (code == u"seller"_s)
        return tr("Seller");
    if (code == u"platform"_s)
        return tr("Platform");
    return code;
}

const DisputeTerms::Codes &DisputeTerms::proposalStatuses()
{
    static const Codes codes{{u"wait_buyer_and_seller_accept"_s, {}},
                             {u"wait_buyer_accept"_s, {}},
                             {u"wait_seller_accept"_s, {}},
                             {u"reached"_s, {}},
                             {u"buyer_refused"_s, {}},
                             {u"seller_accept_and_buyer_refused"_s, {}},
                             {u"reach_cancle"_s, {u"reach_cancel"_s}},
                             {u"perform"_s, {}}};
    return codes;
}

QString DisputeTerms::proposalStatusLabel(const QString &code)
{
    if (code == u"wait_buyer_and_seller_accept"_s)
        return tr("Waiting for both sides");
    if (code == u"wait_buyer_accept"_s)
        return tr("Waiting for the buyer");
    if (code == u"wait_seller_accept"_s)
        return tr("Waiting for you");
    if (code == u"reached"_s)
        return tr("Agreed");
    if (code == u"buyer_refused"_s)
        return tr("Refused by the buyer");
    if (code == u"seller_accept_and_buyer_refused"_s)
        return tr("You accepted, the buyer refused");
    if (code == u"reach_cancle"_s)
        return tr("Agreement cancelled");
    if (code == u"perform"_s)
        return tr("Carried out");
    return code;
}

bool DisputeTerms::awaitsSeller(const QString &proposalStatus)
{
    return proposalStatus == u"wait_seller_accept"_s
            || proposalStatus == u"wait_buyer_and_seller_accept"_s;
}

const DisputeTerms::Codes &DisputeTerms::outcomes()
{
    static const Codes codes{{u"refunded"_s, {u"退款"_s}},
                             {u"return_refunded"_s, {u"退货退款"_s}},
                             {u"rejected"_s, {u"驳回"_s, u"seller won"_s}},
                             {u"cancelled"_s, {u"取消"_s, u"canceled"_s}}};
    return codes;
}

QString DisputeTerms::outcomeLabel(const QString &code)
{
    if (code == u"refunded"_s)
        return tr("Refunded");
    if (code == u"return_refunded"_s)
        return tr("Returned and refunded");
    if (code == u"rejected"_s)
        return tr("Rejected: no refund");
    if (code == u"cancelled"_s)
        return tr("Cancelled by the buyer");
    return code;
}

bool DisputeTerms::costsSeller(const QString &outcome)
{
    return outcome == u"refunded"_s || outcome == u"return_refunded"_s;
}

} // namespace sd
