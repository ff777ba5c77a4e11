#include "todaypage.h"

#include "appcontext.h"
#include "claims/claimrepository.h"
#include "claims/claimterms.h"
#include "claims/damagerate.h"
#include "disputes/caseagenda.h"
#include "disputes/casestablemodel.h"
#include "money/money.h"
#include "money/rate.h"
#include "orders/handover.h"
#include "orders/orderterms.h"
#include "orders/todayreport.h"
#include "pageheader.h"
#include "stores/storerepository.h"
#include "tier/tierreport.h"
#include "time/utctime.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

// Day-of-month labels: unique within the 30 days, short enough to fit.
QStringList dayLabels(const QList<QDate> &days)
{
    QStringList labels;
    for (const QDate &d : days)
        labels.append(QString::number(d.day()));
    return labels;
}

void fillChart(QChart *chart, QAbstractBarSeries *series, const QList<QDate> &days, int max,
               const QString &title)
{
    chart->removeAllSeries();
    // removeAxis() hands the axis back without deleting it.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(dayLabels(days));
    x->setGridLineVisible(false);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto *y = new QValueAxis(chart);
    y->setRange(0, qMax(4, max + max / 8 + 1));
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    series->setBarWidth(0.8);
}

} // namespace

TodayPage::TodayPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_asOf(new QLabel(this))
    , m_tier(new QLabel(this))
    , m_cards(new QGridLayout)
    , m_caseCards(new QGridLayout)
    , m_cardsHost(new QWidget(this))
    , m_ordersChart(makeChartView(this))
    , m_overdueChart(makeChartView(this))
    , m_clock(new QTimer(this))
{
    m_cardsHost->setLayout(m_cards);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(10);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_ordersChart, 3);
    charts->addWidget(m_overdueChart, 2);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_asOf);
    contentLayout->addWidget(m_tier);
    contentLayout->addWidget(m_cardsHost);
    m_caseCards->setContentsMargins(0, 0, 0, 0);
    m_caseCards->setSpacing(10);
    contentLayout->addLayout(m_caseCards);
    contentLayout->addLayout(charts, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
            tr("Today"),
            tr("The daily review: handovers to make, orders held by the platform, orders nobody "
               "has looked at yet, buyers owed a reply and products refunded or damaged too often. "
               "Click an item to open it."),
            this));
    layout->addWidget(scroll, 1);

    connect(m_context, &AppContext::currentStoreChanged, this, &TodayPage::reload);
    connect(m_context, &AppContext::ordersChanged, this, &TodayPage::reload);
    connect(m_context, &AppContext::casesChanged, this, &TodayPage::reload);
    connect(m_context, &AppContext::tierChanged, this, &TodayPage::reload);
    connect(m_context, &AppContext::claimsChanged, this, &TodayPage::reload);
    m_tier->setTextFormat(Qt::RichText);
    m_tier->setWordWrap(true);
    connect(m_tier, &QLabel::linkActivated, this, [this](const QString &link) {
        m_context->showTier(link.mid(5).toLongLong());
    });
    connect(m_context, &AppContext::storesChanged, this, &TodayPage::reload);
    m_clock->setInterval(5 * 60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &TodayPage::reload);
    m_clock->start();
    reload();
}

TodayPage::~TodayPage() = default;

QWidget *TodayPage::sectionCard(const QString &title, const QString &hint, qint64 count,
                                const QString &body, const QString &openLink, bool alarm, QWidget *host)
{
    auto *card = new QFrame(host ? host : m_cardsHost);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(card);
    auto *head = new QHBoxLayout;
    auto *number = new QLabel(QLocale().toString(count), card);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    number->setFont(big);
    if (alarm && count > 0)
        number->setStyleSheet(u"color: #c62828;"_s);
    auto *titleLabel = new QLabel(u"<b>%1</b><br><span>%2</span>"_s.arg(title.toHtmlEscaped(),
                                                                         hint.toHtmlEscaped()),
                                  card);
    titleLabel->setWordWrap(true);
    head->addWidget(number);
    head->addSpacing(8);
    head->addWidget(titleLabel, 1);
    layout->addLayout(head);
    auto *list = new QLabel(body, card);
    list->setTextFormat(Qt::RichText);
    list->setWordWrap(true);
    list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    connect(list, &QLabel::linkActivated, this, &TodayPage::openLink);
    layout->addWidget(list, 1);
    if (!openLink.isEmpty() && count > 0) {
        auto *open = new QLabel(u"<a href=\"%1\">%2</a>"_s.arg(openLink, tr("Open the list →")), card);
        connect(open, &QLabel::linkActivated, this, &TodayPage::openLink);
        layout->addWidget(open, 0, Qt::AlignRight);
    }
    return card;
}

