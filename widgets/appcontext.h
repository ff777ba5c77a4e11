#pragma once

#include "claims/claimstablemodel.h"
#include "disputes/casestablemodel.h"
#include "orders/orderfilter.h"

#include <QObject>
#include <QSqlDatabase>

namespace sd {
class Workspace;
}

namespace sd::ui {

// What every page shares: the open workspace and the store the user is looking
// at (0 = all stores). Pages listen to its signals to stay in step.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)
public:
    explicit AppContext(Workspace *workspace, bool demo, QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    QSqlDatabase db() const;
    bool isDemo() const { return m_demo; }

    qint64 currentStoreId() const { return m_storeId; }
    void setCurrentStoreId(qint64 storeId);

    // Call after changing stores so pickers and pages reload.
    void notifyStoresChanged() { Q_EMIT storesChanged(); }
    // Call after orders change (import, notes, review marks) so pages reload.
    void notifyOrdersChanged() { Q_EMIT ordersChanged(); }
    // Opens the Orders page showing the orders that match `filter`.
    void showOrders(const sd::OrderFilter &filter) { Q_EMIT ordersRequested(filter); }
    // Call after disputes, chargebacks or ledger entries change.
    void notifyCasesChanged() { Q_EMIT casesChanged(); }
    // Opens the Disputes & Chargebacks page with `filter`, selecting one case if given
    // ("dispute" or "chargeback" and its id).
    void showCases(const sd::CaseFilter &filter, const QString &type = {}, qint64 ref = 0)
    {
        Q_EMIT casesRequested(filter, type, ref);
    }
    // Call after tier indicators, published tiers or the tier model change.
    void notifyTierChanged() { Q_EMIT tierChanged(); }
    // Opens the Merchant Tier page on a store.
    void showTier(qint64 storeId) { Q_EMIT tierRequested(storeId); }
    // Opens the Ledger page on its appeal queue.
    void showAppealQueue() { Q_EMIT appealQueueRequested(); }
    // Call after claims, their photos or replies change.
    void notifyClaimsChanged() { Q_EMIT claimsChanged(); }
    // Call after the reply template library changes.
    void notifyTemplatesChanged() { Q_EMIT templatesChanged(); }
    // Opens the Claims page with `filter`, selecting one claim if given.
    void showClaims(const sd::ClaimFilter &filter, qint64 claimId = 0) { Q_EMIT claimsRequested(filter, claimId); }

Q_SIGNALS:
    void currentStoreChanged(qint64 storeId);
    void storesChanged();
    void ordersChanged();
    void ordersRequested(const sd::OrderFilter &filter);
    void casesChanged();
    void casesRequested(const sd::CaseFilter &filter, const QString &type, qint64 ref);
    void appealQueueRequested();
    void tierChanged();
    void tierRequested(qint64 storeId);
    void claimsChanged();
    void templatesChanged();
    void claimsRequested(const sd::ClaimFilter &filter, qint64 claimId);

private:
    Workspace *m_workspace;
    bool m_demo;
    qint64 m_storeId = 0;
};

} // namespace sd::ui
