#include "appcontext.h"

#include "store/workspace.h"

namespace sd::ui {

AppContext::AppContext(Workspace *workspace, bool demo, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_demo(demo)
{
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
