#pragma once

#include "core/localtext.h"
#include "money/currency.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace sd {

// A merchant tier, lowest first so that tiers compare by value.
enum class Tier { C = 0, B = 1, A = 2, S = 3 };
// A service level, lowest first.
enum class ServiceLevel { Unqualified = 0, Qualified = 1, Good = 2, Excellent = 3 };

namespace tiers {
QString code(Tier tier); // "S"
std::optional<Tier> fromCode(QStringView code);
QString serviceCode(ServiceLevel level); // "excellent"
std::optional<ServiceLevel> serviceFromCode(QStringView code);
QString serviceName(ServiceLevel level); // translated
// The tiers with thresholds, highest first: S, A, B.
constexpr std::array<Tier, 3> graded{Tier::S, Tier::A, Tier::B};
} // namespace tiers

// The assessment model: which indicators grade a merchant, how, and what each tier
// brings. It is data (resources/tier/default-model.json, editable, versioned by the
// month it takes effect) because the platform publishes no formula.
//
// Scoring: an indicator reaches a level when its value is at or beyond the level's
// threshold (at least it for "higher" indicators, at most it for "lower" ones) and
// earns that level's points (levelPoints; C below the B threshold). The store's
// score is the weighted mean of the points of the indicators that have a value,
// in hundredths of a point; the tier is the highest whose minimum score it reaches.
struct TierModel
{
    Q_DECLARE_TR_FUNCTIONS(sd::TierModel)
public:
    enum class Unit { Percent, Count, Money };
    enum class Direction { Higher, Lower };

    // Values are scaled integers: percent in millionths (Rate), counts as they are,
    // money in minor units.
    struct Indicator
    {
        QString key;
        LocalText name;
        Unit unit = Unit::Percent;
        Direction direction = Direction::Higher;
    };
    struct Weighted
    {
        QString key;
        int weight = 0; // percent of the grade; 0: shown, not graded
        // Thresholds for S, A, B (tiers::graded order); nullopt: not graded.
        std::array<std::optional<qint64>, 3> thresholds;
        QString currency; // money thresholds: their currency
    };
    struct ServiceIndicator
    {
        QString key;
        // Thresholds for Excellent, Good, Qualified.
        std::array<qint64, 3> thresholds{};
    };
    struct MerchantType
    {
        QString code; // full_managed, semi_managed, pop
        QList<Weighted> indicators;
        QList<ServiceIndicator> service;
    };

    QString effectiveMonth; // "YYYY-MM"
    LocalText name;
    LocalText description;
    std::array<int, 4> levelPoints{0, 60, 80, 100}; // by Tier: C, B, A, S
    std::array<qint64, 3> tierScores{9000, 7500, 6000}; // minimum score (hundredths) for S, A, B
    int serviceWindowMonths = 3;
    QList<Indicator> indicators;
    QList<MerchantType> merchantTypes;
    QHash<Tier, QList<LocalText>> benefits;

    static QStringList merchantTypeCodes(); // full_managed, semi_managed, pop
    static QString merchantTypeName(const QString &code); // translated

    const Indicator *indicator(const QString &key) const;
    const MerchantType *merchantType(const QString &code) const;

    // Parses and validates SellerDesk's tier model JSON. On failure: nullopt and a
    // message naming `fileName`, and the line and column of a syntax error or the
    // place in the document ("merchant_types.pop.indicators[2].weight") of a wrong value.
    static std::optional<TierModel> fromJson(const QByteArray &json, const QString &fileName,
                                             QString *error);
    QByteArray toJson() const;

    // Value text as the model file writes it: "2.5" (percent), "120", "5000.00".
    QString valueText(const Indicator &indicator, qint64 value, const Currency &currency) const;
    // Parses such text; nullopt with a reason.
    static std::optional<qint64> parseValue(Unit unit, const QString &text, const Currency &currency,
                                            QString *error);

    // The shipped default (resources/tier/default-model.json).
    static QByteArray shippedJson();
};

} // namespace sd
