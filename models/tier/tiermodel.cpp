#include "tiermodel.h"

#include "core/jsonerror.h"
#include "money/money.h"
#include "money/rate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace tiers {

QString code(Tier tier)
{
    switch (tier) {
    case Tier::S:
        return u"S"_s;
    case Tier::A:
        return u"A"_s;
    case Tier::B:
        return u"B"_s;
    case Tier::C:
        break;
    }
    return u"C"_s;
}

std::optional<Tier> fromCode(QStringView code)
{
    const QString c = code.trimmed().toString().toUpper();
    for (Tier t : {Tier::S, Tier::A, Tier::B, Tier::C}) {
        if (tiers::code(t) == c)
            return t;
    }
    return std::nullopt;
}

QString serviceCode(ServiceLevel level)
{
    switch (level) {
    case ServiceLevel::Excellent:
        return u"excellent"_s;
    case ServiceLevel::Good:
        return u"good"_s;
    case ServiceLevel::Qualified:
        return u"qualified"_s;
    case ServiceLevel::Unqualified:
        break;
    }
    return u"unqualified"_s;
}

std::optional<ServiceLevel> serviceFromCode(QStringView code)
{
    const QString c = code.trimmed().toString().toLower();
    for (ServiceLevel l : {ServiceLevel::Excellent, ServiceLevel::Good, ServiceLevel::Qualified,
                           ServiceLevel::Unqualified}) {
        if (serviceCode(l) == c || serviceName(l).toLower() == c)
            return l;
    }
    // The seller center's Chinese names.
    static const QHash<QString, ServiceLevel> chinese = {{u"优秀"_s, ServiceLevel::Excellent},
                                                         {u"良好"_s, ServiceLevel::Good},
                                                         {u"及格"_s, ServiceLevel::Qualified},
                                                         {u"合格"_s, ServiceLevel::Qualified},
                                                         {u"不及格"_s, ServiceLevel::Unqualified},
                                                         {u"不合格"_s, ServiceLevel::Unqualified}};
    const auto it = chinese.constFind(c);
    return it == chinese.cend() ? std::nullopt : std::optional(*it);
}

QString serviceName(ServiceLevel level)
{
    switch (level) {
    case ServiceLevel::Excellent:
        return TierModel::tr("Excellent");
    case ServiceLevel::Good:
        return TierModel::tr("Good");
    case ServiceLevel::Qualified:
        return TierModel::tr("Qualified");
    case ServiceLevel::Unqualified:
        break;
    }
    return TierModel::tr("Unqualified");
}

} // namespace tiers

