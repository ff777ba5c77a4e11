#pragma once

#include <QString>

namespace sd {

// Who is working: the name timelines, the audit log, imports and replies record as the
// actor. Staff give it once (the window asks on first start, File › Your Name… changes
// it); it is kept per system user (QSettings "staff/name"), not in the workspace, because
// several people may work on one workspace. Until it is given, the system user name.
class StaffName final
{
public:
    // The system user's login name (USER, USERNAME or LOGNAME); "unknown" when none is set.
    static QString systemUser();
    // The name staff gave, trimmed; empty when none was given yet.
    static QString saved();
    static void save(const QString &name);
    // saved(), else systemUser().
    static QString current();
};

} // namespace sd