void TodayPage::reload()
{
    const qint64 now = utc::toStore(QDateTime::currentDateTimeUtc());
    m_summary = std::make_unique<TodaySummary>(
            TodayReport(m_context->db()).compute(m_context->currentStoreId(), now));
    const TodaySummary &t = *m_summary;
    m_asOf->setText(tr("As of %1").arg(utc::displayLocal(now)));

    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // One line per order: its id, how long until (or since) the deadline or the event,
    // and the store when all stores are shown.
    const bool allStores = m_context->currentStoreId() == 0;
    const QDateTime nowTime = utc::fromStore(now);
    enum class When { Deadline, Since };
    auto list = [&](const TodaySummary::Section &s, When kind, const QString &sinceText) {
        if (s.count == 0)
            return tr("Nothing here today.");
        QStringList lines;
        for (const auto &b : s.first) {
            const QString when = kind == When::Deadline
                    ? Handover::countdown(utc::fromStore(b.atUtc), nowTime)
                    : sinceText.arg(Handover::span(qMax<qint64>(0, now - b.atUtc)));
            QString line = u"<a href=\"order:%1\">%2</a> · %3"_s.arg(QString::number(b.ref),
                                                                     b.orderId, when);
            if (allStores)
                line += u" · "_s + b.storeName.toHtmlEscaped();
            lines.append(line);
        }
        return lines.join(u"<br>"_s);
    };
    int slot = 0;
    auto add = [&](QWidget *card) {
        m_cards->addWidget(card, slot / 4, slot % 4);
        ++slot;
    };
    add(sectionCard(tr("JIT and POP handovers overdue"),
                    tr("Past the handover deadline and not shipped: late penalties apply."),
                    t.overdue.count, list(t.overdue, When::Deadline, {}), u"section:overdue"_s, true));
    add(sectionCard(tr("Handovers due today"),
                    tr("Hand these to the Cainiao pickup or the warehouse before the deadline."),
                    t.dueToday.count, list(t.dueToday, When::Deadline, {}), u"section:due_today"_s, false));
    add(sectionCard(tr("In risk control"),
                    tr("RISK_CONTROL: the platform holds the order for 24 hours after payment. "
                       "Do not ship yet."),
                    t.riskControl.count, list(t.riskControl, When::Since, tr("paid %1 ago")), u"section:risk"_s, false));
    add(sectionCard(tr("Frozen"),
                    tr("IN_FROZEN: the order's money is frozen; check the dispute or chargeback."),
                    t.frozen.count, list(t.frozen, When::Since, tr("paid %1 ago")), u"section:frozen"_s, true));
    add(sectionCard(tr("Not reviewed yet"),
                    tr("New orders nobody has marked reviewed (Ctrl+R on the Orders page)."),
                    t.notReviewed.count, list(t.notReviewed, When::Since, tr("ordered %1 ago")), u"section:not_reviewed"_s,
                    false));
    QStringList products;
    const auto shownProducts = t.refundProducts.mid(0, TodayReport::ListLength);
    for (qsizetype i = 0; i < shownProducts.size(); ++i) {
        const auto &p = shownProducts.at(i);
        // One decimal is enough to compare products; the ratio is exact in the report.
        const QString rate = QLocale().toString(double(p.ratePpm) / 10000.0, 'f', 1);
        // The link names the product by its place in the list: seller-center products have
        // no product ID, only a SKU code or a name, which may hold any character.
        QString line = tr("<a href=\"product:%1:%2\">%3</a> · %4 % (%5 of %6)")
                               .arg(QString::number(p.storeId), QString::number(i),
                                    p.productName.toHtmlEscaped(), rate)
                               .arg(p.refunded)
                               .arg(p.shipped);
        if (allStores)
            line += u" · "_s + p.storeName.toHtmlEscaped();
        products.append(line);
    }
    add(sectionCard(tr("Products refunded too often"),
                    tr("Refunded line items over shipped ones in the last %n day(s), above %1 % "
                       "with at least %2 shipped (the refund-rate rules).",
                       nullptr, t.refundWindowDays)
                            .arg(Rate::fromMillionths(t.refundThresholdPpm).toPercentText())
                            .arg(t.refundMinSample),
                    t.refundProducts.size(),
                    products.isEmpty() ? tr("No product is over the threshold.")
                                       : products.join(u"<br>"_s),
                    QString(), true));

    // Damage claims: buyers owed a reply, and products arriving damaged too often.
    const ClaimRepository claims(m_context->db());
    const qint64 owed = claims.countAwaitingReply(m_context->currentStoreId());
    QStringList owedLines;
    for (const Claim &c : claims.awaitingReply(m_context->currentStoreId(), TodayReport::ListLength)) {
        QString line = u"<a href=\"claim:%1\">%2</a> · %3 · %4"_s.arg(
                QString::number(c.id), c.buyerName.toHtmlEscaped(), ClaimTerms::stateLabel(c.state).toHtmlEscaped(),
                tr("changed %1 ago").arg(Handover::span(qMax<qint64>(0, now - c.stateChangedUtc))).toHtmlEscaped());
        owedLines.append(line);
    }
    add(sectionCard(tr("Claims waiting for a reply"),
                    tr("The claim changed since the buyer last heard from you: draft the reply from a template."),
                    owed, owedLines.isEmpty() ? tr("Every buyer has had an answer.") : owedLines.join(u"<br>"_s),
                    u"claims:reply"_s, false));
    QString damageError;
    const auto damage = DamageRateReport(m_context->db()).compute(m_context->currentStoreId(), now, &damageError);
    QStringList damaged;
    qint64 damagedCount = 0;
    QString damageHint = damageError;
    if (damage) {
        const auto flagged = damage->flagged();
        damagedCount = flagged.size();
        for (const ProductDamage &p : flagged.mid(0, TodayReport::ListLength)) {
            const QString rate = QLocale().toString(double(p.ratePpm.value_or(0)) / 10000.0, 'f', 1);
            QString line = tr("<a href=\"damage:%1\">%2</a> · %3 % (%4 of %5 units)")
                                   .arg(p.productName.toHtmlEscaped(), p.productName.toHtmlEscaped(), rate)
                                   .arg(p.damagedUnits)
                                   .arg(p.shippedUnits);
            if (allStores)
                line += u" · "_s + p.storeName.toHtmlEscaped();
            damaged.append(line);
        }
        damageHint = tr("Damaged units over units shipped in the last %n day(s), above %1 % with at least %2 "
                        "shipped (the damage-rate rules). Improve their packaging.",
                        nullptr, damage->windowDays)
                             .arg(Rate::fromMillionths(damage->thresholdPpm).toPercentText())
                             .arg(damage->minSample);
    }
    add(sectionCard(tr("Products damaged too often"), damageHint, damagedCount,
                    damaged.isEmpty() ? tr("No product is over the threshold.") : damaged.join(u"<br>"_s),
                    QString(), true));
    for (int c = 0; c < 4; ++c)
        m_cards->setColumnStretch(c, 1);
    reloadCases(now);
    reloadTier(now);

    // Charts.
    auto *stacked = new QStackedBarSeries;
    int maxDay = 0;
    QList<int> totals(t.days.size(), 0);
    for (const QString &model : OrderTerms::modelCodes()) {
        auto *set = new QBarSet(OrderTerms::modelLabel(model));
        const QList<int> counts = t.ordersPerDay.value(model);
        for (int i = 0; i < counts.size(); ++i) {
            *set << counts.at(i);
            totals[i] += counts.at(i);
        }
        stacked->append(set);
    }
    for (int v : std::as_const(totals))
        maxDay = qMax(maxDay, v);
    fillChart(m_ordersChart->chart(), stacked, t.days, maxDay,
              tr("Orders per day over the last 30 days, by fulfillment model"));
    auto *overdue = new QBarSeries;
    auto *overdueSet = new QBarSet(tr("Missed handovers"));
    overdueSet->setColor(QColor(0xc6, 0x28, 0x28));
    int maxOverdue = 0;
    for (int v : t.overduePerDay) {
        *overdueSet << v;
        maxOverdue = qMax(maxOverdue, v);
    }
    overdue->append(overdueSet);
    fillChart(m_overdueChart->chart(), overdue, t.days, maxOverdue,
              tr("Handovers missed, by the day they were due"));
}

