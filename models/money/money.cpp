#include "money.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

// A currency marker found around the number: an ISO code or a symbol.
std::optional<Currency> currencyFromMarker(const QString &marker, const Currency &fallback,
                                           bool *known)
{
    *known = true;
    const QString m = marker.toUpper();
    if (m.isEmpty())
        return fallback;
    if (m == u"US$"_s || m == u"US $"_s || m == u"US"_s)
        return Currency::of(u"USD");
    if (m == u"$"_s) {
        // "$" means the fallback's dollar when it has one, else US dollars.
        if (fallback.isValid() && fallback.code().endsWith(u'D'))
            return fallback;
        return Currency::of(u"USD");
    }
    if (m == u"€"_s)
        return Currency::of(u"EUR");
    if (m == u"£"_s)
        return Currency::of(u"GBP");
    if (m == u"₽"_s || m == u"РУБ"_s || m == u"РУБ."_s)
        return Currency::of(u"RUB");
    if (m == u"₩"_s)
        return Currency::of(u"KRW");
    if (m == u"R$"_s)
        return Currency::of(u"BRL");
    if (m == u"ZŁ"_s)
        return Currency::of(u"PLN");
    if (m == u"¥"_s || m == u"￥"_s || m == u"元"_s || m == u"RMB"_s) {
        if (fallback.isValid() && (fallback.code() == u"JPY"_s || fallback.code() == u"CNY"_s)
            && m != u"元"_s && m != u"RMB"_s)
            return fallback;
        return Currency::of(u"CNY");
    }
    if (auto c = Currency::fromCode(m))
        return c;
    *known = false;
    return std::nullopt;
}

} // namespace