namespace {

const char16_t *const s_serviceNames[3] = {u"excellent", u"good", u"qualified"};

// Collects the first problem with its place in the document.
class Checker
{
public:
    explicit Checker(const QString &fileName) : m_fileName(fileName) { }
    bool ok() const { return m_error.isEmpty(); }
    void fail(const QString &where, const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = TierModel::tr("%1: %2: %3").arg(m_fileName, where, reason);
    }
    QString error() const { return m_error; }

private:
    QString m_fileName;
    QString m_error;
};

std::optional<LocalText> localText(const QJsonValue &v, const QString &where, Checker &c,
                                   bool required = true)
{
    LocalText t;
    if (v.isString()) {
        t.en = v.toString();
    } else if (v.isObject()) {
        t.en = v.toObject().value(u"en"_s).toString();
        t.zh = v.toObject().value(u"zh_CN"_s).toString();
    } else if (!v.isUndefined() || required) {
        c.fail(where, TierModel::tr("expected a text or an object with \"en\" and \"zh_CN\""));
        return std::nullopt;
    }
    if (required && t.en.trimmed().isEmpty() && t.zh.trimmed().isEmpty()) {
        c.fail(where, TierModel::tr("the text is empty"));
        return std::nullopt;
    }
    return t;
}

QJsonValue localJson(const LocalText &t)
{
    if (t.zh.isEmpty())
        return t.en;
    return QJsonObject{{u"en"_s, t.en}, {u"zh_CN"_s, t.zh}};
}

std::optional<int> wholeNumber(const QJsonValue &v, int min, int max, const QString &where, Checker &c)
{
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
        c.fail(where, TierModel::tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return int(d);
}

QString unitCode(TierModel::Unit unit)
{
    switch (unit) {
    case TierModel::Unit::Count:
        return u"count"_s;
    case TierModel::Unit::Money:
        return u"money"_s;
    case TierModel::Unit::Percent:
        break;
    }
    return u"percent"_s;
}

// Thresholds in the order given must not get easier to reach as the level rises:
// for "higher" each is at least the next one, for "lower" at most.
bool ordered(TierModel::Direction direction, qint64 stricter, qint64 looser)
{
    return direction == TierModel::Direction::Higher ? stricter >= looser : stricter <= looser;
}

} // namespace

QStringList TierModel::merchantTypeCodes()
{
    return {u"full_managed"_s, u"semi_managed"_s, u"pop"_s};
}

QString TierModel::merchantTypeName(const QString &code)
{
    if (code == u"full_managed"_s)
        return tr("Fully managed");
    if (code == u"semi_managed"_s)
        return tr("Semi-managed");
    if (code == u"pop"_s)
        return tr("POP");
    return code;
}

const TierModel::Indicator *TierModel::indicator(const QString &key) const
{
    for (const Indicator &i : indicators) {
        if (i.key == key)
            return &i;
    }
    return nullptr;
}

const TierModel::MerchantType *TierModel::merchantType(const QString &code) const
{
    for (const MerchantType &m : merchantTypes) {
        if (m.code == code)
            return &m;
    }
    return nullptr;
}

std::optional<qint64> TierModel::parseValue(Unit unit, const QString &text, const Currency &currency,
                                            QString *error)
{
    const QString t = text.trimmed();
    switch (unit) {
    case Unit::Percent: {
        const auto rate = Rate::parsePercent(t, error);
        if (!rate)
            return std::nullopt;
        if (rate->millionths() < 0 || rate->millionths() > Rate::One) {
            *error = tr("a percentage from 0 to 100 was expected");
            return std::nullopt;
        }
        return rate->millionths();
    }
    case Unit::Count: {
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok || n < 0) {
            *error = tr("a whole number of 0 or more was expected");
            return std::nullopt;
        }
        return n;
    }
    case Unit::Money: {
        const auto m = Money::parse(t, currency, u'.', error);
        if (!m)
            return std::nullopt;
        if (m->currency() != currency) {
            *error = tr("the amount is in %1, not %2").arg(m->currency().code(), currency.code());
            return std::nullopt;
        }
        if (m->isNegative()) {
            *error = tr("the amount is negative");
            return std::nullopt;
        }
        return m->minorUnits();
    }
    }
    return std::nullopt;
}

QString TierModel::valueText(const Indicator &indicator, qint64 value, const Currency &currency) const
{
    switch (indicator.unit) {
    case Unit::Percent:
        return Rate::fromMillionths(value).toPercentText();
    case Unit::Count:
        return QString::number(value);
    case Unit::Money:
        return Money(value, currency).toDecimalString();
    }
    return QString();
}