void TodayPage::reloadTier(qint64 now)
{
    // Each store's projected tier this month and the smallest step to the next one.
    QStringList lines;
    const TierReport report(m_context->db());
    for (const Store &s : StoreRepository(m_context->db()).all(false)) {
        if (m_context->currentStoreId() != 0 && s.id != m_context->currentStoreId())
            continue;
        const QDate today = utc::fromStore(now).toTimeZone(StoreRepository(m_context->db()).zoneOf(s.id)).date();
        const auto t = report.month(s.id, QDate(today.year(), today.month(), 1), now);
        if (!t)
            continue;
        const TierAssessment &a = t->assessment;
        QString line = u"<a href=\"tier:%1\">%2</a>: "_s.arg(s.id).arg(s.name.toHtmlEscaped());
        if (!a.scored) {
            line += tr("no tier indicators yet");
        } else {
            line += tr("<b>%1</b> (score %2)").arg(tiers::code(a.tier), TierAssessment::formatScore(a.score));
            if (const auto best = a.bestChange()) {
                const TierModel::Indicator *def = t->model.model.indicator(best->key);
                line += u" — "_s
                        + tr("to %1: %2 %3")
                                  .arg(tiers::code(*a.nextTier), (def ? def->name.text() : best->key).toHtmlEscaped(),
                                       TierReport::formatGap(t->model.model, best->key, best->gap, t->currency));
            } else if (a.nextTier) {
                line += u" — "_s + tr("no single indicator reaches %1 alone").arg(tiers::code(*a.nextTier));
            }
        }
        lines << line;
    }
    m_tier->setText(lines.isEmpty() ? QString()
                                    : u"<b>%1</b> "_s.arg(tr("Merchant tier this month (projected):").toHtmlEscaped())
                                            + lines.join(u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s));
    m_tier->setVisible(!lines.isEmpty());
}