std::optional<Money> Money::parse(QStringView text, const Currency &fallback, QChar decimalMark,
                                  QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Money> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(QCoreApplication::translate("sd::Money", "the amount is empty"));

    bool negative = false;
    if (t.startsWith(u'(') && t.endsWith(u')')) {
        negative = true;
        t = t.sliced(1, t.size() - 2).trimmed();
    }

    // Split into prefix (currency / sign), the number, and suffix (currency / sign).
    qsizetype begin = 0;
    while (begin < t.size() && !t[begin].isDigit() && t[begin] != decimalMark)
        ++begin;
    qsizetype end = t.size();
    while (end > begin && !t[end - 1].isDigit())
        --end;
    if (begin >= end)
        return fail(QCoreApplication::translate("sd::Money", "there are no digits in the amount"));

    QString marker;
    auto takeMarker = [&](QStringView part) -> bool {
        QString cleaned;
        for (QChar c : part) {
            if (isMinus(c)) {
                if (negative)
                    return false;
                negative = true;
            } else if (c == u'+') {
                continue;
            } else if (!isSpace(c)) {
                cleaned += c;
            } else if (!cleaned.isEmpty()) {
                cleaned += u' ';
            }
        }
        cleaned = cleaned.trimmed();
        if (cleaned.isEmpty())
            return true;
        if (!marker.isEmpty())
            return false; // a currency on both sides
        marker = cleaned;
        return true;
    };
    if (!takeMarker(t.first(begin)) || !takeMarker(t.sliced(end)))
        return fail(QCoreApplication::translate("sd::Money", "the sign or currency around the number is not understood"));

    bool knownMarker = true;
    const auto currency = currencyFromMarker(marker, fallback, &knownMarker);
    if (!knownMarker)
        return fail(QCoreApplication::translate("sd::Money", "\"%1\" is not a currency SellerDesk knows").arg(marker));
    if (!currency || !currency->isValid())
        return fail(QCoreApplication::translate("sd::Money", "the amount has no currency"));

    // The number itself: digits, one decimal mark, group separators in groups of three.
    const QStringView number = t.sliced(begin, end - begin);
    const QChar groupAlt = decimalMark == u'.' ? u',' : u'.';
    QString digitsBefore, digitsAfter;
    QList<int> groupSizes;
    bool seenMark = false;
    int currentGroup = 0;
    bool grouped = false;
    for (QChar c : number) {
        if (c.isDigit() && c.unicode() < 128) {
            (seenMark ? digitsAfter : digitsBefore) += c;
            if (!seenMark)
                ++currentGroup;
        } else if (c == decimalMark) {
            if (seenMark)
                return fail(QCoreApplication::translate("sd::Money", "the amount has two decimal marks"));
            seenMark = true;
        } else if (!seenMark && (c == groupAlt || isSpace(c) || c == u'\'')) {
            groupSizes << currentGroup;
            currentGroup = 0;
            grouped = true;
        } else {
            return fail(QCoreApplication::translate("sd::Money", "unexpected character \"%1\" in the amount").arg(c));
        }
    }
    if (grouped) {
        groupSizes << currentGroup;
        bool ok = groupSizes.first() >= 1 && groupSizes.first() <= 3;
        for (qsizetype i = 1; i < groupSizes.size(); ++i)
            ok = ok && groupSizes[i] == 3;
        if (!ok) {
            return fail(decimalMark == u'.'
                                ? QCoreApplication::translate("sd::Money", "the thousands separators are misplaced (if ',' is the "
                                          "decimal mark here, import with the comma decimal mark)")
                                : QCoreApplication::translate("sd::Money", "the thousands separators are misplaced"));
        }
    }
    if (digitsBefore.isEmpty())
        digitsBefore = u"0"_s;
    const int digits = currency->minorDigits();
    while (digitsAfter.size() > digits && digitsAfter.endsWith(u'0'))
        digitsAfter.chop(1);
    if (digitsAfter.size() > digits) {
        return fail(QCoreApplication::translate("sd::Money", "%1 has at most %n decimal place(s)", nullptr, digits).arg(currency->code()));
    }
    digitsAfter = digitsAfter.leftJustified(digits, u'0');

    bool ok = false;
    const qint64 major = digitsBefore.toLongLong(&ok);
    const qint64 factor = currency->minorPerMajor();
    if (!ok || major > std::numeric_limits<qint64>::max() / factor - 1)
        return fail(QCoreApplication::translate("sd::Money", "the amount is too large"));
    qint64 minor = major * factor + (digits > 0 ? digitsAfter.toLongLong() : 0);
    return Money(negative ? -minor : minor, *currency);
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT_X(m_currency == other.m_currency, "Money::operator+", "currencies differ");
    if (m_currency != other.m_currency)
        return Money();
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT_X(m_currency == other.m_currency, "Money::operator-", "currencies differ");
    if (m_currency != other.m_currency)
        return Money();
    return Money(m_minor - other.m_minor, m_currency);
}

Money Money::applied(Rate rate, Rounding mode) const
{
    return scaled(rate.millionths(), Rate::One, mode);
}

Money Money::scaled(qint64 numerator, qint64 denominator, Rounding mode) const
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    qint64 out = 0;
    if (!exact::mulDivRound(m_minor, numerator, denominator, mode, &out))
        return Money(); // overflow: invalid rather than wrong
    return Money(out, m_currency);
}

QList<Money> Money::allocate(const QList<qint64> &weights) const
{
    QList<Money> parts;
    const qint64 total = std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
    Q_ASSERT(total > 0);
    if (weights.isEmpty() || total <= 0)
        return parts;
    parts.reserve(weights.size());
    // Floor each share toward zero, then hand the leftover units to the largest remainders.
    QList<qint64> remainders;
    remainders.reserve(weights.size());
    qint64 allocated = 0;
    for (qint64 w : weights) {
        Q_ASSERT(w >= 0);
        qint64 share = 0, rem = 0;
        exact::mulDivRem(m_minor, w, total, &share, &rem); // |share| <= |m_minor|: no overflow
        parts << Money(share, m_currency);
        remainders << rem;
        allocated += share;
    }
    qint64 leftover = m_minor - allocated; // same sign as m_minor, |leftover| < parts
    const qint64 step = leftover < 0 ? -1 : 1;
    QList<qsizetype> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; leftover != 0 && k < order.size(); ++k) {
        if (weights[order[k]] == 0)
            continue;
        parts[order[k]].m_minor += step;
        leftover -= step;
    }
    return parts;
}

QList<Money> Money::split(int n) const
{
    Q_ASSERT(n > 0);
    return allocate(QList<qint64>(n, 1));
}

