#pragma once

#include <QString>

namespace sd {

// Text that data files carry in English and Chinese; text() picks the UI language.
struct LocalText
{
    QString en;
    QString zh;
    QString text() const;
};

} // namespace sd
