#include "ruleeffects.h"

#include "disputes/disputedeadlines.h"
#include "orders/deadlines.h"
#include "orders/handover.h"

using namespace Qt::StringLiterals;

namespace sd {

bool RuleEffects::apply(const QSqlDatabase &db, const QString &key, QString *error)
{
    bool handoverRule = false;
    for (const char16_t *model : {u"semi_jit", u"pop"}) {
        for (const bool selfDelivery : {false, true})
            handoverRule = handoverRule
                    || Handover::ruleKey(QString::fromUtf16(model), selfDelivery) == key;
    }
    if (handoverRule && DeadlineCalculator(db).recompute(0, error) < 0)
        return false;
    if (DisputeDeadlines::dependsOn(key) && DisputeDeadlines(db).recompute(0, error) < 0)
        return false;
    return true;
}

} // namespace sd
