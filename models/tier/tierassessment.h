#pragma once

#include "tier/tiermodel.h"

#include <QHash>
#include <QList>

#include <optional>

namespace sd {

// Indicator values by key, in the model's scaled units; a key absent or nullopt
// has no value this month (nothing to compute it from, and none entered).
using IndicatorValues = QHash<QString, std::optional<qint64>>;

// Grades one merchant type's indicators with a TierModel: the level each reaches,
// the score and tier, and the gap to the next tier. Pure: no workspace, so the
// what-if panel and the tests call it directly.
struct TierAssessment
{
    struct Indicator
    {
        QString key;
        int weight = 0;
        std::optional<qint64> value;
        bool graded = false; // has a weight, thresholds and a value (in the thresholds' currency)
        Tier level = Tier::C; // graded only
        int points = 0;
        std::optional<qint64> thresholdNext; // the threshold of the level above, below S
        std::optional<qint64> gap; // thresholdNext - value: the change that reaches it
    };
    // One indicator moved to the threshold of a higher level, alone enough to reach
    // the next tier.
    struct Change
    {
        QString key;
        Tier level = Tier::C; // the indicator's level after the change
        qint64 target = 0;
        qint64 gap = 0; // target - value
        qint64 effortPpm = 0; // |gap| / max(|value|, |target|): the size of the change
    };

    QString merchantType;
    bool scored = false; // false: no graded indicator has a value
    qint64 score = 0; // hundredths of a point, 0..10000
    Tier tier = Tier::C;
    std::optional<Tier> nextTier; // nullopt at S
    qint64 nextTierScore = 0;
    QList<Indicator> indicators; // in the model's order
    QList<Change> changes; // every single change that reaches nextTier, smallest effort first

    const Indicator *indicator(const QString &key) const;
    std::optional<Change> bestChange() const
    {
        return changes.isEmpty() ? std::nullopt : std::optional(changes.first());
    }

    static TierAssessment assess(const TierModel &model, const QString &merchantType,
                                 const IndicatorValues &values, const QString &storeCurrency);
    // The service level from the values over the model's service window (each the
    // mean of the monthly values that exist); nullopt when no service indicator has one.
    static std::optional<ServiceLevel> serviceLevel(const TierModel &model, const QString &merchantType,
                                                    const IndicatorValues &windowValues);
    static Tier tierForScore(const TierModel &model, qint64 score);
    // "87.50"
    static QString formatScore(qint64 score);
};

} // namespace sd
