#include "rounding.h"

#include <limits>

namespace sd::exact {

namespace {

// Rounds a quotient given its truncated value q, the remainder's magnitude r
// (0 <= r < d), the divisor d and whether the exact result is negative.
quint64 roundMagnitude(quint64 q, quint64 r, quint64 d, bool negative, Rounding mode)
{
    if (r == 0)
        return q;
    // Compare 2r with d without overflow: r >= d - r.
    const quint64 rest = d - r;
    bool up = false;
    switch (mode) {
    case Rounding::HalfUp:
        up = r >= rest;
        break;
    case Rounding::HalfEven:
        up = r > rest || (r == rest && (q & 1u) == 1u);
        break;
    case Rounding::Down:
        up = false;
        break;
    case Rounding::Up:
        up = true;
        break;
    case Rounding::Floor:
        up = negative;
        break;
    case Rounding::Ceiling:
        up = !negative;
        break;
    }
    return up ? q + 1 : q;
}

quint64 magnitude(qint64 v)
{
    return v < 0 ? quint64(0) - quint64(v) : quint64(v);
}

bool signedResult(quint64 mag, bool negative, qint64 *out)
{
    constexpr quint64 maxPos = quint64(std::numeric_limits<qint64>::max());
    if (negative) {
        if (mag > maxPos + 1)
            return false;
        *out = mag == maxPos + 1 ? std::numeric_limits<qint64>::min() : -qint64(mag);
        return true;
    }
    if (mag > maxPos)
        return false;
    *out = qint64(mag);
    return true;
}

// Full 64x64 -> 128 bit unsigned multiply, as (hi, lo).
void mul128(quint64 a, quint64 b, quint64 *hi, quint64 *lo)
{
    const quint64 aLo = a & 0xffffffffu, aHi = a >> 32;
    const quint64 bLo = b & 0xffffffffu, bHi = b >> 32;
    const quint64 p0 = aLo * bLo;
    const quint64 p1 = aLo * bHi;
    const quint64 p2 = aHi * bLo;
    const quint64 p3 = aHi * bHi;
    const quint64 mid = (p0 >> 32) + (p1 & 0xffffffffu) + (p2 & 0xffffffffu);
    *lo = (p0 & 0xffffffffu) | (mid << 32);
    *hi = p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
}

// (hi, lo) / d for a 128-bit dividend; returns false if the quotient needs more than 64 bits.
bool div128(quint64 hi, quint64 lo, quint64 d, quint64 *q, quint64 *r)
{
    if (hi >= d)
        return false;
    quint64 rem = hi;
    quint64 quot = 0;
    for (int i = 63; i >= 0; --i) {
        const bool carry = (rem >> 63) != 0;
        rem = (rem << 1) | ((lo >> i) & 1u);
        quot <<= 1;
        if (carry || rem >= d) {
            rem -= d;
            quot |= 1u;
        }
    }
    *q = quot;
    *r = rem;
    return true;
}

} // namespace

qint64 divRound(qint64 numerator, qint64 denominator, Rounding mode)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const quint64 n = magnitude(numerator);
    const quint64 d = quint64(denominator);
    const quint64 mag = roundMagnitude(n / d, n % d, d, negative, mode);
    qint64 out = 0;
    signedResult(mag, negative, &out); // |result| <= |numerator| (+1 only when d > 1): fits
    return out;
}

bool mulDivRound(qint64 a, qint64 b, qint64 denominator, Rounding mode, qint64 *result)
{
    Q_ASSERT(denominator > 0);
    const bool negative = (a < 0) != (b < 0) && a != 0 && b != 0;
    const quint64 ma = magnitude(a), mb = magnitude(b);
    const quint64 d = quint64(denominator);
    quint64 hi = 0, lo = 0;
    mul128(ma, mb, &hi, &lo);
    quint64 q = 0, r = 0;
    if (!div128(hi, lo, d, &q, &r))
        return false;
    const quint64 mag = roundMagnitude(q, r, d, negative, mode);
    if (mag < q) // wrapped
        return false;
    return signedResult(mag, negative, result);
}

bool mulDivRem(qint64 a, qint64 b, qint64 denominator, qint64 *quotient, qint64 *remainder)
{
    Q_ASSERT(denominator > 0);
    const bool negative = (a < 0) != (b < 0) && a != 0 && b != 0;
    quint64 hi = 0, lo = 0;
    mul128(magnitude(a), magnitude(b), &hi, &lo);
    quint64 q = 0, r = 0;
    if (!div128(hi, lo, quint64(denominator), &q, &r))
        return false;
    *remainder = qint64(r);
    return signedResult(q, negative, quotient);
}

} // namespace sd::exact
