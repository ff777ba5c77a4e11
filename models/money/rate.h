#pragma once

#include <QString>

#include <optional>

namespace sd {

// An exact rate (commission, affiliate share, waiver, advance payment), held
// as an integer count of millionths: 8 % is 80'000, 100 % is 1'000'000.
// Percent text with up to four decimals ("8", "12.5", "0.0125") is exact.
class Rate final
{
public:
    static constexpr qint64 One = 1'000'000;

    constexpr Rate() = default;
    static constexpr Rate fromMillionths(qint64 millionths) { return Rate(millionths); }
    static constexpr Rate fromBasisPoints(qint64 bp) { return Rate(bp * 100); }
    static constexpr Rate percent(qint64 wholePercent) { return Rate(wholePercent * 10'000); }

    // Parses "8", "8.5", "8.5 %", "8,5" (decimalMark ','), without going through double.
    // At most four decimals of a percent; error says why when it returns nullopt.
    static std::optional<Rate> parsePercent(QStringView text, QString *error = nullptr,
                                            QChar decimalMark = u'.');
    // Parses a fraction of one: "0.08" is 8 %. At most six decimals.
    static std::optional<Rate> parseFraction(QStringView text, QString *error = nullptr);

    constexpr qint64 millionths() const { return m_millionths; }
    // "8", "12.5", "0.0125": percent without trailing zeros or a % sign.
    QString toPercentText() const;

    constexpr Rate complement() const { return Rate(One - m_millionths); } // 1 - r
    constexpr bool isZero() const { return m_millionths == 0; }

    friend constexpr bool operator==(Rate a, Rate b) { return a.m_millionths == b.m_millionths; }
    friend constexpr auto operator<=>(Rate a, Rate b) { return a.m_millionths <=> b.m_millionths; }

private:
    constexpr explicit Rate(qint64 millionths) : m_millionths(millionths) { }
    qint64 m_millionths = 0;
};

namespace detail {
// Parses optional sign, digits and at most maxDecimals decimals into value * 10^maxDecimals.
std::optional<qint64> parseScaledDecimal(QStringView text, int maxDecimals, QChar decimalMark,
                                         QString *error);
} // namespace detail

} // namespace sd
