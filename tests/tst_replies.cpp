// Reply templates: placeholder rendering, money in the buyer's locale, the template
// library's versions and restore, its JSON file, and drafting a reply to a claim.

#include "claims/claimrepository.h"
#include "replies/replydrafter.h"
#include "replies/replyrenderer.h"
#include "replies/replytemplate.h"
#include "replies/templaterepository.h"
#include "store/auditlog.h"
#include "stores/storerepository.h"
#include "testutil.h"
#include "time/utctime.h"

#include <QSqlError>

using namespace Qt::StringLiterals;
using sd::ReplyRenderer;

namespace {

const ReplyRenderer::Values s_values{
        {u"buyer_name"_s, u"Ana Souza"_s},     {u"order_id"_s, u"8123456789"_s},
        {u"product"_s, u"Glass vase"_s},       {u"quantity"_s, u"2"_s},
        {u"refund_amount"_s, u"US$ 25,00"_s},  {u"coupon_code"_s, u"SORRY5"_s},
        {u"coupon_value"_s, u"US$ 5,00"_s},    {u"tracking_number"_s, u"LP0012345"_s},
        {u"store_name"_s, u"Harbor Home"_s},   {u"agent_name"_s, u"Mei"_s},
};

qint64 addStore(const sdtest::TempWorkspace &t, const QString &name)
{
    sd::Store s;
    s.name = name;
    s.timeZone = u"UTC"_s;
    QString error;
    const auto id = sd::StoreRepository(t.db()).add(s, &error);
    if (!id)
        qFatal("cannot add store: %s", qUtf8Printable(error));
    return *id;
}

QByteArray library(const QByteArray &templatesJson)
{
    return R"({"format": "sellerdesk-reply-templates", "version": 1, "templates": )" + templatesJson + "}";
}

qint64 versions(const sdtest::TempWorkspace &t)
{
    return sdtest::scalar(t.db(), u"SELECT count(*) FROM reply_template_versions"_s);
}

} // namespace

class tst_Replies : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryPlaceholder();
    void unknownPlaceholderIsAProblem();
    void missingValueIsAProblem();
    void bracesInValuesAreText();
    void escapedAndStrayBraces();
    void rightToLeftAndCjk();
    void leftoversBlockSending();
    void moneyInTheBuyersLocale_data();
    void moneyInTheBuyersLocale();
    void buyerLocale();
    void builtinsAreSeeded();
    void editsAreVersionsAndBuiltinsRestore();
    void archiveOnlyUserTemplates();
    void jsonRoundTrip();
    void malformedJsonChangesNothing_data();
    void malformedJsonChangesNothing();
    void suggestions();
    void draftFromAClaim();
};

void tst_Replies::rendersEveryPlaceholder()
{
    QString body;
    for (const auto &p : ReplyRenderer::placeholders())
        body += u"["_s + p.name + u"={"_s + p.name + u"}]"_s;
    const auto r = ReplyRenderer::render(body, s_values);
    QVERIFY(r.ok());
    QCOMPARE(r.text, u"[buyer_name=Ana Souza][order_id=8123456789][product=Glass vase][quantity=2]"
                     "[refund_amount=US$ 25,00][coupon_code=SORRY5][coupon_value=US$ 5,00]"
                     "[tracking_number=LP0012345][store_name=Harbor Home][agent_name=Mei]"_s);
    QCOMPARE(r.used.size(), ReplyRenderer::placeholders().size());
    for (const QString &name : {u"buyer_name"_s, u"order_id"_s, u"product"_s, u"refund_amount"_s,
                                u"coupon_code"_s, u"coupon_value"_s, u"store_name"_s, u"agent_name"_s})
        QVERIFY2(ReplyRenderer::isKnown(name), qPrintable(name));
}

