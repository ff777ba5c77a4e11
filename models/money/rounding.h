#pragma once

#include <QtGlobal>

namespace sd {

// How a division that does not come out even is rounded. Every Money
// operation that can produce a fraction of a minor unit names one.
enum class Rounding {
    HalfUp, // commercial rounding: .5 goes away from zero (2.345 -> 2.35, -2.345 -> -2.35)
    HalfEven, // banker's rounding: .5 goes to the even neighbour (2.345 -> 2.34)
    Down, // toward zero (truncate)
    Up, // away from zero
    Floor, // toward negative infinity
    Ceiling, // toward positive infinity
};

namespace exact {

// round(numerator / denominator) under mode; denominator must be > 0.
qint64 divRound(qint64 numerator, qint64 denominator, Rounding mode);

// round(a * b / denominator) under mode, computed without overflow in the
// intermediate product. Returns false if the result does not fit in qint64.
bool mulDivRound(qint64 a, qint64 b, qint64 denominator, Rounding mode, qint64 *result);

// Truncated a * b / denominator and the magnitude of its remainder (0 <= rem < denominator).
bool mulDivRem(qint64 a, qint64 b, qint64 denominator, qint64 *quotient, qint64 *remainder);

} // namespace exact
} // namespace sd