std::optional<TierModel> TierModel::fromJson(const QByteArray &json, const QString &fileName,
                                             QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = jsonSyntaxError(json, fileName, parseError);
        return std::nullopt;
    }
    Checker c(fileName);
    if (!doc.isObject()) {
        *error = tr("%1: a tier model is a JSON object").arg(fileName);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"sellerdesk-tier-model"_s) {
        *error = tr("%1: this is not a SellerDesk tier model (\"format\" must be \"sellerdesk-tier-model\")")
                         .arg(fileName);
        return std::nullopt;
    }
    if (root.value(u"version"_s).toInt(-1) != 1) {
        *error = tr("%1: version: this SellerDesk reads tier models of version 1").arg(fileName);
        return std::nullopt;
    }

    TierModel m;
    m.effectiveMonth = root.value(u"effective_month"_s).toString();
    static const QRegularExpression monthRe(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    if (!monthRe.match(m.effectiveMonth).hasMatch())
        c.fail(u"effective_month"_s, tr("expected a month such as 2024-10"));
    if (auto t = localText(root.value(u"name"_s), u"name"_s, c))
        m.name = *t;
    if (auto t = localText(root.value(u"description"_s), u"description"_s, c))
        m.description = *t;

    const QJsonObject points = root.value(u"level_points"_s).toObject();
    for (Tier t : {Tier::C, Tier::B, Tier::A, Tier::S}) {
        const QString where = u"level_points."_s + tiers::code(t);
        if (auto p = wholeNumber(points.value(tiers::code(t)), 0, 100, where, c))
            m.levelPoints[size_t(t)] = *p;
    }
    for (size_t i = 1; c.ok() && i < m.levelPoints.size(); ++i) {
        if (m.levelPoints[i] < m.levelPoints[i - 1])
            c.fail(u"level_points"_s, tr("a higher level cannot earn fewer points"));
    }
    const QJsonObject scores = root.value(u"tier_scores"_s).toObject();
    for (size_t i = 0; i < tiers::graded.size(); ++i) {
        const QString code = tiers::code(tiers::graded[i]);
        if (auto s = wholeNumber(scores.value(code), 0, 100, u"tier_scores."_s + code, c))
            m.tierScores[i] = qint64(*s) * 100;
    }
    if (c.ok() && !(m.tierScores[0] >= m.tierScores[1] && m.tierScores[1] >= m.tierScores[2]))
        c.fail(u"tier_scores"_s, tr("S needs at least A's score, and A at least B's"));
    if (auto w = wholeNumber(root.value(u"service_window_months"_s), 1, 12, u"service_window_months"_s, c))
        m.serviceWindowMonths = *w;

    const QJsonArray indicators = root.value(u"indicators"_s).toArray();
    if (indicators.isEmpty())
        c.fail(u"indicators"_s, tr("the model defines no indicators"));
    static const QRegularExpression keyRe(u"^[a-z][a-z0-9_]{0,62}$"_s);
    for (qsizetype i = 0; i < indicators.size() && c.ok(); ++i) {
        const QString where = u"indicators[%1]"_s.arg(i);
        const QJsonObject o = indicators.at(i).toObject();
        Indicator ind;
        ind.key = o.value(u"key"_s).toString();
        if (!keyRe.match(ind.key).hasMatch())
            c.fail(where + u".key"_s, tr("a key is lower-case letters, digits and '_'"));
        else if (m.indicator(ind.key))
            c.fail(where + u".key"_s, tr("\"%1\" is defined twice").arg(ind.key));
        if (auto t = localText(o.value(u"name"_s), where + u".name"_s, c))
            ind.name = *t;
        const QString unit = o.value(u"unit"_s).toString();
        if (unit == u"percent"_s)
            ind.unit = Unit::Percent;
        else if (unit == u"count"_s)
            ind.unit = Unit::Count;
        else if (unit == u"money"_s)
            ind.unit = Unit::Money;
        else
            c.fail(where + u".unit"_s, tr("expected \"percent\", \"count\" or \"money\""));
        const QString direction = o.value(u"direction"_s).toString();
        if (direction == u"higher"_s)
            ind.direction = Direction::Higher;
        else if (direction == u"lower"_s)
            ind.direction = Direction::Lower;
        else
            c.fail(where + u".direction"_s, tr("expected \"higher\" or \"lower\" (which is better)"));
        m.indicators.append(ind);
    }

    const QJsonObject types = root.value(u"merchant_types"_s).toObject();
    for (const QString &type : merchantTypeCodes()) {
        if (!c.ok())
            break;
        const QString base = u"merchant_types."_s + type;
        if (!types.value(type).isObject()) {
            c.fail(base, tr("the model must grade this merchant type"));
            break;
        }
        const QJsonObject t = types.value(type).toObject();
        MerchantType mt;
        mt.code = type;
        const QJsonArray list = t.value(u"indicators"_s).toArray();
        int weights = 0;
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size() && c.ok(); ++i) {
            const QString where = base + u".indicators[%1]"_s.arg(i);
            const QJsonObject o = list.at(i).toObject();
            Weighted w;
            w.key = o.value(u"key"_s).toString();
            const Indicator *def = m.indicator(w.key);
            if (!def) {
                c.fail(where + u".key"_s, tr("\"%1\" is not among the model's indicators").arg(w.key));
                break;
            }
            if (seen.contains(w.key)) {
                c.fail(where + u".key"_s, tr("\"%1\" is listed twice").arg(w.key));
                break;
            }
            seen.insert(w.key);
            const auto weight = wholeNumber(o.value(u"weight"_s), 0, 100, where + u".weight"_s, c);
            if (!weight)
                break;
            w.weight = *weight;
            weights += w.weight;
            Currency currency;
            if (def->unit == Unit::Money) {
                const auto cur = Currency::fromCode(o.value(u"currency"_s).toString(u"USD"_s));
                if (!cur) {
                    c.fail(where + u".currency"_s, tr("unknown currency"));
                    break;
                }
                currency = *cur;
                w.currency = cur->code();
            }
            const QJsonValue th = o.value(u"thresholds"_s);
            if (th.isUndefined() || th.isNull()) {
                if (w.weight > 0)
                    c.fail(where + u".thresholds"_s, tr("a graded indicator needs thresholds for S, A and B"));
                mt.indicators.append(w);
                continue;
            }
            const QJsonObject tho = th.toObject();
            for (size_t k = 0; k < tiers::graded.size() && c.ok(); ++k) {
                const QString code = tiers::code(tiers::graded[k]);
                QString why;
                const auto v = parseValue(def->unit, tho.value(code).toString(), currency, &why);
                if (!v)
                    c.fail(where + u".thresholds."_s + code,
                           tho.value(code).isString() ? why : tr("expected the threshold as text, such as \"2.5\""));
                else
                    w.thresholds[k] = *v;
            }
            for (size_t k = 1; k < tiers::graded.size() && c.ok(); ++k) {
                if (!ordered(def->direction, *w.thresholds[k - 1], *w.thresholds[k]))
                    c.fail(where + u".thresholds"_s,
                           def->direction == Direction::Higher
                                   ? tr("\"higher is better\": S needs at least A's value, and A at least B's")
                                   : tr("\"lower is better\": S needs at most A's value, and A at most B's"));
            }
            mt.indicators.append(w);
        }
        if (c.ok() && weights != 100)
            c.fail(base + u".indicators"_s, tr("the weights add up to %1, not 100").arg(weights));

        const QJsonArray service = t.value(u"service_level"_s).toArray();
        for (qsizetype i = 0; i < service.size() && c.ok(); ++i) {
            const QString where = base + u".service_level[%1]"_s.arg(i);
            const QJsonObject o = service.at(i).toObject();
            ServiceIndicator s;
            s.key = o.value(u"key"_s).toString();
            const Indicator *def = m.indicator(s.key);
            if (!def || def->unit != Unit::Percent) {
                c.fail(where + u".key"_s, tr("\"%1\" is not a percentage indicator of the model").arg(s.key));
                break;
            }
            const QJsonObject tho = o.value(u"thresholds"_s).toObject();
            for (size_t k = 0; k < 3 && c.ok(); ++k) {
                const QString name = QString::fromUtf16(s_serviceNames[k]);
                QString why;
                const auto v = parseValue(Unit::Percent, tho.value(name).toString(), Currency(), &why);
                if (!v)
                    c.fail(where + u".thresholds."_s + name,
                           tho.value(name).isString() ? why : tr("expected the threshold as text, such as \"2.5\""));
                else
                    s.thresholds[k] = *v;
            }
            for (size_t k = 1; k < 3 && c.ok(); ++k) {
                if (!ordered(def->direction, s.thresholds[k - 1], s.thresholds[k]))
                    c.fail(where + u".thresholds"_s, tr("Excellent must be at least as strict as Good, and Good as Qualified"));
            }
            mt.service.append(s);
        }
        m.merchantTypes.append(mt);
    }

    const QJsonObject benefits = root.value(u"benefits"_s).toObject();
    for (Tier t : {Tier::S, Tier::A, Tier::B, Tier::C}) {
        const QJsonArray list = benefits.value(tiers::code(t)).toArray();
        for (qsizetype i = 0; i < list.size() && c.ok(); ++i) {
            if (auto text = localText(list.at(i), u"benefits.%1[%2]"_s.arg(tiers::code(t)).arg(i), c))
                m.benefits[t].append(*text);
        }
    }
    if (!c.ok()) {
        *error = c.error();
        return std::nullopt;
    }
    return m;
}