void tst_Replies::unknownPlaceholderIsAProblem()
{
    const auto r = ReplyRenderer::render(u"Dear {buyer_name},\nyour {parcel_colour} box"_s, s_values);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 1);
    const auto &p = r.problems.first();
    QCOMPARE(p.kind, ReplyRenderer::Problem::Unknown);
    QCOMPARE(p.name, u"parcel_colour"_s);
    QCOMPARE(r.text.mid(p.offset, p.length), u"{parcel_colour}"_s); // left as written, marked
    QCOMPARE(p.line, 2);
    QCOMPARE(p.column, 6);
    QVERIFY(p.message().contains(u"{parcel_colour}"_s));
    // The template check finds it too, at the template's own position.
    const auto check = ReplyRenderer::check(u"{{x}} {nope}"_s);
    QCOMPARE(check.size(), 1);
    QCOMPARE(check.first().column, 7);
}

void tst_Replies::missingValueIsAProblem()
{
    ReplyRenderer::Values values = s_values;
    values.insert(u"coupon_code"_s, QString());
    values.remove(u"agent_name"_s);
    const auto r = ReplyRenderer::render(u"Code {coupon_code} from {agent_name}."_s, values);
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems.at(0).kind, ReplyRenderer::Problem::Missing);
    QCOMPARE(r.problems.at(0).name, u"coupon_code"_s);
    QCOMPARE(r.problems.at(1).name, u"agent_name"_s);
    QCOMPARE(r.text, u"Code {coupon_code} from {agent_name}."_s);
    QVERIFY(r.problems.at(0).message().contains(u"no value"_s));
}

void tst_Replies::bracesInValuesAreText()
{
    ReplyRenderer::Values values = s_values;
    values.insert(u"buyer_name"_s, u"{order_id} {VIP} }{"_s);
    const auto r = ReplyRenderer::render(u"Hi {buyer_name}, order {order_id}"_s, values);
    QVERIFY(r.ok());
    QCOMPARE(r.text, u"Hi {order_id} {VIP} }{, order 8123456789"_s); // inserted once, never expanded
}

void tst_Replies::escapedAndStrayBraces()
{
    auto r = ReplyRenderer::render(u"Use {{code}} as {coupon_code}}}"_s, s_values);
    QVERIFY(r.ok());
    QCOMPARE(r.text, u"Use {code} as SORRY5}"_s);
    r = ReplyRenderer::render(u"Hello {buyer_name"_s, s_values);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().kind, ReplyRenderer::Problem::Malformed);
    QCOMPARE(r.problems.first().column, 7);
    r = ReplyRenderer::render(u"smile :}"_s, s_values);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().kind, ReplyRenderer::Problem::Malformed);
    r = ReplyRenderer::render(u"{ buyer_name }"_s, s_values);
    QVERIFY(!r.ok());
}

void tst_Replies::rightToLeftAndCjk()
{
    ReplyRenderer::Values values = s_values;
    values.insert(u"buyer_name"_s, u"محمد"_s);
    values.insert(u"product"_s, u"玻璃花瓶"_s);
    const auto ar = ReplyRenderer::render(u"عزيزي {buyer_name}، نعتذر عن تلف {product}."_s, values);
    QVERIFY(ar.ok());
    QCOMPARE(ar.text, u"عزيزي محمد، نعتذر عن تلف 玻璃花瓶."_s);
    const auto ko = ReplyRenderer::render(u"{buyer_name} 고객님,\n주문 {order_id}의 {product} 파손에 사과드립니다. {쿠폰}"_s,
                                          values);
    QCOMPARE(ko.text.left(13), u"محمد 고객님,\n주문 "_s);
    QCOMPARE(ko.problems.size(), 2); // "{쿠폰}" is no placeholder name: two stray braces
    QCOMPARE(ko.problems.first().kind, ReplyRenderer::Problem::Malformed);
    QCOMPARE(ko.problems.last().column, ko.problems.first().column + 3);
    QCOMPARE(ko.problems.first().line, 2);
    // Columns count characters, not bytes.
    const QString line2 = ko.text.section(u'\n', 1);
    QCOMPARE(ko.problems.first().column, int(line2.indexOf(u'{')) + 1);
}

