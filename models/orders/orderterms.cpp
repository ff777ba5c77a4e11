#include "orderterms.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Spaces, case, underscores and hyphens do not matter when matching a spelling.
QString squeeze(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'(' || c == u')' || c == u'（'
            || c == u'）' || c == u',' || c == u'，')
            continue;
        out += c.toLower();
    }
    return out;
}

struct Spelling
{
    const char16_t *code;
    QList<const char16_t *> aliases;
};

QHash<QString, QString> aliasMap(const QList<Spelling> &spellings)
{
    QHash<QString, QString> map;
    for (const Spelling &s : spellings) {
        const QString code = QString::fromUtf16(s.code);
        map.insert(squeeze(code), code);
        for (const char16_t *a : s.aliases)
            map.insert(squeeze(QStringView(a)), code);
    }
    return map;
}

std::optional<QString> lookup(const QHash<QString, QString> &map, QStringView text)
{
    const auto it = map.constFind(squeeze(text));
    return it == map.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

const QHash<QString, QString> &statusAliases()
{
    static const QHash<QString, QString> s_map = [] {
        const QList<Spelling> spellings{
                {u"PLACE_ORDER_SUCCESS", {u"等待买家付款", u"Awaiting payment"}},
                {u"IN_CANCEL", {u"买家申请取消", u"Cancellation requested"}},
                {u"WAIT_SELLER_SEND_GOODS", {u"等待您发货", u"等待发货", u"Awaiting shipment"}},
                {u"SELLER_PART_SEND_GOODS", {u"部分发货", u"Partially shipped"}},
                {u"WAIT_BUYER_ACCEPT_GOODS", {u"等待买家收货", u"Awaiting buyer's receipt", u"Shipped"}},
                {u"FUND_PROCESSING", {u"资金处理中", u"买卖家达成一致，资金处理中", u"Funds processing"}},
                {u"IN_ISSUE", {u"纠纷中", u"含纠纷中的订单", u"In dispute"}},
                {u"IN_FROZEN", {u"冻结中", u"冻结中的订单", u"Frozen"}},
                {u"WAIT_SELLER_EXAMINE_MONEY", {u"等待您确认金额", u"Awaiting amount confirmation"}},
                {u"RISK_CONTROL", {u"风控中", u"订单处于风控24小时中", u"Risk control"}},
                {u"FINISH", {u"订单结束", u"已结束的订单", u"Finished", u"Completed"}},
        };
        return aliasMap(spellings);
    }();
    return s_map;
}

const QHash<QString, QString> &modelAliases()
{
    static const QHash<QString, QString> s_map = [] {
        const QList<Spelling> spellings{
                {u"pop", {u"POP", u"自营", u"self-operated", u"Self operated"}},
                {u"semi_warehouse", {u"半托管入仓", u"半托管 入仓", u"入仓", u"Semi-managed warehouse", u"semi-managed, warehouse"}},
                {u"semi_jit", {u"半托管JIT", u"JIT", u"Semi-managed JIT", u"semi-managed, JIT"}},
                {u"full_managed", {u"全托管", u"Fully managed", u"full managed"}},
                {u"overseas", {u"海外托管", u"Overseas managed", u"overseas hosting"}},
        };
        return aliasMap(spellings);
    }();
    return s_map;
}

} // namespace

const QStringList &OrderTerms::statusCodes()
{
    static const QStringList s_codes{
            u"PLACE_ORDER_SUCCESS"_s, u"IN_CANCEL"_s, u"WAIT_SELLER_SEND_GOODS"_s,
            u"SELLER_PART_SEND_GOODS"_s, u"WAIT_BUYER_ACCEPT_GOODS"_s, u"FUND_PROCESSING"_s,
            u"IN_ISSUE"_s, u"IN_FROZEN"_s, u"WAIT_SELLER_EXAMINE_MONEY"_s, u"RISK_CONTROL"_s,
            u"FINISH"_s};
    return s_codes;
}

QString OrderTerms::statusLabel(const QString &code)
{
    if (code == u"PLACE_ORDER_SUCCESS"_s)
        return tr("Awaiting payment");
    if (code == u"IN_CANCEL"_s)
        return tr("Cancellation requested");
    if (code == u"WAIT_SELLER_SEND_GOODS"_s)
        return tr("Awaiting shipment");
    if (code == u"SELLER_PART_SEND_GOODS"_s)
        return tr("Partially shipped");
    if (code == u"WAIT_BUYER_ACCEPT_GOODS"_s)
        return tr("Awaiting buyer's receipt");
    if (code == u"FUND_PROCESSING"_s)
        return tr("Funds processing");
    if (code == u"IN_ISSUE"_s)
        return tr("In dispute");
    if (code == u"IN_FROZEN"_s)
        return tr("Frozen");
    if (code == u"WAIT_SELLER_EXAMINE_MONEY"_s)
        return tr("Awaiting amount confirmation");
    if (code == u"RISK_CONTROL"_s)
        return tr("Risk control (24 h hold)");
    if (code == u"FINISH"_s)
        return tr("Finished");
    return code;
}

std::optional<QString> OrderTerms::statusFromText(QStringView text)
{
    return lookup(statusAliases(), text);
}

const QStringList &OrderTerms::modelCodes()
{
    static const QStringList s_codes{u"pop"_s, u"semi_warehouse"_s, u"semi_jit"_s,
                                     u"full_managed"_s, u"overseas"_s};
    return s_codes;
}

QString OrderTerms::modelLabel(const QString &code)
{
    if (code == u"pop"_s)
        return tr("POP (self-operated)");
    if (code == u"semi_warehouse"_s)
        return tr("Semi-managed, warehouse");
    if (code == u"semi_jit"_s)
        return tr("Semi-managed, JIT");
    if (code == u"full_managed"_s)
        return tr("Fully managed");
    if (code == u"overseas"_s)
        return tr("Overseas managed");
    return code;
}

std::optional<QString> OrderTerms::modelFromText(QStringView text)
{
    return lookup(modelAliases(), text);
}

} // namespace sd
