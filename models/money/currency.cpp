#include "currency.h"

#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct CurrencyInfo
{
    const char16_t *code;
    int minorDigits;
};

// ISO 4217 minor units for the currencies AliExpress sellers meet (settlement,
// buyer markets, suppliers). Anything not listed is refused rather than guessed.
constexpr std::array s_currencies{
        CurrencyInfo{u"USD", 2}, CurrencyInfo{u"CNY", 2}, CurrencyInfo{u"EUR", 2},
        CurrencyInfo{u"GBP", 2}, CurrencyInfo{u"RUB", 2}, CurrencyInfo{u"KRW", 0},
        CurrencyInfo{u"JPY", 0}, CurrencyInfo{u"BRL", 2}, CurrencyInfo{u"MXN", 2},
        CurrencyInfo{u"PLN", 2}, CurrencyInfo{u"CLP", 0}, CurrencyInfo{u"CAD", 2},
        CurrencyInfo{u"AUD", 2}, CurrencyInfo{u"HKD", 2}, CurrencyInfo{u"CHF", 2},
        CurrencyInfo{u"SEK", 2}, CurrencyInfo{u"NOK", 2}, CurrencyInfo{u"DKK", 2},
        CurrencyInfo{u"CZK", 2}, CurrencyInfo{u"HUF", 2}, CurrencyInfo{u"TRY", 2},
        CurrencyInfo{u"ILS", 2}, CurrencyInfo{u"SAR", 2}, CurrencyInfo{u"AED", 2},
        CurrencyInfo{u"INR", 2}, CurrencyInfo{u"IDR", 2}, CurrencyInfo{u"THB", 2},
        CurrencyInfo{u"VND", 0}, CurrencyInfo{u"PHP", 2}, CurrencyInfo{u"MYR", 2},
        CurrencyInfo{u"SGD", 2}, CurrencyInfo{u"NZD", 2}, CurrencyInfo{u"ZAR", 2},
        CurrencyInfo{u"UAH", 2}, CurrencyInfo{u"KZT", 2}, CurrencyInfo{u"COP", 2},
        CurrencyInfo{u"PEN", 2}, CurrencyInfo{u"KWD", 3}, CurrencyInfo{u"BHD", 3},
        CurrencyInfo{u"OMR", 3}, CurrencyInfo{u"JOD", 3}, CurrencyInfo{u"TND", 3},
        CurrencyInfo{u"IQD", 3}, CurrencyInfo{u"LYD", 3}, CurrencyInfo{u"ISK", 0},
};

} // namespace

std::optional<Currency> Currency::fromCode(QStringView code)
{
    const QString upper = code.trimmed().toString().toUpper();
    for (const auto &info : s_currencies) {
        if (upper == QStringView(info.code))
            return Currency(upper, info.minorDigits);
    }
    return std::nullopt;
}

Currency Currency::of(QStringView code)
{
    const auto c = fromCode(code);
    Q_ASSERT_X(c.has_value(), "Currency::of", "unknown ISO 4217 code");
    return c.value_or(Currency());
}

QStringList Currency::commonCodes()
{
    QStringList codes;
    codes.reserve(int(s_currencies.size()));
    for (const auto &info : s_currencies)
        codes << QString::fromUtf16(info.code);
    return codes;
}

qint64 Currency::minorPerMajor() const
{
    qint64 f = 1;
    for (int i = 0; i < m_minorDigits; ++i)
        f *= 10;
    return f;
}

} // namespace sd