void tst_Replies::leftoversBlockSending()
{
    QVERIFY(ReplyRenderer::leftovers(u"Dear Ana, your order 81 is refunded."_s).isEmpty());
    QVERIFY(ReplyRenderer::leftovers(u"Dear {VIP} Ana :} {"_s).isEmpty());
    const auto left = ReplyRenderer::leftovers(u"Dear Ana,\ncode {coupon_code} and {my_note}"_s);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).kind, ReplyRenderer::Problem::Missing);
    QCOMPARE(left.at(0).name, u"coupon_code"_s);
    QCOMPARE(left.at(0).line, 2);
    QCOMPARE(left.at(0).column, 6);
    QCOMPARE(left.at(1).kind, ReplyRenderer::Problem::Unknown);
}

void tst_Replies::moneyInTheBuyersLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US USD") << u"en_US"_s << u"USD"_s << qint64(123450) << u"$1,234.50"_s;
    QTest::newRow("fr_FR EUR") << u"fr_FR"_s << u"EUR"_s << qint64(123450) << u"1\u202F234,50\u00A0€"_s;
    QTest::newRow("de_DE EUR") << u"de_DE"_s << u"EUR"_s << qint64(123450) << u"1.234,50\u00A0€"_s;
    QTest::newRow("pt_BR BRL") << u"pt_BR"_s << u"BRL"_s << qint64(123450) << u"R$\u00A01.234,50"_s;
    QTest::newRow("pt_BR USD") << u"pt_BR"_s << u"USD"_s << qint64(123450) << u"US$\u00A01.234,50"_s;
    QTest::newRow("es_MX USD") << u"es_MX"_s << u"USD"_s << qint64(123450) << u"US$1,234.50"_s;
    QTest::newRow("ru_RU RUB") << u"ru_RU"_s << u"RUB"_s << qint64(123450) << u"1\u00A0234,50\u00A0₽"_s;
    QTest::newRow("pl_PL PLN") << u"pl_PL"_s << u"PLN"_s << qint64(999) << u"9,99\u00A0zł"_s;
    QTest::newRow("ko_KR KRW") << u"ko_KR"_s << u"KRW"_s << qint64(12340) << u"₩12,340"_s;
    QTest::newRow("ja_JP JPY") << u"ja_JP"_s << u"JPY"_s << qint64(1234) << u"￥1,234"_s;
    QTest::newRow("en_GB EUR") << u"en_GB"_s << u"EUR"_s << qint64(999) << u"€9.99"_s;
    QTest::newRow("ar_SA USD") << u"ar_SA"_s << u"USD"_s << qint64(999) << u"٩٫٩٩\u00A0US$"_s;
}

void tst_Replies::moneyInTheBuyersLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    QString formatted = sd::Money(minor, sd::Currency::of(currency)).formatFor(QLocale(locale));
    // Newer CLDR data (Qt 6.8) starts right-to-left amounts with a right-to-left mark, an
    // invisible direction hint; the digits, separators and symbol are what is checked.
    formatted.remove(QChar(0x200F));
    QCOMPARE(formatted, expected);
}

void tst_Replies::buyerLocale()
{
    QCOMPARE(ReplyRenderer::buyerLocale(u"pt"_s, u"BR"_s).name(), u"pt_BR"_s);
    QCOMPARE(ReplyRenderer::buyerLocale(u"pt"_s, u"PT"_s).name(), u"pt_PT"_s);
    QCOMPARE(ReplyRenderer::buyerLocale(u"es"_s, QString()).name(), u"es_ES"_s);
    QCOMPARE(ReplyRenderer::buyerLocale(u"en"_s, u"KR"_s).language(), QLocale::English);
    QCOMPARE(ReplyRenderer::buyerLocale(QString(), u"KR"_s).name(), u"ko_KR"_s);
    QCOMPARE(ReplyRenderer::buyerLocale(u"xx"_s, QString()).name(), u"en_US"_s);
    QCOMPARE(sd::ReplyDrafter::languageOfCountry(u"BR"_s), u"pt"_s);
    QCOMPARE(sd::ReplyDrafter::languageOfCountry(u"us"_s), u"en"_s);
    QCOMPARE(sd::ReplyDrafter::languageOfCountry(u"XX"_s), QString());
}

