#include "tierassessment.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

bool reaches(TierModel::Direction direction, qint64 value, qint64 threshold)
{
    return direction == TierModel::Direction::Higher ? value >= threshold : value <= threshold;
}

// Σ w·p / Σ w in hundredths of a point, rounded half up (all terms are non-negative).
qint64 weightedScore(qint64 weightedPoints, qint64 weights)
{
    return weights > 0 ? (weightedPoints * 100 * 2 + weights) / (2 * weights) : 0;
}

} // namespace

const TierAssessment::Indicator *TierAssessment::indicator(const QString &key) const
{
    for (const Indicator &i : indicators) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

Tier TierAssessment::tierForScore(const TierModel &model, qint64 score)
{
    for (size_t i = 0; i < tiers::graded.size(); ++i) {
        if (score >= model.tierScores[i])
            return tiers::graded[i];
    }
    return Tier::C;
}

QString TierAssessment::formatScore(qint64 score)
{
    return QLocale().toString(double(score) / 100.0, 'f', 2);
}

TierAssessment TierAssessment::assess(const TierModel &model, const QString &merchantType,
                                      const IndicatorValues &values, const QString &storeCurrency)
{
    TierAssessment a;
    a.merchantType = merchantType;
    const TierModel::MerchantType *type = model.merchantType(merchantType);
    if (!type)
        return a;

    qint64 weights = 0;
    qint64 weightedPoints = 0;
    for (const TierModel::Weighted &w : type->indicators) {
        const TierModel::Indicator *def = model.indicator(w.key);
        Indicator ind;
        ind.key = w.key;
        ind.weight = w.weight;
        ind.value = values.value(w.key);
        const bool currencyOk = !def || def->unit != TierModel::Unit::Money || w.currency == storeCurrency;
        ind.graded = def && w.weight > 0 && w.thresholds[0] && ind.value && currencyOk;
        if (def && w.thresholds[0] && ind.value && currencyOk) {
            // The highest level whose threshold the value reaches; C below B.
            ind.level = Tier::C;
            for (size_t k = 0; k < tiers::graded.size(); ++k) {
                if (reaches(def->direction, *ind.value, *w.thresholds[k])) {
                    ind.level = tiers::graded[k];
                    break;
                }
            }
            ind.points = model.levelPoints[size_t(ind.level)];
            if (ind.level != Tier::S) {
                // graded is S, A, B: the level above `level` sits one place earlier.
                const size_t above = size_t(Tier::S) - size_t(ind.level) - 1;
                ind.thresholdNext = w.thresholds[above];
                ind.gap = *ind.thresholdNext - *ind.value;
            }
        }
        if (ind.graded) {
            weights += ind.weight;
            weightedPoints += qint64(ind.weight) * ind.points;
        }
        a.indicators.append(ind);
    }
    a.scored = weights > 0;
    if (!a.scored)
        return a;
    a.score = weightedScore(weightedPoints, weights);
    a.tier = tierForScore(model, a.score);
    if (a.tier == Tier::S)
        return a;
    a.nextTier = Tier(int(a.tier) + 1);
    a.nextTierScore = model.tierScores[size_t(Tier::S) - size_t(*a.nextTier)];

    // Each indicator alone: the lowest level above its own that lifts the score to the
    // next tier, and the change of value that gets it there.
    for (qsizetype i = 0; i < a.indicators.size(); ++i) {
        const Indicator &ind = a.indicators.at(i);
        if (!ind.graded || ind.level == Tier::S)
            continue;
        const TierModel::Weighted &w = type->indicators.at(i);
        for (int level = int(ind.level) + 1; level <= int(Tier::S); ++level) {
            const qint64 points = model.levelPoints[size_t(level)];
            const qint64 score = weightedScore(weightedPoints + qint64(ind.weight) * (points - ind.points), weights);
            if (score < a.nextTierScore)
                continue;
            Change c;
            c.key = ind.key;
            c.level = Tier(level);
            c.target = *w.thresholds[size_t(Tier::S) - size_t(level)];
            c.gap = c.target - *ind.value;
            const qint64 size = std::max({qAbs(*ind.value), qAbs(c.target), qint64(1)});
            c.effortPpm = (qAbs(c.gap) * 1000000 + size / 2) / size;
            a.changes.append(c);
            break;
        }
    }
    std::stable_sort(a.changes.begin(), a.changes.end(),
                     [](const Change &x, const Change &y) { return x.effortPpm < y.effortPpm; });
    return a;
}

std::optional<ServiceLevel> TierAssessment::serviceLevel(const TierModel &model, const QString &merchantType,
                                                         const IndicatorValues &windowValues)
{
    const TierModel::MerchantType *type = model.merchantType(merchantType);
    if (!type)
        return std::nullopt;
    std::optional<ServiceLevel> level;
    // The service level is the lowest that every indicator with a value reaches.
    for (const TierModel::ServiceIndicator &s : type->service) {
        const TierModel::Indicator *def = model.indicator(s.key);
        const auto value = windowValues.value(s.key);
        if (!def || !value)
            continue;
        ServiceLevel reached = ServiceLevel::Unqualified;
        const ServiceLevel order[3] = {ServiceLevel::Excellent, ServiceLevel::Good, ServiceLevel::Qualified};
        for (size_t k = 0; k < 3; ++k) {
            if (reaches(def->direction, *value, s.thresholds[k])) {
                reached = order[k];
                break;
            }
        }
        level = level ? std::min(*level, reached) : reached;
    }
    return level;
}

} // namespace sd
