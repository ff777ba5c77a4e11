#include "claimterms.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Term
{
    const char16_t *code;
    const char *label;
};

template<std::size_t N>
QStringList codesOf(const Term (&terms)[N])
{
    QStringList out;
    for (const Term &t : terms)
        out.append(QString::fromUtf16(t.code));
    return out;
}

template<std::size_t N>
QString labelOf(const Term (&terms)[N], const QString &code)
{
    for (const Term &t : terms) {
        if (code == t.code)
            return ClaimTerms::tr(t.label);
    }
    return code;
}

const Term s_states[] = {
    {u"new", QT_TRANSLATE_NOOP("sd::ClaimTerms", "New")},
    {u"awaiting_evidence", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Awaiting evidence")},
    {u"under_review", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Under platform review")},
    {u"resolved", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Resolved")},
    {u"closed", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Closed")},
};

const Term s_causes[] = {
    {u"logistics_damage", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Damaged in transit")},
    {u"packaging", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Packaging")},
    {u"manufacturing_defect", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Manufacturing defect")},
    {u"wrong_item", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Wrong item")},
    {u"unknown", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Unknown")},
};

const Term s_verifications[] = {
    {u"pending", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Not verified yet")},
    {u"confirmed", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Confirmed by the platform")},
    {u"not_confirmed", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Not confirmed by the platform")},
};

const Term s_resolutions[] = {
    {u"full_refund", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Full refund")},
    {u"partial_refund", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Partial refund")},
    {u"reship", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Reshipped")},
    {u"coupon", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Coupon")},
    {u"rejected", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Rejected")},
};

const Term s_cartonFits[] = {
    {u"", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Not recorded")},
    {u"fitted", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Sized to the goods")},
    {u"oversized", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Too large (goods moved)")},
    {u"undersized", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Too small (goods pressed)")},
};

const Term s_fillers[] = {
    {u"", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Not recorded")},
    {u"none", QT_TRANSLATE_NOOP("sd::ClaimTerms", "No filler")},
    {u"air_bags", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Air bags")},
    {u"bubble_wrap", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Bubble wrap")},
    {u"paper", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Crumpled paper")},
    {u"foam", QT_TRANSLATE_NOOP("sd::ClaimTerms", "Foam")},
};

} // namespace

const QStringList &ClaimTerms::states()
{
    static const QStringList codes = codesOf(s_states);
    return codes;
}

QString ClaimTerms::stateLabel(const QString &code)
{
    return labelOf(s_states, code);
}

QStringList ClaimTerms::nextStates(const QString &from)
{
    if (from == u"new"_s)
        return {u"awaiting_evidence"_s, u"under_review"_s, u"resolved"_s};
    if (from == u"awaiting_evidence"_s)
        return {u"under_review"_s, u"resolved"_s};
    if (from == u"under_review"_s)
        return {u"awaiting_evidence"_s, u"resolved"_s};
    if (from == u"resolved"_s)
        return {u"closed"_s};
    return {};
}

QString ClaimTerms::refuseTransition(const QString &from, const QString &to)
{
    if (!states().contains(to))
        return tr("\"%1\" is not a claim state").arg(to);
    if (from == to)
        return tr("the claim is already %1").arg(stateLabel(to).toLower());
    if (nextStates(from).contains(to))
        return {};
    if (from == u"closed"_s)
        return tr("a closed claim cannot change; open a new claim if the buyer writes again");
    if (to == u"new"_s)
        return tr("a claim cannot go back to New once work on it has started");
    if (to == u"closed"_s)
        return tr("only a resolved claim can be closed: resolve it first (refund, reship, coupon or reject)");
    if (from == u"resolved"_s)
        return tr("a resolved claim can only be closed");
    QStringList next;
    for (const QString &s : nextStates(from))
        next.append(stateLabel(s));
    return tr("a claim that is %1 can go to: %2")
            .arg(stateLabel(from).toLower(), next.join(tr(", ")));
}

const QStringList &ClaimTerms::causes()
{
    static const QStringList codes = codesOf(s_causes);
    return codes;
}

QString ClaimTerms::causeLabel(const QString &code)
{
    return labelOf(s_causes, code);
}

const QStringList &ClaimTerms::verifications()
{
    static const QStringList codes = codesOf(s_verifications);
    return codes;
}

QString ClaimTerms::verificationLabel(const QString &code)
{
    return labelOf(s_verifications, code);
}

const QStringList &ClaimTerms::resolutions()
{
    static const QStringList codes = codesOf(s_resolutions);
    return codes;
}

QString ClaimTerms::resolutionLabel(const QString &code)
{
    return code.isEmpty() ? QString() : labelOf(s_resolutions, code);
}

bool ClaimTerms::refunds(const QString &resolution)
{
    return resolution == u"full_refund"_s || resolution == u"partial_refund"_s;
}

const QStringList &ClaimTerms::cartonFits()
{
    static const QStringList codes = codesOf(s_cartonFits);
    return codes;
}

QString ClaimTerms::cartonFitLabel(const QString &code)
{
    return labelOf(s_cartonFits, code);
}

const QStringList &ClaimTerms::fillers()
{
    static const QStringList codes = codesOf(s_fillers);
    return codes;
}

QString ClaimTerms::fillerLabel(const QString &code)
{
    return labelOf(s_fillers, code);
}

} // namespace sd
