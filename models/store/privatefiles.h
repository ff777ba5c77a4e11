#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace sd::privatefiles {

// What SellerDesk itself writes that holds workspace data (the workspace, its evidence and
// attachments, backups, the rejected-rows file of an import) is readable by the user alone:
// folders 0700 and files 0600 on POSIX, whatever the umask. On Windows the user's profile
// (where the workspace lives) is what keeps other accounts out: nothing is changed there.
// Files the user exports keep the user's umask (docs/reliability.md lists both).

inline constexpr QFileDevice::Permissions FileMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
          | QFileDevice::WriteUser;
inline constexpr QFileDevice::Permissions DirMode
        = FileMode | QFileDevice::ExeOwner | QFileDevice::ExeUser;

// Creates `path` and any missing parent, each folder it creates 0700; folders that were
// already there are left as they are. False when it cannot be made.
bool makeDir(const QString &path);

// Makes an open file (a QFile, QSaveFile's temporary file, a QTemporaryFile) 0600 before
// anything is written to it.
bool restrict(QFileDevice &file);

// Tightens an existing file to 0600 (a folder to 0700) when others or the group may read
// it: true when its mode was changed.
bool tighten(const QString &path);

struct Repair
{
    int folders = 0;
    int files = 0;
    bool changed() const { return folders + files > 0; }
};

// The files and folders SellerDesk made beside a workspace, as an older version left them
// (folders 0755, files 0644): the workspace with its -wal and -shm, the evidence folder
// with its two-letter folders and the files named by their SHA-256, the backup folder and
// the backups named as BackupCatalog names them. Everything else (a file the user put
// there) is left alone.
Repair repairWorkspace(const QString &workspacePath, const QString &backupDir);

} // namespace sd::privatefiles
