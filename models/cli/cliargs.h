#pragma once

#include <QStringList>

namespace sd::cli {

// Pulls "--name VALUE" (or "--name=VALUE") out of args; returns false if the option
// has no value.
inline bool takeOption(QStringList &args, const QString &name, QString *value, bool *present)
{
    *present = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size())
                return false;
            *value = args[i + 1];
            *present = true;
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + u'=')) {
            *value = args[i].mid(name.size() + 1);
            *present = true;
            args.remove(i);
            return true;
        }
    }
    return true;
}

inline bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace sd::cli
