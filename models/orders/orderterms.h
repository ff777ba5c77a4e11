#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace sd {

// AliExpress's order vocabulary: the status and fulfillment-model codes the store
// keeps, the labels pages show (translated), and the spellings imports accept
// (the code itself, the seller backend's Chinese labels, English names).
class OrderTerms final
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderTerms)
public:
    static const QStringList &statusCodes();
    static QString statusLabel(const QString &code);
    static std::optional<QString> statusFromText(QStringView text);

    static const QStringList &modelCodes();
    static QString modelLabel(const QString &code);
    static std::optional<QString> modelFromText(QStringView text);
};

} // namespace sd
