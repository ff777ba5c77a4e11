#include "localtext.h"

#include <QLocale>

namespace sd {

QString LocalText::text() const
{
    if (!zh.isEmpty() && QLocale().language() == QLocale::Chinese)
        return zh;
    return en.isEmpty() ? zh : en;
}

} // namespace sd
