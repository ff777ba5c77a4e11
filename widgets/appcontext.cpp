#include "appcontext.h"

#include "files/attachmentstore.h"
#include "store/workspace.h"

#include <QImageReader>

namespace sd::ui {

AppContext::AppContext(Workspace *workspace, bool demo, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_demo(demo)
{
    // Every photo the workspace accepts can be opened: Qt's default allocation limit
    // (128 MiB in Qt 6.4) stops at about 33 megapixels, a phone photo is 12 to 50.
    const qint64 photoMiB = AttachmentStore::MaxImagePixels * 4 / (1024 * 1024) + 1;
    if (QImageReader::allocationLimit() < photoMiB)
        QImageReader::setAllocationLimit(int(photoMiB));
}

QSqlDatabase AppContext::db() const
{
    return m_workspace->connection();
}

void AppContext::setCurrentStoreId(qint64 storeId)
{
    if (storeId == m_storeId)
        return;
    m_storeId = storeId;
    Q_EMIT currentStoreChanged(storeId);
}

} // namespace sd::ui
