#include "privatefiles.h"

#include "workspacepaths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sd::privatefiles {

namespace {

#ifdef Q_OS_UNIX
constexpr QFileDevice::Permissions OthersAndGroup
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
#endif

} // namespace

bool makeDir(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    for (QString p = absolute; !QFileInfo::exists(p); p = QFileInfo(p).absolutePath()) {
        missing.prepend(p);
        if (QFileInfo(p).absolutePath() == p)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, DirMode) && !QFileInfo(folder).isDir())
            return false;
#ifdef Q_OS_UNIX
        // mkdir's mode passes through the umask; set it exactly.
        QFile::setPermissions(folder, DirMode);
#endif
    }
    return QFileInfo(absolute).isDir();
}

bool restrict(QFileDevice &file)
{
#ifdef Q_OS_UNIX
    return file.setPermissions(FileMode);
#else
    Q_UNUSED(file)
    return true;
#endif
}

bool tighten(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink() || !(info.permissions() & OthersAndGroup))
        return false;
    return QFile::setPermissions(path, info.isDir() ? DirMode : FileMode);
#else
    Q_UNUSED(path)
    return false;
#endif
}

Repair repairWorkspace(const QString &workspacePath, const QString &backupDir)
{
    Repair r;
    auto file = [&r](const QString &p) {
        r.files += tighten(p) ? 1 : 0;
    };
    auto folder = [&r](const QString &p) {
        r.folders += tighten(p) ? 1 : 0;
    };

    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        file(workspacePath + suffix);
    // A damaged workspace a restore set aside: <base>.damaged-<stamp>, with its -wal.
    const QFileInfo ws(workspacePath);
    const QString base = QRegularExpression::escape(ws.completeBaseName());
    const QRegularExpression aside(u"^%1\\.damaged-.+$"_s.arg(base));
    const QStringList siblings = ws.dir().entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : siblings)
        if (aside.match(f).hasMatch())
            file(ws.dir().filePath(f));

    static const QRegularExpression shard(u"^[0-9a-f]{2}$"_s);
    static const QRegularExpression stored(u"^[0-9a-f]{64}(\\.[a-z0-9]+)?$"_s);
    const QString evidence = paths::evidenceFolder(workspacePath);
    if (QFileInfo(evidence).isDir()) {
        folder(evidence);
        const QDir root(evidence);
        const QStringList shards = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &s : shards) {
            if (!shard.match(s).hasMatch())
                continue;
            folder(root.filePath(s));
            const QDir dir(root.filePath(s));
            const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
            for (const QString &f : files)
                if (stored.match(f).hasMatch() && f.startsWith(s))
                    file(dir.filePath(f));
        }
    }

    if (QFileInfo(backupDir).isDir()) {
        folder(backupDir);
        // <base>.daily|manual|before-restore|v<N>.….sqlite, and the temporary files a backup
        // is written to first.
        const QRegularExpression backup(u"^(%1\\.(daily|manual|before-restore|v\\d+)\\..+\\.sqlite"
                                        "|\\.sellerdesk-[a-z]+-.+)$"_s.arg(base));
        const QDir dir(backupDir);
        const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
        for (const QString &f : files)
            if (backup.match(f).hasMatch())
                file(dir.filePath(f));
    }
    return r;
}

} // namespace sd::privatefiles
