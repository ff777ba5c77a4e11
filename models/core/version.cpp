#include "version.h"

namespace sd {

QString appVersion()
{
    // SELLERDESK_VERSION is defined for this file alone, from the CMake project version.
    return QStringLiteral(SELLERDESK_VERSION);
}

} // namespace sd
