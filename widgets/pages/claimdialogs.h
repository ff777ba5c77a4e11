#pragma once

#include "claims/claimrepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace sd::ui {

class AppContext;

// The facts of a claim staff type in: the order (line item, buyer and product are
// filled from it), what arrived damaged, the buyer's words and language, the cause and
// the packaging used. New claims also take the buyer's photos.
class ClaimDialog final : public QDialog
{
    Q_OBJECT
public:
    // `existing`: edit that claim's facts; none: record a new claim.
    ClaimDialog(AppContext *context, const std::optional<Claim> &existing, QWidget *parent = nullptr);

    Claim claim() const;
    QStringList photoPaths() const;

private:
    void lookUpOrder();
    void accept() override;

    AppContext *m_context;
    std::optional<Claim> m_existing;
    QComboBox *m_store;
    QLineEdit *m_order;
    QComboBox *m_item;
    QLabel *m_orderInfo;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_buyer;
    QLineEdit *m_country;
    QComboBox *m_language;
    QDateTimeEdit *m_opened;
    QLineEdit *m_damaged;
    QSpinBox *m_quantity;
    QPlainTextEdit *m_description;
    QComboBox *m_cause;
    QComboBox *m_carton;
    QComboBox *m_filler;
    QComboBox *m_fragile;
    QLineEdit *m_packagingNote;
    QLineEdit *m_dispute;
    // Once resolved: the replacement's tracking number, the coupon's terms.
    QLineEdit *m_tracking = nullptr;
    QDateEdit *m_couponExpiry = nullptr;
    QLineEdit *m_couponMinSpend = nullptr;
    QListWidget *m_photos = nullptr;
    QLabel *m_problem;
    QString m_currency;
    QString m_productId;
    QString m_productName;
};

// A coupon's last day, or none yet: the earliest date shows as blank.
QDateEdit *makeCouponExpiryEdit(QWidget *parent);

// How a claim was settled: the resolution with its refund, coupon (its code, value,
// minimum spend and last day, which the buyer is told) or reshipment.
class ResolveDialog final : public QDialog
{
    Q_OBJECT
public:
    ResolveDialog(AppContext *context, const Claim &claim, QWidget *parent = nullptr);

    ClaimSettlement settlement() const;
    QString note() const;

private:
    void updateFields();
    void accept() override;

    AppContext *m_context;
    Claim m_claim;
    QComboBox *m_resolution;
    QLineEdit *m_refund;
    QLineEdit *m_couponCode;
    QLineEdit *m_couponValue;
    QDateEdit *m_couponExpiry;
    QLineEdit *m_couponMinSpend;
    QLineEdit *m_tracking;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    std::optional<Money> m_lineValue;
};

// A photo at full size, with the claim's other photos a key away.
class PhotoViewer final : public QDialog
{
    Q_OBJECT
public:
    PhotoViewer(const QStringList &paths, const QStringList &names, int current, QWidget *parent = nullptr);

private:
    void showPhoto(int index);

    QStringList m_paths;
    QStringList m_names;
    int m_index = 0;
    QLabel *m_image;
    QLabel *m_caption;
};

} // namespace sd::ui