void TodayPage::reloadCases(qint64 now)
{
    while (QLayoutItem *item = m_caseCards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_agenda = std::make_unique<CaseAgenda>(CaseAgenda::compute(
            m_context->db(), m_context->currentStoreId(), now, QTimeZone::systemTimeZone(),
            TodayReport::ListLength));
    const CaseAgenda &a = *m_agenda;
    const bool allStores = m_context->currentStoreId() == 0;
    const QDateTime nowTime = utc::fromStore(now);
    auto list = [&](const CaseAgenda::List &l, const QString &scheme, bool deadline) {
        if (l.count == 0)
            return tr("Nothing here today.");
        QStringList lines;
        for (const CaseAgenda::Item &i : l.items) {
            const QString when = deadline ? Handover::countdown(utc::fromStore(i.atUtc), nowTime)
                                          : QLocale().toString(utc::fromStore(i.atUtc).toLocalTime().date(),
                                                               QLocale::ShortFormat);
            QString line = u"<a href=\"%1:%2\">%3</a> · %4 · %5"_s.arg(
                    scheme, QString::number(i.ref), i.caseId.toHtmlEscaped(), i.amount.format().toHtmlEscaped(), when);
            if (allStores)
                line += u" · "_s + i.storeName.toHtmlEscaped();
            lines.append(line);
        }
        return lines.join(u"<br>"_s);
    };
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(tr("Disputes, chargebacks and the Alipay account").toHtmlEscaped()));
    m_caseCards->addWidget(title, 0, 0, 1, 4);
    int column = 0;
    auto add = [&](QWidget *card) { m_caseCards->addWidget(card, 1, column++); };
    add(sectionCard(tr("Dispute responses overdue"),
                    tr("The response window has passed: the buyer's proposal is carried out unless you act."),
                    a.disputesOverdue.count, list(a.disputesOverdue, u"dispute"_s, true), u"cases:overdue"_s,
                    true, this));
    add(sectionCard(tr("Dispute responses due today"),
                    tr("Accept or counter-propose before the response window ends."),
                    a.disputesDueToday.count, list(a.disputesDueToday, u"dispute"_s, true), u"cases:today"_s,
                    false, this));
    add(sectionCard(tr("Chargeback defences due within %n day(s)", nullptr, CaseAgenda::DefenceDays),
                    tr("Attach proof of delivery and submit before the countdown ends."),
                    a.chargebacksDefence.count, list(a.chargebacksDefence, u"chargeback"_s, true),
                    u"cases:chargebacks"_s, true, this));
    add(sectionCard(tr("Unfair deductions not appealed"),
                    tr("Marked unfair on the Alipay ledger, with no appeal filed yet."),
                    a.unfairNotAppealed.count, list(a.unfairNotAppealed, u"ledger"_s, false),
                    u"ledger:queue"_s, false, this));
    for (int c = 0; c < 4; ++c)
        m_caseCards->setColumnStretch(c, 1);
}

