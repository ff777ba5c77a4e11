#pragma once

#include "currency.h"
#include "rate.h"
#include "rounding.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace sd {

// An amount of money: a whole number of minor units (cents, fen, won) in an
// ISO 4217 currency. Never a double. Operations that can produce a fraction of
// a minor unit take the Rounding to use; sums of mixed currencies are refused.
class Money final
{
public:
    Money() = default; // invalid: no currency
    Money(qint64 minorUnits, const Currency &currency) : m_minor(minorUnits), m_currency(currency) { }

    static Money zero(const Currency &currency) { return Money(0, currency); }

    // Parses decimal text exactly: "12.34", "1,234.50", "US $12.34", "-3.5", "(3.50)",
    // "€ 1.234,50" / "12,34" when decimalMark is ','. A currency code or symbol in
    // the text decides the currency; otherwise fallback is used. More decimals than
    // the currency has are refused unless they are zeros. On failure returns nullopt
    // and, if error is given, a sentence saying why.
    static std::optional<Money> parse(QStringView text, const Currency &fallback,
                                      QChar decimalMark = u'.', QString *error = nullptr);

    bool isValid() const { return m_currency.isValid(); }
    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Money operator-() const { return Money(-m_minor, m_currency); }
    // Same currency required (asserted; an invalid Money results otherwise).
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }
    Money times(qint64 quantity) const { return Money(m_minor * quantity, m_currency); }

    // this × rate, rounded to the minor unit with mode.
    Money applied(Rate rate, Rounding mode) const;
    // this × numerator / denominator, rounded with mode (e.g. pro-rata refunds).
    Money scaled(qint64 numerator, qint64 denominator, Rounding mode) const;

    // Splits into parts proportional to weights whose sum is exactly this amount
    // (largest-remainder method; ties go to the earlier part). Weights must be >= 0
    // with a positive sum.
    QList<Money> allocate(const QList<qint64> &weights) const;
    // Splits into n parts differing by at most one minor unit, summing exactly.
    QList<Money> split(int n) const;

    // "-1234.50": plain decimal, '.' mark, no grouping; what CSV exports and the store use.
    QString toDecimalString() const;
    // "USD 1,234.50" grouped for locale; what pages show.
    QString format(const QLocale &locale = QLocale()) const;
    // As a buyer in `locale` reads money: the locale's digits, marks and currency
    // placement, with its own symbol when it is the locale's currency and the ISO code
    // otherwise ("12,50 €" in fr_FR, "US$12.50" in en_US, "12,50 USD" in fr_FR).
    QString formatFor(const QLocale &locale) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    // Ordering only makes sense within one currency; the caller makes sure.
    friend std::strong_ordering operator<=>(const Money &a, const Money &b)
    {
        Q_ASSERT(a.m_currency == b.m_currency);
        return a.m_minor <=> b.m_minor;
    }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace sd