namespace {

// The sign, whole units and zero-padded fraction digits of an amount.
struct DecimalParts
{
    bool negative = false;
    quint64 major = 0;
    QString fraction; // empty for currencies without minor units
};

DecimalParts decimalParts(qint64 minor, const Currency &currency)
{
    const int digits = currency.isValid() ? currency.minorDigits() : 2;
    DecimalParts p;
    p.negative = minor < 0;
    const quint64 mag = p.negative ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 factor = 1;
    for (int i = 0; i < digits; ++i)
        factor *= 10;
    p.major = mag / factor;
    if (digits > 0)
        p.fraction = QString::number(mag % factor).rightJustified(digits, u'0');
    return p;
}

} // namespace

QString Money::toDecimalString() const
{
    const DecimalParts p = decimalParts(m_minor, m_currency);
    QString s = QString::number(p.major);
    if (!p.fraction.isEmpty())
        s += u'.' + p.fraction;
    return p.negative ? u'-' + s : s;
}

namespace {

// The magnitude grouped and marked as `locale` writes numbers, in its digits.
QString localNumber(const DecimalParts &p, const QLocale &locale)
{
    QString s = locale.toString(qulonglong(p.major));
    if (!p.fraction.isEmpty()) {
        QString fraction = p.fraction;
        const QString zero = locale.zeroDigit();
        if (zero != u"0"_s && zero.size() == 1) { // e.g. Arabic-Indic digits
            for (QChar &c : fraction)
                c = QChar(zero.at(0).unicode() + (c.unicode() - u'0'));
        }
        s += locale.decimalPoint() + fraction;
    }
    return s;
}

} // namespace

QString Money::format(const QLocale &locale) const
{
    const DecimalParts p = decimalParts(m_minor, m_currency);
    QString s = localNumber(p, locale);
    if (p.negative)
        s.prepend(locale.negativeSign());
    return m_currency.code() + u' ' + s;
}

namespace {

// Each currency's symbol where it is at home ("$" for USD, "€" for EUR): from the
// locale of the territory the ISO code names, else from any locale that uses it.
const QHash<QString, QString> &homeSymbols()
{
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> out;
        const auto all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                  QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString iso = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = l.currencySymbol(QLocale::CurrencySymbol);
            if (iso.size() != 3 || symbol.isEmpty())
                continue;
            const bool home = QLocale::territoryToCode(l.territory()) == iso.left(2);
            if (home || !out.contains(iso))
                out.insert(iso, symbol);
        }
        return out;
    }();
    return symbols;
}

bool isLetter(QChar c)
{
    return c.isLetter();
}

} // namespace

QString Money::formatFor(const QLocale &locale) const
{
    const DecimalParts p = decimalParts(m_minor, m_currency);
    const QString code = m_currency.code();
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    } else {
        // A foreign symbol the buyer would read as their own money ("$" for USD in
        // Mexico) is replaced by the ISO code.
        symbol = homeSymbols().value(code, code);
        // Abroad, a dollar says whose it is: "US$", "CA$", "AU$" (as CLDR writes them).
        if (symbol == u"$"_s)
            symbol = code.left(2) + symbol;
        if (symbol == locale.currencySymbol(QLocale::CurrencySymbol))
            symbol = code;
    }
    // The locale's pattern for an amount of 7 in that symbol, with our digits for the 7.
    const QString seven = locale.toString(7);
    QString pattern = locale.toCurrencyString(qlonglong(p.negative ? -7 : 7), symbol);
    const qsizetype at = pattern.indexOf(seven);
    if (at < 0)
        return format(locale);
    const QString number = localNumber(p, locale);
    pattern.replace(at, seven.size(), number);
    // "USD1,234.50" reads badly: keep letters and digits apart with a no-break space.
    const qsizetype end = at + number.size();
    if (end < pattern.size() && isLetter(pattern.at(end)))
        pattern.insert(end, QChar(0x00A0));
    if (at > 0 && isLetter(pattern.at(at - 1)))
        pattern.insert(at, QChar(0x00A0));
    return pattern;
}

} // namespace sd
