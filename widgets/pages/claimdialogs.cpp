#include "claimdialogs.h"

#include "appcontext.h"
#include "casewidgets.h"
#include "claims/claimterms.h"
#include "core/countries.h"
#include "orders/orderrepository.h"
#include "replies/replydrafter.h"
#include "replies/templaterepository.h"
#include "stores/storerepository.h"
#include "time/utctime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(u"color: #c62828;"_s);
    return l;
}

void fillCodes(QComboBox *combo, const QStringList &codes, QString (*label)(const QString &))
{
    for (const QString &code : codes)
        combo->addItem(label(code), code);
}

// The day before the earliest expiry anyone enters: shown blank, read as "not set".
const QDate s_noDate(2000, 1, 1);

std::optional<QDate> dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? std::nullopt : std::optional(edit->date());
}

} // namespace

QDateEdit *makeCouponExpiryEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(s_noDate);
    edit->setSpecialValueText(QCoreApplication::translate("sd::ui::ResolveDialog", "not set"));
    edit->setDate(s_noDate);
    edit->setToolTip(QCoreApplication::translate("sd::ui::ResolveDialog",
                                                 "The last day the buyer can use the coupon, as the seller center set it"));
    return edit;
}

ClaimDialog::ClaimDialog(AppContext *context, const std::optional<Claim> &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(existing)
    , m_store(new QComboBox(this))
    , m_order(new QLineEdit(this))
    , m_item(new QComboBox(this))
    , m_orderInfo(new QLabel(this))
    , m_buyer(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_opened(new QDateTimeEdit(this))
    , m_damaged(new QLineEdit(this))
    , m_quantity(new QSpinBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_cause(new QComboBox(this))
    , m_carton(new QComboBox(this))
    , m_filler(new QComboBox(this))
    , m_fragile(new QComboBox(this))
    , m_packagingNote(new QLineEdit(this))
    , m_dispute(new QLineEdit(this))
    , m_problem(problemLabel(this))
{
    setWindowTitle(existing ? tr("Claim details") : tr("New damage claim"));
    for (const Store &s : StoreRepository(context->db()).all(false))
        m_store->addItem(s.name, s.id);
    m_store->setCurrentIndex(std::max(0, m_store->findData(existing ? existing->storeId : context->currentStoreId())));
    m_order->setPlaceholderText(tr("Order number from the seller center"));
    auto *find = new QPushButton(tr("&Look up"), this);
    find->setToolTip(tr("Fill the buyer, country and line items from the order, if it is imported"));
    m_orderInfo->setWordWrap(true);
    m_country->setPlaceholderText(tr("Two letters, e.g. BR"));
    m_country->setMaxLength(2);
    m_language->addItem(tr("From the country"), QString());
    // The languages the templates are written in; a claim names the language ("es"), the
    // buyer's country picks the regional variant ("es_419") when the reply is drafted.
    QStringList languages;
    for (const ReplyTemplate &t : TemplateRepository(context->db()).list()) {
        for (const QString &code : t.texts.keys()) {
            const QString base = code.section(u'_', 0, 0);
            if (!languages.contains(base))
                languages.append(base);
        }
    }
    languages.sort();
    for (const QString &code : std::as_const(languages)) {
        m_language->addItem(languageLabel(code), code);
    }
    m_language->setEditable(false);
    m_opened->setCalendarPopup(true);
    m_opened->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_opened->setDateTime(QDateTime::currentDateTime());
    m_damaged->setPlaceholderText(tr("What arrived damaged, e.g. the vase's neck is cracked"));
    m_quantity->setRange(1, 9999);
    m_description->setPlaceholderText(tr("The buyer's own words"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    fillCodes(m_cause, ClaimTerms::causes(), &ClaimTerms::causeLabel);
    m_cause->setCurrentIndex(m_cause->findData(u"logistics_damage"_s));
    fillCodes(m_carton, ClaimTerms::cartonFits(), &ClaimTerms::cartonFitLabel);
    fillCodes(m_filler, ClaimTerms::fillers(), &ClaimTerms::fillerLabel);
    m_fragile->addItem(tr("Not recorded"), -1);
    m_fragile->addItem(tr("Yes"), 1);
    m_fragile->addItem(tr("No"), 0);
    m_packagingNote->setPlaceholderText(tr("What to change, e.g. a smaller carton with air bags"));
    m_dispute->setPlaceholderText(tr("The dispute's issue id, if the buyer opened one"));

    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order, 1);
    orderRow->addWidget(find);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Store:"), m_store);
    auto *orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(m_order);
    form->addRow(orderLabel, orderRow);
    form->addRow(QString(), m_orderInfo);
    form->setRowVisible(m_orderInfo, false);
    m_form = form;
    form->addRow(tr("Line &item:"), m_item);
    form->addRow(tr("&Buyer:"), m_buyer);
    form->addRow(tr("Cou&ntry:"), m_country);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("O&pened:"), m_opened);
    form->addRow(tr("&Damaged:"), m_damaged);
    form->addRow(tr("&Units affected:"), m_quantity);
    form->addRow(tr("Buyer's &words:"), m_description);
    form->addRow(tr("&Cause:"), m_cause);
    form->addRow(new QLabel(u"<b>%1</b>"_s.arg(tr("Packaging used").toHtmlEscaped()), this));
    form->addRow(tr("Carton:"), m_carton);
    form->addRow(tr("Filler:"), m_filler);
    form->addRow(tr("Fragile label:"), m_fragile);
    form->addRow(tr("Follow-up:"), m_packagingNote);
    form->addRow(tr("Dispute:"), m_dispute);
    // Settlement facts that often come after the resolution; the reply to the buyer needs them.
    if (existing && existing->resolution == u"reship"_s) {
        m_tracking = new QLineEdit(existing->reshipTracking, this);
        m_tracking->setPlaceholderText(tr("The replacement's tracking number, when known"));
        form->addRow(new QLabel(u"<b>%1</b>"_s.arg(tr("Settlement").toHtmlEscaped()), this));
        form->addRow(tr("&Tracking:"), m_tracking);
    }
    if (existing && existing->couponMinor) {
        m_couponExpiry = makeCouponExpiryEdit(this);
        if (existing->couponExpiry.isValid())
            m_couponExpiry->setDate(existing->couponExpiry);
        m_couponMinSpend = new QLineEdit(this);
        m_couponMinSpend->setPlaceholderText(existing->currency.code());
        if (const auto m = existing->couponMinSpend())
            m_couponMinSpend->setText(m->toDecimalString());
        form->addRow(new QLabel(u"<b>%1</b>"_s.arg(tr("Coupon %1").arg(existing->couponCode).toHtmlEscaped()), this));
        form->addRow(tr("Valid &until:"), m_couponExpiry);
        form->addRow(tr("Minimum &spend (%1):").arg(existing->currency.code()), m_couponMinSpend);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!existing) {
        m_photos = new QListWidget(this);
        m_photos->setFixedHeight(70);
        auto *add = new QPushButton(tr("Add p&hotos…"), this);
        auto *remove = new QPushButton(tr("Remove"), this);
        auto *photoButtons = new QHBoxLayout;
        photoButtons->addWidget(new QLabel(tr("The buyer's photos:"), this));
        photoButtons->addStretch();
        photoButtons->addWidget(add);
        photoButtons->addWidget(remove);
        layout->addLayout(photoButtons);
        layout->addWidget(m_photos);
        connect(add, &QPushButton::clicked, this, [this] {
            const QStringList files = QFileDialog::getOpenFileNames(
                    this, tr("The buyer's photos"),
                    QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                    tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
            for (const QString &f : files) {
                auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_photos);
                item->setData(Qt::UserRole, f);
                item->setToolTip(QDir::toNativeSeparators(f));
            }
        });
        connect(remove, &QPushButton::clicked, this, [this] { delete m_photos->currentItem(); });
    }
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClaimDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(find, &QPushButton::clicked, this, &ClaimDialog::lookUpOrder);
    connect(m_order, &QLineEdit::editingFinished, this, &ClaimDialog::lookUpOrder);
    connect(m_item, &QComboBox::activated, this, [this] {
        const QStringList parts = m_item->currentData().toStringList();
        if (parts.size() == 3) {
            m_productId = parts.at(1);
            m_productName = parts.at(2);
            if (m_damaged->text().isEmpty())
                m_damaged->setText(m_productName);
        }
    });

    if (existing) {
        // The order and the line item are fixed once recorded: the claim is about them.
        m_store->setEnabled(false);
        m_order->setText(existing->orderId);
        m_order->setReadOnly(true);
        find->setEnabled(false);
        m_item->addItem(existing->childId.isEmpty() ? tr("not given") : existing->childId);
        m_item->setEnabled(false);
        m_opened->setDateTime(utc::fromStore(existing->openedUtc).toLocalTime());
        m_opened->setEnabled(false);
        m_buyer->setText(existing->buyerName);
        m_country->setText(existing->buyerCountry);
        m_language->setCurrentIndex(std::max(0, m_language->findData(existing->buyerLanguage)));
        m_damaged->setText(existing->damagedItem);
        m_quantity->setValue(existing->quantityAffected);
        m_description->setPlainText(existing->description);
        m_cause->setCurrentIndex(m_cause->findData(existing->cause));
        m_carton->setCurrentIndex(m_carton->findData(existing->cartonFit));
        m_filler->setCurrentIndex(m_filler->findData(existing->filler));
        m_fragile->setCurrentIndex(m_fragile->findData(existing->fragileLabel ? int(*existing->fragileLabel) : -1));
        m_packagingNote->setText(existing->packagingNote);
        m_dispute->setText(existing->disputeIssueId);
        m_currency = existing->currency.code();
    }
    resize(560, sizeHint().height());
}

void ClaimDialog::lookUpOrder()
{
    if (m_existing)
        return;
    m_item->clear();
    m_productId.clear();
    m_productName.clear();
    const qint64 store = m_store->currentData().toLongLong();
    const QString orderId = m_order->text().trimmed();
    m_form->setRowVisible(m_orderInfo, !orderId.isEmpty());
    if (orderId.isEmpty()) {
        m_orderInfo->clear();
        return;
    }
    const OrderRepository orders(m_context->db());
    const auto ref = orders.refFor(store, orderId);
    const auto order = ref ? orders.detail(*ref) : std::nullopt;
    if (!order) {
        m_orderInfo->setText(tr("Order %1 is not in the workspace: the claim is linked when it is imported.")
                                     .arg(orderId));
        m_currency.clear();
        return;
    }
    m_currency = order->currency;
    m_orderInfo->setText(tr("%1 · %2 · %3").arg(order->buyerName, Countries::displayName(order->country),
                                                 Money(order->orderTotal, Currency::of(order->currency)).format()));
    if (m_buyer->text().isEmpty())
        m_buyer->setText(order->buyerName);
    if (m_country->text().isEmpty())
        m_country->setText(order->country);
    for (const OrderItem &i : order->items)
        m_item->addItem(tr("%1 · %2 × %n", nullptr, int(i.quantity)).arg(i.childId, i.productName),
                        QStringList{i.childId, i.productId, i.productName});
    if (m_item->count() > 0) {
        m_item->setCurrentIndex(0);
        Q_EMIT m_item->activated(0);
    }
}

Claim ClaimDialog::claim() const
{
    Claim c = m_existing.value_or(Claim{});
    if (!m_existing) {
        c.storeId = m_store->currentData().toLongLong();
        c.orderId = m_order->text().trimmed();
        const QStringList parts = m_item->currentData().toStringList();
        c.childId = parts.value(0);
        c.productId = m_productId;
        c.productName = m_productName;
        c.openedUtc = utc::toStore(m_opened->dateTime().toUTC());
        QString currency = m_currency;
        if (currency.isEmpty()) {
            const auto store = StoreRepository(m_context->db()).byId(c.storeId);
            currency = store ? store->currency : u"USD"_s;
        }
        c.currency = Currency::of(currency);
    }
    c.buyerName = m_buyer->text().trimmed();
    c.buyerCountry = m_country->text().trimmed().toUpper();
    c.buyerLanguage = m_language->currentData().toString();
    if (c.buyerLanguage.isEmpty())
        c.buyerLanguage = ReplyDrafter::languageOfCountry(c.buyerCountry).section(u'_', 0, 0);
    c.damagedItem = m_damaged->text().trimmed();
    c.quantityAffected = m_quantity->value();
    c.description = m_description->toPlainText().trimmed();
    c.cause = m_cause->currentData().toString();
    c.cartonFit = m_carton->currentData().toString();
    c.filler = m_filler->currentData().toString();
    const int fragile = m_fragile->currentData().toInt();
    c.fragileLabel = fragile < 0 ? std::nullopt : std::optional<bool>(fragile == 1);
    c.packagingNote = m_packagingNote->text().trimmed();
    c.disputeIssueId = m_dispute->text().trimmed();
    if (m_tracking)
        c.reshipTracking = m_tracking->text().trimmed();
    if (m_couponExpiry) {
        c.couponExpiry = dateOf(m_couponExpiry).value_or(QDate());
        const QString minSpend = m_couponMinSpend->text().trimmed();
        const auto m = Money::parse(minSpend, c.currency);
        c.couponMinSpendMinor = m && !minSpend.isEmpty() ? std::optional(m->minorUnits()) : std::nullopt;
    }
    return c;
}

QStringList ClaimDialog::photoPaths() const
{
    QStringList out;
    if (m_photos) {
        for (int i = 0; i < m_photos->count(); ++i)
            out.append(m_photos->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void ClaimDialog::accept()
{
    if (m_store->count() == 0) {
        m_problem->setText(tr("Add a store first (Stores page)."));
        return;
    }
    if (!m_existing && m_order->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Enter the order the claim is about."));
        m_order->setFocus();
        return;
    }
    if (m_damaged->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Say what arrived damaged."));
        m_damaged->setFocus();
        return;
    }
    if (m_couponMinSpend && !m_couponMinSpend->text().trimmed().isEmpty()) {
        QString why;
        if (!Money::parse(m_couponMinSpend->text().trimmed(), m_existing->currency, u'.', &why)) {
            m_problem->setText(why);
            m_couponMinSpend->setFocus();
            return;
        }
    }
    if (m_couponExpiry) {
        const Claim c = claim();
        if (c.couponExpiry != m_existing->couponExpiry || c.couponMinSpendMinor != m_existing->couponMinSpendMinor) {
            if (const QString why = ClaimRepository::refuseCouponTerms(c, c.couponExpiry, c.couponMinSpend());
                !why.isEmpty()) {
                m_problem->setText(why);
                return;
            }
        }
    }
    QDialog::accept();
}

ResolveDialog::ResolveDialog(AppContext *context, const Claim &claim, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_claim(claim)
    , m_resolution(new QComboBox(this))
    , m_refund(new QLineEdit(this))
    , m_couponCode(new QLineEdit(this))
    , m_couponValue(new QLineEdit(this))
    , m_couponExpiry(makeCouponExpiryEdit(this))
    , m_couponMinSpend(new QLineEdit(this))
    , m_tracking(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(problemLabel(this))
{
    setWindowTitle(tr("Resolve claim %1").arg(claim.id));
    fillCodes(m_resolution, ClaimTerms::resolutions(), &ClaimTerms::resolutionLabel);
    if (claim.orderRef > 0) {
        if (const auto order = OrderRepository(context->db()).detail(claim.orderRef)) {
            for (const OrderItem &i : order->items) {
                if (i.childId == claim.childId)
                    m_lineValue = Money(i.unitPriceMinor * claim.quantityAffected, claim.currency);
            }
        }
    }
    const QString code = claim.currency.code();
    m_refund->setPlaceholderText(m_lineValue ? tr("%1, e.g. %2").arg(code, m_lineValue->toDecimalString()) : code);
    m_couponCode->setPlaceholderText(tr("Optional with a refund"));
    m_couponValue->setPlaceholderText(code);
    m_couponMinSpend->setPlaceholderText(tr("%1, the smallest order it applies to").arg(code));
    m_tracking->setPlaceholderText(tr("The replacement's tracking number, when known"));
    m_note->setPlaceholderText(tr("For the timeline; required when rejecting (why)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 12);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("Re&fund (%1):").arg(code), m_refund);
    form->addRow(tr("Coupon &code:"), m_couponCode);
    form->addRow(tr("Coupon &value (%1):").arg(code), m_couponValue);
    form->addRow(tr("Coupon valid &until:"), m_couponExpiry);
    form->addRow(tr("Coupon &minimum spend (%1):").arg(code), m_couponMinSpend);
    form->addRow(tr("&Tracking:"), m_tracking);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolve"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &ResolveDialog::updateFields);
    updateFields();
    resize(480, sizeHint().height());
}

void ResolveDialog::updateFields()
{
    const QString r = m_resolution->currentData().toString();
    const bool refund = ClaimTerms::refunds(r);
    m_refund->setEnabled(refund);
    if (r == u"full_refund"_s && m_refund->text().isEmpty() && m_lineValue)
        m_refund->setText(m_lineValue->toDecimalString());
    if (!refund)
        m_refund->clear();
    const bool coupon = r == u"coupon"_s || refund;
    for (QWidget *w : std::initializer_list<QWidget *>{m_couponCode, m_couponValue, m_couponExpiry, m_couponMinSpend})
        w->setEnabled(coupon);
    if (!coupon) {
        m_couponCode->clear();
        m_couponValue->clear();
        m_couponMinSpend->clear();
        m_couponExpiry->setDate(m_couponExpiry->minimumDate());
    }
    m_tracking->setEnabled(r == u"reship"_s);
    if (r != u"reship"_s)
        m_tracking->clear();
    m_problem->clear();
}

ClaimSettlement ResolveDialog::settlement() const
{
    ClaimSettlement s;
    s.resolution = m_resolution->currentData().toString();
    if (const auto m = Money::parse(m_refund->text().trimmed(), m_claim.currency); m && !m_refund->text().trimmed().isEmpty())
        s.refund = m;
    s.couponCode = m_couponCode->text().trimmed();
    if (const auto m = Money::parse(m_couponValue->text().trimmed(), m_claim.currency);
        m && !m_couponValue->text().trimmed().isEmpty())
        s.coupon = m;
    s.couponExpiry = dateOf(m_couponExpiry).value_or(QDate());
    if (const auto m = Money::parse(m_couponMinSpend->text().trimmed(), m_claim.currency);
        m && !m_couponMinSpend->text().trimmed().isEmpty())
        s.couponMinSpend = m;
    s.reshipTracking = m_tracking->text().trimmed();
    return s;
}

QString ResolveDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ResolveDialog::accept()
{
    for (QLineEdit *edit : {m_refund, m_couponValue, m_couponMinSpend}) {
        QString why;
        if (edit->isEnabled() && !edit->text().trimmed().isEmpty()
            && !Money::parse(edit->text().trimmed(), m_claim.currency, u'.', &why)) {
            m_problem->setText(why);
            edit->setFocus();
            return;
        }
    }
    QString why = ClaimRepository(m_context->db()).refuseMove(m_claim, u"resolved"_s, settlement());
    if (why.isEmpty() && settlement().resolution == u"rejected"_s && note().isEmpty())
        why = tr("Say why the claim is rejected: the buyer will ask.");
    if (!why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    QDialog::accept();
}

PhotoViewer::PhotoViewer(const QStringList &paths, const QStringList &names, int current, QWidget *parent)
    : QDialog(parent), m_paths(paths), m_names(names), m_image(new QLabel(this)), m_caption(new QLabel(this))
{
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setBackgroundRole(QPalette::Dark);
    m_image->setAutoFillBackground(true);
    auto *previous = new QPushButton(tr("◀ &Previous"), this);
    auto *next = new QPushButton(tr("&Next ▶"), this);
    auto *external = new QPushButton(tr("Open in the system &viewer"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addWidget(next);
    buttons->addWidget(m_caption, 1);
    buttons->addWidget(external);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_image, 1);
    layout->addLayout(buttons);
    connect(previous, &QPushButton::clicked, this, [this] { showPhoto(m_index - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showPhoto(m_index + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(external, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_paths.value(m_index))); });
    auto *left = new QShortcut(QKeySequence(Qt::Key_Left), this);
    auto *right = new QShortcut(QKeySequence(Qt::Key_Right), this);
    connect(left, &QShortcut::activated, this, [this] { showPhoto(m_index - 1); });
    connect(right, &QShortcut::activated, this, [this] { showPhoto(m_index + 1); });
    resize(900, 700);
    showPhoto(current);
}

void PhotoViewer::showPhoto(int index)
{
    if (m_paths.isEmpty())
        return;
    m_index = (index + int(m_paths.size())) % int(m_paths.size());
    QImageReader reader(m_paths.at(m_index));
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    const QSize room(860, 620);
    if (original.isValid() && (original.width() > room.width() || original.height() > room.height()))
        reader.setScaledSize(original.scaled(room, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        m_image->setText(tr("%1 cannot be shown: %2").arg(m_names.value(m_index), reader.errorString()));
    else
        m_image->setPixmap(QPixmap::fromImage(image));
    setWindowTitle(tr("Photo %1 of %2").arg(m_index + 1).arg(m_paths.size()));
    m_caption->setText(original.isValid() ? tr("%1 · %2 × %3").arg(m_names.value(m_index)).arg(original.width()).arg(original.height())
                                          : m_names.value(m_index));
}

} // namespace sd::ui
