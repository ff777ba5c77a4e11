#pragma once

#include <QString>

namespace sd {

// SellerDesk's version, as set once in the top-level CMakeLists.txt (project VERSION).
QString appVersion();

} // namespace sd