QByteArray TierModel::toJson() const
{
    QJsonObject root{{u"format"_s, u"sellerdesk-tier-model"_s},
                     {u"version"_s, 1},
                     {u"effective_month"_s, effectiveMonth},
                     {u"name"_s, localJson(name)},
                     {u"description"_s, localJson(description)},
                     {u"service_window_months"_s, serviceWindowMonths}};
    QJsonObject points, scores;
    for (Tier t : {Tier::S, Tier::A, Tier::B, Tier::C})
        points.insert(tiers::code(t), levelPoints[size_t(t)]);
    for (size_t i = 0; i < tiers::graded.size(); ++i)
        scores.insert(tiers::code(tiers::graded[i]), int(tierScores[i] / 100));
    root.insert(u"level_points"_s, points);
    root.insert(u"tier_scores"_s, scores);
    QJsonArray defs;
    for (const Indicator &i : indicators) {
        defs.append(QJsonObject{{u"key"_s, i.key},
                                {u"unit"_s, unitCode(i.unit)},
                                {u"direction"_s, i.direction == Direction::Higher ? u"higher"_s : u"lower"_s},
                                {u"name"_s, localJson(i.name)}});
    }
    root.insert(u"indicators"_s, defs);
    QJsonObject types;
    for (const MerchantType &mt : merchantTypes) {
        QJsonArray list;
        for (const Weighted &w : mt.indicators) {
            QJsonObject o{{u"key"_s, w.key}, {u"weight"_s, w.weight}};
            const Indicator *def = indicator(w.key);
            if (def && def->unit == Unit::Money)
                o.insert(u"currency"_s, w.currency);
            if (def && w.thresholds[0]) {
                const Currency currency = def->unit == Unit::Money ? Currency::of(w.currency) : Currency();
                QJsonObject th;
                for (size_t k = 0; k < tiers::graded.size(); ++k)
                    th.insert(tiers::code(tiers::graded[k]), valueText(*def, *w.thresholds[k], currency));
                o.insert(u"thresholds"_s, th);
            }
            list.append(o);
        }
        QJsonArray service;
        for (const ServiceIndicator &s : mt.service) {
            QJsonObject th;
            for (size_t k = 0; k < 3; ++k)
                th.insert(QString::fromUtf16(s_serviceNames[k]), Rate::fromMillionths(s.thresholds[k]).toPercentText());
            service.append(QJsonObject{{u"key"_s, s.key}, {u"thresholds"_s, th}});
        }
        types.insert(mt.code, QJsonObject{{u"indicators"_s, list}, {u"service_level"_s, service}});
    }
    root.insert(u"merchant_types"_s, types);
    QJsonObject benefitsJson;
    for (Tier t : {Tier::S, Tier::A, Tier::B, Tier::C}) {
        QJsonArray list;
        for (const LocalText &b : benefits.value(t))
            list.append(localJson(b));
        benefitsJson.insert(tiers::code(t), list);
    }
    root.insert(u"benefits"_s, benefitsJson);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray TierModel::shippedJson()
{
    QFile f(u":/tier/default-model.json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sd