void tst_Replies::builtinsAreSeeded()
{
    sdtest::TempWorkspace t;
    const auto list = sd::TemplateRepository(t.db()).list();
    QStringList keys;
    for (const auto &tpl : list)
        keys.append(tpl.key);
    QCOMPARE(keys, (QStringList{u"damage_apology"_s, u"request_photos"_s, u"partial_refund_offer"_s,
                                u"reshipment_notice"_s, u"coupon_offer"_s, u"claim_rejected"_s}));
    for (const auto &tpl : list) {
        QVERIFY(tpl.builtin);
        QCOMPARE(tpl.version, 1);
        QCOMPARE(tpl.origin, u"builtin"_s);
        QVERIFY(!tpl.title.zh.isEmpty());
        for (const QString &lang : {u"en"_s, u"es"_s, u"fr"_s, u"pt"_s, u"ru"_s, u"ko"_s, u"nl"_s, u"pl"_s}) {
            QVERIFY2(tpl.texts.contains(lang), qPrintable(tpl.key + u' ' + lang));
            QVERIFY(ReplyRenderer::check(tpl.texts.value(lang)).isEmpty());
            // Every language uses the same placeholders as the English text.
            QCOMPARE(ReplyRenderer::render(tpl.texts.value(lang), {}).used.size(),
                     ReplyRenderer::render(tpl.texts.value(u"en"_s), {}).used.size());
        }
    }
    // The seed's apology, first.
    QVERIFY(list.first().texts.value(u"en"_s).contains(
            u"We are deeply sorry to learn about the damage to your purchased item"_s));
    // Opening the workspace again adds nothing.
    const qint64 before = versions(t);
    QString error;
    QVERIFY(sd::TemplateRepository(t.db()).seedBuiltins(&error));
    QCOMPARE(versions(t), before);
}

void tst_Replies::editsAreVersionsAndBuiltinsRestore()
{
    sdtest::TempWorkspace t;
    sd::TemplateRepository repo(t.db());
    QString error;
    const sd::ReplyTemplate shipped = *repo.current(u"coupon_offer"_s);
    sd::ReplyTemplate edited = shipped;
    edited.texts.insert(u"en"_s, u"Hi {buyer_name}, here is {coupon_code} worth {coupon_value}. {agent_name}"_s);
    QCOMPARE(repo.save(edited, &error), 2);
    QCOMPARE(repo.current(u"coupon_offer"_s)->version, 2);
    QCOMPARE(repo.current(u"coupon_offer"_s)->origin, u"user"_s);
    QCOMPARE(repo.current(u"coupon_offer"_s)->texts.value(u"en"_s), edited.texts.value(u"en"_s));
    QCOMPARE(repo.save(edited, &error), 2); // unchanged: no new version
    const auto history = repo.history(u"coupon_offer"_s);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().version, 2);
    QVERIFY(repo.version(u"coupon_offer"_s, 1)->sameContent(shipped)); // old versions stay
    QCOMPARE(sd::AuditLog(t.db()).entriesFor(u"reply_templates"_s, u"coupon_offer"_s).size(), 1);

    QCOMPARE(repo.restoreBuiltin(u"coupon_offer"_s, &error), 3);
    const auto restored = repo.current(u"coupon_offer"_s);
    QVERIFY(restored->sameContent(shipped));
    QCOMPARE(restored->origin, u"restored"_s);
    QCOMPARE(repo.history(u"coupon_offer"_s).size(), 3);

    // A new user template, then an edit of it.
    sd::ReplyTemplate mine;
    mine.key = u"thanks_for_patience"_s;
    mine.title.en = u"Thanks for your patience"_s;
    mine.texts.insert(u"en"_s, u"Thank you, {buyer_name}."_s);
    QCOMPARE(repo.save(mine, &error), 1);
    QVERIFY(!repo.current(u"thanks_for_patience"_s)->builtin);
    QVERIFY(!repo.restoreBuiltin(u"thanks_for_patience"_s, &error));
    QVERIFY2(error.contains(u"not a built-in"_s), qPrintable(error));

    // Refused saves write nothing.
    const qint64 before = versions(t);
    sd::ReplyTemplate bad = mine;
    bad.key = u"Bad Key"_s;
    QVERIFY(!repo.save(bad, &error));
    bad = mine;
    bad.texts.insert(u"es"_s, u"   "_s);
    QVERIFY(!repo.save(bad, &error));
    QVERIFY2(error.contains(u"es"_s), qPrintable(error));
    bad = mine;
    bad.texts.insert(u"Spanish"_s, u"Hola"_s);
    QVERIFY(!repo.save(bad, &error));
    bad = mine;
    bad.texts.insert(u"es"_s, u"Hola {nombre}"_s);
    QVERIFY(!repo.save(bad, &error));
    QVERIFY2(error.contains(u"{nombre}"_s) && error.contains(u"column 6"_s), qPrintable(error));
    QCOMPARE(versions(t), before);
}

