#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// An ISO 4217 currency: its three-letter code and how many minor digits it has
// (JPY 0, USD 2, KWD 3).
class Currency final
{
public:
    Currency() = default;

    // The known currency for an ISO code (case-insensitive), or nullopt.
    static std::optional<Currency> fromCode(QStringView code);
    // Like fromCode, for codes the caller knows to be valid (asserts otherwise).
    static Currency of(QStringView code);
    // The codes SellerDesk offers in pickers, most used by AliExpress sellers first.
    static QStringList commonCodes();

    bool isValid() const { return !m_code.isEmpty(); }
    QString code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    // 10^minorDigits: 1, 100 or 1000.
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Currency &a, const Currency &b) { return !(a == b); }

private:
    Currency(QString code, int minorDigits) : m_code(std::move(code)), m_minorDigits(minorDigits) { }

    QString m_code;
    int m_minorDigits = 2;
};

} // namespace sd