void TodayPage::openLink(const QString &link)
{
    if (link.startsWith(u"cases:"_s) || link.startsWith(u"dispute:"_s) || link.startsWith(u"chargeback:"_s)) {
        CaseFilter f;
        f.storeId = m_context->currentStoreId();
        if (link == u"cases:overdue"_s) {
            f.type = CaseFilter::Type::Disputes;
            f.due = CaseFilter::Due::Overdue;
        } else if (link == u"cases:today"_s) {
            f.type = CaseFilter::Type::Disputes;
            f.due = CaseFilter::Due::Today;
        } else if (link == u"cases:chargebacks"_s) {
            f.type = CaseFilter::Type::Chargebacks;
        }
        const int colon = int(link.indexOf(u':'));
        const QString scheme = link.left(colon);
        const bool one = scheme == u"dispute"_s || scheme == u"chargeback"_s;
        m_context->showCases(f, one ? scheme : QString(), one ? link.mid(colon + 1).toLongLong() : 0);
        return;
    }
    if (link.startsWith(u"claim"_s) || link.startsWith(u"damage:"_s)) {
        ClaimFilter f;
        f.storeId = m_context->currentStoreId();
        if (link == u"claims:reply"_s)
            f.view = ClaimFilter::View::AwaitingReply;
        if (link.startsWith(u"damage:"_s)) {
            f.view = ClaimFilter::View::All;
            f.text = link.mid(7);
        }
        m_context->showClaims(f, link.startsWith(u"claim:"_s) ? link.mid(6).toLongLong() : 0);
        return;
    }
    if (link.startsWith(u"ledger"_s)) {
        m_context->showAppealQueue();
        return;
    }
    if (!m_summary)
        return;
    const TodaySummary &t = *m_summary;
    OrderFilter f;
    f.storeId = m_context->currentStoreId();
    if (link == u"section:overdue"_s)
        f = t.overdue.filter;
    else if (link == u"section:due_today"_s)
        f = t.dueToday.filter;
    else if (link == u"section:risk"_s)
        f = t.riskControl.filter;
    else if (link == u"section:frozen"_s)
        f = t.frozen.filter;
    else if (link == u"section:not_reviewed"_s)
        f = t.notReviewed.filter;
    else if (link.startsWith(u"order:"_s)) {
        const qint64 ref = link.mid(6).toLongLong();
        for (const auto *s : {&t.overdue, &t.dueToday, &t.riskControl, &t.frozen, &t.notReviewed}) {
            for (const auto &b : s->first) {
                if (b.ref == ref)
                    f.search = b.orderId;
            }
        }
    } else if (link.startsWith(u"product:"_s)) {
        const QStringList parts = link.split(u':');
        const qsizetype i = parts.size() == 3 ? parts.at(2).toLongLong() : -1;
        if (i >= 0 && i < t.refundProducts.size()) {
            const auto &p = t.refundProducts.at(i);
            f.storeId = parts.at(1).toLongLong();
            f.search = !p.productId.isEmpty() ? p.productId
                    : !p.skuCode.isEmpty()    ? p.skuCode
                                              : p.productName;
        }
    }
    m_context->showOrders(f);
}

} // namespace sd::ui