void tst_Replies::archiveOnlyUserTemplates()
{
    sdtest::TempWorkspace t;
    sd::TemplateRepository repo(t.db());
    QString error;
    QVERIFY(!repo.setArchived(u"damage_apology"_s, true, &error));
    QVERIFY2(error.contains(u"built-in"_s), qPrintable(error));
    sd::ReplyTemplate mine;
    mine.key = u"old_promo"_s;
    mine.title.en = u"Old promo"_s;
    mine.texts.insert(u"en"_s, u"Promo for {buyer_name}"_s);
    QVERIFY(repo.save(mine, &error));
    QCOMPARE(repo.list().size(), 7);
    QVERIFY(repo.setArchived(u"old_promo"_s, true, &error));
    QCOMPARE(repo.list().size(), 6);
    QCOMPARE(repo.list(true).size(), 7);
    QVERIFY(!sd::ReplyTemplateJson::parse(repo.exportJson(), u"x"_s, &error)->isEmpty());
    QVERIFY(!repo.exportJson().contains("old_promo"));
}

void tst_Replies::jsonRoundTrip()
{
    sdtest::TempWorkspace a;
    sd::TemplateRepository repoA(a.db());
    QString error;
    sd::ReplyTemplate mine;
    mine.key = u"vip_apology"_s;
    mine.title = {u"VIP apology"_s, u"VIP 致歉"_s};
    mine.description = {u"For repeat buyers"_s, u"老客户"_s};
    mine.texts.insert(u"en"_s, u"Dear {buyer_name}, {{sorry}}!"_s);
    mine.texts.insert(u"ar"_s, u"عزيزي {buyer_name}"_s);
    mine.texts.insert(u"pt_BR"_s, u"Olá {buyer_name}"_s);
    QVERIFY(repoA.save(mine, &error));
    const QByteArray json = repoA.exportJson();

    // Into the same workspace: nothing changes.
    const qint64 before = versions(a);
    auto summary = repoA.importJson(json, u"library.json"_s, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->unchanged, 7);
    QCOMPARE(versions(a), before);

    // Into another workspace that has edited a built-in: an update and an addition.
    sdtest::TempWorkspace b;
    sd::TemplateRepository repoB(b.db());
    sd::ReplyTemplate edited = *repoB.current(u"request_photos"_s);
    edited.texts.insert(u"en"_s, u"Photos please, {buyer_name}."_s);
    QVERIFY(repoB.save(edited, &error));
    summary = repoB.importJson(json, u"library.json"_s, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->updated, 1);
    QCOMPARE(summary->unchanged, 5);
    const auto listA = repoA.list();
    const auto listB = repoB.list();
    QCOMPARE(listB.size(), listA.size());
    for (const auto &tpl : listA) {
        const auto other = repoB.current(tpl.key);
        QVERIFY2(other && other->sameContent(tpl), qPrintable(tpl.key));
    }
    QCOMPARE(repoB.current(u"request_photos"_s)->origin, u"imported"_s);
    QCOMPARE(repoB.current(u"vip_apology"_s)->texts.value(u"pt_BR"_s), u"Olá {buyer_name}"_s);
}

void tst_Replies::malformedJsonChangesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray good = R"({"key": "ok_one", "title": {"en": "OK"}, "texts": {"en": "Hi {buyer_name}"}})";
    QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"sellerdesk-reply-templates\",\n  \"version\": 1,,\n}")
                            << u"library.json:3:17:"_s;
    QTest::newRow("not ours") << QByteArray(R"({"format": "something-else", "version": 1, "templates": []})")
                              << u"library.json: format:"_s;
    QTest::newRow("version") << QByteArray(R"({"format": "sellerdesk-reply-templates", "version": 2, "templates": []})")
                             << u"version"_s;
    QTest::newRow("empty") << library("[]") << u"no templates"_s;
    QTest::newRow("bad key") << library("[" + good + R"(, {"key": "Bad-Key", "title": {"en": "x"}, "texts": {"en": "x"}}])")
                             << u"templates[1].key"_s;
    QTest::newRow("duplicate") << library("[" + good + ", " + good + "]") << u"appears twice"_s;
    QTest::newRow("no title") << library(R"([{"key": "a", "texts": {"en": "x"}}])") << u"templates[0].title.en"_s;
    QTest::newRow("no texts") << library(R"([{"key": "a", "title": {"en": "x"}, "texts": {}}])")
                              << u"templates[0].texts"_s;
    QTest::newRow("bad language") << library(R"([{"key": "a", "title": {"en": "x"}, "texts": {"english": "x"}}])")
                                  << u"templates[0].texts.english"_s;
    QTest::newRow("unknown placeholder")
            << library("[" + good + R"(, {"key": "b", "title": {"en": "x"}, "texts": {"es": "Hola\n{nombre}"}}])")
            << u"templates[1].texts.es: line 2, column 1: {nombre}"_s;
    QTest::newRow("stray brace") << library(R"([{"key": "a", "title": {"en": "x"}, "texts": {"en": "Hi {buyer_name"}}])")
                                 << u"column 4"_s;
    QTest::newRow("text not a string") << library(R"([{"key": "a", "title": {"en": "x"}, "texts": {"en": 5}}])")
                                       << u"empty"_s;
}

void tst_Replies::malformedJsonChangesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    sdtest::TempWorkspace t;
    sd::TemplateRepository repo(t.db());
    const qint64 before = versions(t);
    const QByteArray exported = repo.exportJson();
    QString error;
    QVERIFY(!repo.importJson(json, u"library.json"_s, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(versions(t), before);
    QCOMPARE(repo.exportJson(), exported);
}

void tst_Replies::suggestions()
{
    sd::Claim c;
    c.state = u"new"_s;
    QCOMPARE(sd::ReplyDrafter::suggestTemplate(c, 0), u"request_photos"_s);
    QCOMPARE(sd::ReplyDrafter::suggestTemplate(c, 2), u"damage_apology"_s);
    c.state = u"awaiting_evidence"_s;
    QCOMPARE(sd::ReplyDrafter::suggestTemplate(c, 2), u"request_photos"_s);
    c.state = u"under_review"_s;
    QCOMPARE(sd::ReplyDrafter::suggestTemplate(c, 2), u"damage_apology"_s);
    c.state = u"resolved"_s;
    const QList<std::pair<QString, QString>> byResolution{{u"full_refund"_s, u"damage_apology"_s},
                                                          {u"partial_refund"_s, u"partial_refund_offer"_s},
                                                          {u"reship"_s, u"reshipment_notice"_s},
                                                          {u"coupon"_s, u"coupon_offer"_s},
                                                          {u"rejected"_s, u"claim_rejected"_s}};
    for (const auto &[resolution, key] : byResolution) {
        c.resolution = resolution;
        QCOMPARE(sd::ReplyDrafter::suggestTemplate(c, 1), key);
    }

    sd::ReplyTemplate t;
    t.texts = {{u"en"_s, u"x"_s}, {u"pt"_s, u"x"_s}, {u"pl"_s, u"x"_s}};
    c.buyerLanguage = u"pt"_s;
    c.buyerCountry = u"PL"_s;
    QCOMPARE(sd::ReplyDrafter::suggestLanguage(c, t), u"pt"_s); // the buyer's own language wins
    c.buyerLanguage.clear();
    QCOMPARE(sd::ReplyDrafter::suggestLanguage(c, t), u"pl"_s); // then the country's
    c.buyerCountry = u"CN"_s;
    QCOMPARE(sd::ReplyDrafter::suggestLanguage(c, t), u"en"_s); // no Chinese text: English
    t.texts.remove(u"en"_s);
    QCOMPARE(sd::ReplyDrafter::suggestLanguage(c, t), u"pl"_s); // else the first language
}

void tst_Replies::draftFromAClaim()
{
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor Home"_s);
    QSqlQuery q(t.db());
    QVERIFY(q.exec(u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, "
                   "buyer_name, country, created_utc) VALUES (1, '8123', 'semi_jit', 'FINISH', 'USD', "
                   "'Ana Souza', 'BR', 0)"_s));
    QVERIFY(q.exec(u"INSERT INTO order_items (order_ref, child_id, product_id, product_name, quantity, "
                   "unit_price_minor) VALUES (1, '1', 'P1', 'Vaso de vidro', 3, 1250)"_s));
    QString error;
    sd::Claim c;
    c.storeId = store;
    c.orderId = u"8123"_s;
    c.openedUtc = 1;
    c.currency = sd::Currency::of(u"USD");
    c.quantityAffected = 2;
    const auto id = sd::ClaimRepository(t.db()).add(c, &error);
    QVERIFY2(id, qPrintable(error));
    const auto claim = *sd::ClaimRepository(t.db()).byId(*id);
    sd::ReplyDrafter drafter(t.db());

    // No photos yet: ask for them, in Portuguese (Brazil), signed by nobody yet.
    auto d = drafter.draft(claim, {}, {}, {}, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->templateKey, u"request_photos"_s);
    QCOMPARE(d->version, 1);
    QCOMPARE(d->lang, u"pt"_s);
    QVERIFY(d->result.text.contains(u"Ana Souza"_s));
    QVERIFY(d->result.text.contains(u"Vaso de vidro"_s));
    QCOMPARE(d->result.problems.size(), 1);
    QCOMPARE(d->result.problems.first().name, u"agent_name"_s);

    // The apology: before a refund is recorded, what the buyer paid for the 2 units.
    d = drafter.draft(claim, u"damage_apology"_s, u"pt"_s, u"Mei"_s, &error);
    QVERIFY2(d && d->result.ok(), qPrintable(error));
    QVERIFY2(d->result.text.contains(u"US$\u00A025,00"_s), qPrintable(d->result.text));
    QVERIFY(d->result.text.contains(u"Harbor Home"_s));
    QVERIFY(d->result.text.contains(u"Mei"_s));
    // English for the same buyer: the money stays in the buyer's (Brazilian) format.
    d = drafter.draft(claim, u"damage_apology"_s, u"en"_s, u"Mei"_s, &error);
    QVERIFY(d->result.text.startsWith(u"Dear Ana Souza,"_s));
    // A coupon template without a coupon: the missing values are named.
    d = drafter.draft(claim, u"coupon_offer"_s, u"pt"_s, u"Mei"_s, &error);
    QStringList missing;
    for (const auto &p : d->result.problems)
        missing.append(p.name);
    missing.sort();
    QCOMPARE(missing, (QStringList{u"coupon_code"_s, u"coupon_value"_s}));
    // A language the template lacks is refused with the ones it has.
    QVERIFY(!drafter.draft(claim, u"damage_apology"_s, u"sw"_s, u"Mei"_s, &error));
    QVERIFY2(error.contains(u"sw"_s) && error.contains(u"pt"_s), qPrintable(error));
    QVERIFY(!drafter.draft(claim, u"nope"_s, {}, u"Mei"_s, &error));

    QVERIFY(drafter.setAgentName(u"  Mei Lin "_s, &error));
    QCOMPARE(drafter.agentName(), u"Mei Lin"_s);
}

QTEST_GUILESS_MAIN(tst_Replies)
#include "tst_replies.moc"
