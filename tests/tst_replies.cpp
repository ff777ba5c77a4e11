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

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using sd::ReplyRenderer;

namespace {

const ReplyRenderer::Values s_values{
        {u"buyer_name"_s, u"Ana Souza"_s},     {u"order_id"_s, u"8123456789"_s},
        {u"product"_s, u"Glass vase"_s},       {u"quantity"_s, u"2"_s},
        {u"refund_amount"_s, u"US$ 25,00"_s},  {u"coupon_code"_s, u"SORRY5"_s},
        {u"coupon_value"_s, u"US$ 5,00"_s},    {u"coupon_min_spend"_s, u"US$ 20,00"_s},
        {u"coupon_expiry"_s, u"31 de agosto de 2026"_s}, {u"tracking_number"_s, u"LP0012345"_s},
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

// The built-in templates in library order, and the languages of each (the seed's
// verbatim apology is English only).
const QStringList s_builtinKeys{u"request_photos"_s,       u"claim_received"_s,    u"claim_under_review"_s,
                                u"damage_apology"_s,       u"partial_refund_offer"_s, u"reshipment_notice"_s,
                                u"coupon_offer"_s,         u"claim_rejected"_s,    u"damage_apology_seed"_s};
const QStringList s_languages{u"ar"_s, u"de"_s, u"en"_s,    u"es_419"_s, u"es_ES"_s, u"fr"_s, u"it"_s, u"ja"_s,
                              u"ko"_s, u"nl"_s, u"pl"_s, u"pt_BR"_s, u"pt_PT"_s, u"ru"_s,  u"tr"_s};

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
    void noWordsThatMisstateWhoDoesWhat();
    void editsAreVersionsAndBuiltinsRestore();
    void archiveOnlyUserTemplates();
    void jsonRoundTrip();
    void malformedJsonChangesNothing_data();
    void malformedJsonChangesNothing();
    void suggestionPerState_data();
    void suggestionPerState();
    void preDecisionRepliesPromiseNoMoney();
    void languageCodes();
    void languageVariantsByCountry_data();
    void languageVariantsByCountry();
    void languageVariantsFallBack();
    void datesInTheBuyersLocale_data();
    void datesInTheBuyersLocale();
    void shippedUpdatesAreOfferedNotForced();
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
                     "[coupon_min_spend=US$ 20,00][coupon_expiry=31 de agosto de 2026]"
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
    QCOMPARE(keys, s_builtinKeys);
    for (const auto &tpl : list) {
        QVERIFY(tpl.builtin);
        QCOMPARE(tpl.version, 1);
        QCOMPARE(tpl.origin, u"builtin"_s);
        QVERIFY(!tpl.title.zh.isEmpty());
        QVERIFY(!tpl.description.en.isEmpty() && !tpl.description.zh.isEmpty());
        if (tpl.key == u"damage_apology_seed"_s)
            continue;
        // Every language, Spanish and Portuguese in their two regional variants.
        QCOMPARE(QStringList(tpl.texts.keys()), s_languages);
        QStringList english = ReplyRenderer::render(tpl.texts.value(u"en"_s), {}).used;
        english.sort();
        for (auto it = tpl.texts.cbegin(); it != tpl.texts.cend(); ++it) {
            QVERIFY2(ReplyRenderer::check(it.value()).isEmpty(), qPrintable(tpl.key + u' ' + it.key()));
            // Every language uses the same placeholders as the English text.
            QStringList used = ReplyRenderer::render(it.value(), {}).used;
            used.sort();
            QVERIFY2(used == english, qPrintable(tpl.key + u' ' + it.key()));
            // Signed by the agent for the store, in every language.
            QVERIFY2(it.value().endsWith(u"{agent_name}\n{store_name}"_s), qPrintable(tpl.key + u' ' + it.key()));
        }
    }
    // The regional variants really differ where the wording does.
    const auto received = sd::TemplateRepository(t.db()).current(u"claim_received"_s);
    QVERIFY(received->texts.value(u"es_ES"_s).contains(u"reclamación"_s));
    QVERIFY(received->texts.value(u"es_419"_s).contains(u"reclamo"_s));
    QVERIFY(received->texts.value(u"pt_PT"_s).contains(u"encomenda"_s));
    QVERIFY(received->texts.value(u"pt_BR"_s).contains(u"pedido"_s));
    // The seed's apology, word for word (with placeholders for the buyer, the order and the
    // amount), kept as a template of its own in English.
    const auto seed = sd::TemplateRepository(t.db()).current(u"damage_apology_seed"_s);
    QCOMPARE(QStringList(seed->texts.keys()), QStringList{u"en"_s});
    for (const QString &sentence :
         {u"We are deeply sorry to learn about the damage to your purchased item"_s,
          u"We fully understand your disappointment and inconvenience caused by this issue."_s,
          u"have initiated an investigation with our logistics partner. As a gesture of goodwill"_s,
          u"The refund will be processed by our platform and credited to your account within a few business days."_s,
          u"We will adopt stronger packaging materials"_s})
        QVERIFY2(seed->texts.value(u"en"_s).contains(sentence), qPrintable(sentence));
    // The default English apology reads like a person wrote it.
    const QString apology = sd::TemplateRepository(t.db()).current(u"damage_apology"_s)->texts.value(u"en"_s);
    QVERIFY(!apology.contains(u"We fully understand your disappointment"_s));
    // Opening the workspace again adds nothing.
    const qint64 before = versions(t);
    QString error;
    QVERIFY(sd::TemplateRepository(t.db()).seedBuiltins(&error));
    QCOMPARE(versions(t), before);
}

void tst_Replies::noWordsThatMisstateWhoDoesWhat()
{
    // The review of the shipped wording: no "gesture of goodwill" for a refund the seller
    // owes, no "our platform", no fixed investigations or packaging promises, in any
    // language. Only the seed's verbatim template (never suggested) keeps them.
    static const QHash<QString, QString> misstatements{
            {u"en"_s, u"goodwill|investigat|our platform|business days|stronger packaging|we will ensure"_s},
            {u"es"_s, u"buena voluntad|investigaci|nuestra plataforma|días hábiles"_s},
            {u"pt"_s, u"boa vontade|investiga|nossa plataforma|dias úteis"_s},
            {u"fr"_s, u"geste commercial|bonne volonté|enquête|notre plateforme|jours ouvrés"_s},
            {u"de"_s, u"kulanz|ermittl|untersuchung|unsere plattform|werktage"_s},
            {u"it"_s, u"buona volontà|indagine|la nostra piattaforma|giorni lavorativi"_s},
            {u"nl"_s, u"coulance|onderzoek|ons platform|werkdagen"_s},
            {u"pl"_s, u"dobrej woli|dochodzeni|nasza platforma|dni robocz"_s},
            {u"ru"_s, u"доброй воли|расследован|нашей платформ|рабочих дн"_s},
            {u"ko"_s, u"호의|수사|조사|저희 플랫폼|영업일"_s},
            {u"ja"_s, u"好意|調査|当社のプラットフォーム|営業日"_s},
            {u"tr"_s, u"iyi niyet|soruşturma|araştırma başlat|platformumuz|iş günü"_s},
            {u"ar"_s, u"حسن النية|تحقيق|منصتنا|أيام عمل"_s},
    };
    sdtest::TempWorkspace t;
    for (const auto &tpl : sd::TemplateRepository(t.db()).list()) {
        for (auto it = tpl.texts.cbegin(); it != tpl.texts.cend(); ++it) {
            const QString base = it.key().section(u'_', 0, 0);
            QVERIFY2(misstatements.contains(base), qPrintable(u"no word list for "_s + it.key()));
            const QRegularExpression words(misstatements.value(base), QRegularExpression::CaseInsensitiveOption);
            const auto found = words.match(it.value());
            if (tpl.key == u"damage_apology_seed"_s)
                QVERIFY(found.hasMatch()); // the list finds the seed's wording
            else
                QVERIFY2(!found.hasMatch(), qPrintable(tpl.key + u' ' + it.key() + u": "_s + found.captured()));
        }
    }
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
    const qsizetype builtins = s_builtinKeys.size();
    QCOMPARE(repo.list().size(), builtins + 1);
    QVERIFY(repo.setArchived(u"old_promo"_s, true, &error));
    QCOMPARE(repo.list().size(), builtins);
    QCOMPARE(repo.list(true).size(), builtins + 1);
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
    QCOMPARE(summary->unchanged, int(s_builtinKeys.size()) + 1);
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
    QCOMPARE(summary->unchanged, int(s_builtinKeys.size()) - 1);
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

// Words that give money back, per language: a reply may use them only once the claim
// has a refund. Checked to find every language's word in the full-refund confirmation.
const QHash<QString, QString> &refundWords()
{
    static const QHash<QString, QString> words{
            {u"en"_s, u"refund|reimburs|money back|compensat"_s},
            {u"es"_s, u"reembols|devoluci[oó]n del (dinero|importe)|devolver(emos)? (el|su) dinero|compensa"_s},
            {u"pt"_s, u"reembols|estorn|devolu[cç][aã]o do (dinheiro|valor)|ressarc"_s},
            {u"fr"_s, u"rembours|dédommag|indemni"_s},
            {u"de"_s, u"erstatt|rückzahl|zurückzahl|geld zurück|entschädig"_s},
            {u"it"_s, u"rimbors|risarc|indennizz"_s},
            {u"nl"_s, u"terugbetal|terugstort|restitu|geld terug|vergoed"_s},
            {u"pl"_s, u"zwrot|zwróc|rekompens|odszkodow"_s},
            {u"ru"_s, u"возврат|верн[её]м деньги|компенс|возмещ"_s},
            {u"ko"_s, u"환불|보상|배상"_s},
            {u"ja"_s, u"返金|払い戻|払戻|補償|返還"_s},
            {u"tr"_s, u"iade|geri öde|tazmin"_s},
            {u"ar"_s, u"استرداد|استرجاع|تعويض|رد المبلغ|إرجاع المبلغ"_s},
    };
    return words;
}

void tst_Replies::suggestionPerState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<int>("photos");
    QTest::addColumn<QString>("expected");
    QTest::newRow("new, no photos") << u"new"_s << QString() << 0 << u"request_photos"_s;
    QTest::newRow("new, with photos") << u"new"_s << QString() << 2 << u"claim_received"_s;
    QTest::newRow("awaiting evidence, no photos") << u"awaiting_evidence"_s << QString() << 0 << u"request_photos"_s;
    QTest::newRow("awaiting evidence, with photos") << u"awaiting_evidence"_s << QString() << 1 << u"request_photos"_s;
    QTest::newRow("under platform review") << u"under_review"_s << QString() << 2 << u"claim_under_review"_s;
    const QList<std::pair<QString, QString>> byResolution{{u"full_refund"_s, u"damage_apology"_s},
                                                          {u"partial_refund"_s, u"partial_refund_offer"_s},
                                                          {u"reship"_s, u"reshipment_notice"_s},
                                                          {u"coupon"_s, u"coupon_offer"_s},
                                                          {u"rejected"_s, u"claim_rejected"_s}};
    for (const QString &state : {u"resolved"_s, u"closed"_s}) {
        for (const auto &[resolution, key] : byResolution)
            QTest::addRow("%s: %s", qPrintable(state), qPrintable(resolution)) << state << resolution << 1 << key;
    }
}

void tst_Replies::suggestionPerState()
{
    QFETCH(QString, state);
    QFETCH(QString, resolution);
    QFETCH(int, photos);
    QFETCH(QString, expected);
    sdtest::TempWorkspace t;
    sd::Claim c;
    c.storeId = addStore(t, u"Harbor Home"_s);
    c.state = state;
    c.resolution = resolution;
    c.orderId = u"8123456789"_s;
    c.buyerName = u"Ana Souza"_s;
    c.buyerCountry = u"BR"_s;
    c.productName = u"Glass vase"_s;
    c.currency = sd::Currency::of(u"USD");
    // The settlement the resolution records: its money, coupon and tracking number.
    if (resolution == u"full_refund"_s)
        c.refundMinor = 2500;
    if (resolution == u"partial_refund"_s)
        c.refundMinor = 1000;
    if (resolution == u"coupon"_s) {
        c.couponCode = u"SORRY5"_s;
        c.couponMinor = 500;
        c.couponMinSpendMinor = 2000;
        c.couponExpiry = QDate(2026, 8, 31);
    }
    if (resolution == u"reship"_s)
        c.reshipTracking = u"LP00482101CN"_s;
    QCOMPARE(sd::ReplyDrafter::suggestTemplate(c, photos), expected);

    const auto tpl = sd::TemplateRepository(t.db()).current(expected);
    QVERIFY(tpl && tpl->builtin);
    const bool decided = state == u"resolved"_s || state == u"closed"_s;
    const bool refunded = decided && (resolution == u"full_refund"_s || resolution == u"partial_refund"_s);
    const sd::ReplyDrafter drafter(t.db());
    QCOMPARE(tpl->texts.size(), s_languages.size());
    for (auto it = tpl->texts.cbegin(); it != tpl->texts.cend(); ++it) {
        const QString where = expected + u' ' + it.key();
        const QString base = it.key().section(u'_', 0, 0);
        QVERIFY2(refundWords().contains(base), qPrintable(u"no refund words for "_s + where));
        const QRegularExpression money(refundWords().value(base), QRegularExpression::CaseInsensitiveOption);
        // No refund promised (or even named) before the claim has one.
        if (!refunded)
            QVERIFY2(!money.match(it.value()).hasMatch(),
                     qPrintable(where + u": "_s + money.match(it.value()).captured()));
        // Only the facts the claim has.
        const QStringList used = ReplyRenderer::render(it.value(), {}).used;
        QVERIFY2(refunded || !used.contains(u"refund_amount"_s), qPrintable(where));
        for (const QString &coupon : {u"coupon_code"_s, u"coupon_value"_s, u"coupon_min_spend"_s, u"coupon_expiry"_s})
            QVERIFY2(resolution == u"coupon"_s || !used.contains(coupon), qPrintable(where));
        QVERIFY2(resolution == u"reship"_s || !used.contains(u"tracking_number"_s), qPrintable(where));
        // ... and every one of them can be filled from this claim, in every language.
        const auto r = ReplyRenderer::render(it.value(), drafter.values(c, it.key(), u"Mei"_s));
        QVERIFY2(r.ok(), qPrintable(where + u": "_s + (r.ok() ? QString() : r.problems.first().message())));
    }
}

void tst_Replies::preDecisionRepliesPromiseNoMoney()
{
    sdtest::TempWorkspace t;
    const sd::TemplateRepository repo(t.db());
    // The word lists find the money in every language of the full-refund confirmation...
    const auto confirmation = repo.current(u"damage_apology"_s);
    for (auto it = confirmation->texts.cbegin(); it != confirmation->texts.cend(); ++it) {
        const QRegularExpression money(refundWords().value(it.key().section(u'_', 0, 0)),
                                       QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(money.match(it.value()).hasMatch(), qPrintable(it.key()));
    }
    // ... and in none of the templates suggested before a decision, whatever the photos.
    QSet<QString> preDecision;
    for (const QString &state : {u"new"_s, u"awaiting_evidence"_s, u"under_review"_s}) {
        for (int photos : {0, 1}) {
            sd::Claim c;
            c.state = state;
            preDecision.insert(sd::ReplyDrafter::suggestTemplate(c, photos));
        }
    }
    QCOMPARE(preDecision, (QSet<QString>{u"request_photos"_s, u"claim_received"_s, u"claim_under_review"_s}));
    for (const QString &key : preDecision) {
        const auto tpl = repo.current(key);
        for (auto it = tpl->texts.cbegin(); it != tpl->texts.cend(); ++it) {
            const QRegularExpression money(refundWords().value(it.key().section(u'_', 0, 0)),
                                           QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!money.match(it.value()).hasMatch(), qPrintable(key + u' ' + it.key()));
            for (const QString &name : ReplyRenderer::render(it.value(), {}).used)
                QVERIFY2(!name.startsWith(u"refund"_s) && !name.startsWith(u"coupon"_s), qPrintable(key + u' ' + name));
        }
    }
}

void tst_Replies::languageCodes()
{
    using sd::ReplyTemplateJson;
    QCOMPARE(ReplyTemplateJson::normalizeLanguage(u"es-419"_s), u"es_419"_s);
    QCOMPARE(ReplyTemplateJson::normalizeLanguage(u"PT-br"_s), u"pt_BR"_s);
    QCOMPARE(ReplyTemplateJson::normalizeLanguage(u" zh_CN "_s), u"zh_CN"_s);
    QCOMPARE(ReplyTemplateJson::normalizeLanguage(u"EN"_s), u"en"_s);
    for (const QString &good : {u"en"_s, u"es_ES"_s, u"es_419"_s, u"pt_BR"_s, u"zh_CN"_s, u"fil"_s})
        QVERIFY2(ReplyTemplateJson::checkLanguage(good).isEmpty(), qPrintable(good));
    for (const QString &bad : {u"es_41"_s, u"es_4190"_s, u"es_es"_s, u"es-ES"_s, u"e"_s, u"english"_s, u"es_E1"_s})
        QVERIFY2(!ReplyTemplateJson::checkLanguage(bad).isEmpty(), qPrintable(bad));

    // The library file and the editor take either spelling and store one.
    sdtest::TempWorkspace t;
    sd::TemplateRepository repo(t.db());
    QString error;
    auto s = repo.importJson(library(R"([{"key": "regional", "title": {"en": "Regional"},
        "texts": {"en": "Hi {buyer_name}", "es-419": "Hola {buyer_name}", "PT-pt": "Olá {buyer_name}"}}])"),
                             u"library.json"_s, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(QStringList(repo.current(u"regional"_s)->texts.keys()), (QStringList{u"en"_s, u"es_419"_s, u"pt_PT"_s}));
    QVERIFY(repo.exportJson().contains("\"es_419\""));
    QVERIFY(!repo.importJson(library(R"([{"key": "twice", "title": {"en": "Twice"},
        "texts": {"es-419": "Hola", "es_419": "Hola"}}])"),
                             u"library.json"_s, &error));
    QVERIFY2(error.contains(u"appears twice"_s), qPrintable(error));
    sd::ReplyTemplate mine = *repo.current(u"regional"_s);
    mine.texts.insert(u"es-ES"_s, u"Hola, {buyer_name}"_s);
    QVERIFY2(repo.save(mine, &error), qPrintable(error));
    QVERIFY(repo.current(u"regional"_s)->texts.contains(u"es_ES"_s));
    mine.texts.insert(u"es_ES"_s, u"Hola otra vez"_s); // "es-ES" and "es_ES" in one save
    QVERIFY(!repo.save(mine, &error));
}

void tst_Replies::languageVariantsByCountry_data()
{
    QTest::addColumn<QString>("language"); // the claim's buyer language
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Mexico") << QString() << u"MX"_s << u"es_419"_s;
    QTest::newRow("Argentina") << QString() << u"AR"_s << u"es_419"_s;
    QTest::newRow("Chile") << QString() << u"CL"_s << u"es_419"_s;
    QTest::newRow("Colombia") << QString() << u"CO"_s << u"es_419"_s;
    QTest::newRow("Peru") << QString() << u"PE"_s << u"es_419"_s;
    QTest::newRow("Spain") << QString() << u"ES"_s << u"es_ES"_s;
    QTest::newRow("Spanish in the US") << u"es"_s << u"US"_s << u"es_419"_s;
    QTest::newRow("Spanish in France") << u"es"_s << u"FR"_s << u"es_ES"_s;
    QTest::newRow("Spanish, no country") << u"es"_s << QString() << u"es_ES"_s;
    QTest::newRow("Spanish in Mexico, said") << u"es"_s << u"MX"_s << u"es_419"_s;
    QTest::newRow("Brazil") << QString() << u"BR"_s << u"pt_BR"_s;
    QTest::newRow("Portugal") << QString() << u"PT"_s << u"pt_PT"_s;
    QTest::newRow("Angola") << QString() << u"AO"_s << u"pt_PT"_s;
    QTest::newRow("Mozambique") << QString() << u"MZ"_s << u"pt_PT"_s;
    QTest::newRow("Portuguese, no country") << u"pt"_s << QString() << u"pt_BR"_s;
    QTest::newRow("Portuguese in Portugal, said") << u"pt"_s << u"PT"_s << u"pt_PT"_s;
    QTest::newRow("French in Canada") << u"fr"_s << u"CA"_s << u"fr"_s;
    QTest::newRow("Israel: no Hebrew text") << QString() << u"IL"_s << u"en"_s;
}

void tst_Replies::languageVariantsByCountry()
{
    QFETCH(QString, language);
    QFETCH(QString, country);
    QFETCH(QString, expected);
    sdtest::TempWorkspace t;
    sd::Claim c;
    c.buyerLanguage = language;
    c.buyerCountry = country;
    for (const QString &key : s_builtinKeys) {
        if (key == u"damage_apology_seed"_s)
            continue;
        const auto tpl = sd::TemplateRepository(t.db()).current(key);
        QCOMPARE(sd::ReplyDrafter::suggestLanguage(c, *tpl), expected);
    }
}

void tst_Replies::languageVariantsFallBack()
{
    auto pick = [](const QStringList &langs, const QString &language, const QString &country) {
        sd::ReplyTemplate t;
        for (const QString &l : langs)
            t.texts.insert(l, u"x"_s);
        sd::Claim c;
        c.buyerLanguage = language;
        c.buyerCountry = country;
        return sd::ReplyDrafter::suggestLanguage(c, t);
    };
    // A workspace's own templates with one Spanish and one Portuguese text keep working.
    QCOMPARE(pick({u"en"_s, u"es"_s, u"pt"_s}, {}, u"MX"_s), u"es"_s);
    QCOMPARE(pick({u"en"_s, u"es"_s, u"pt"_s}, {}, u"ES"_s), u"es"_s);
    QCOMPARE(pick({u"en"_s, u"es"_s, u"pt"_s}, {}, u"PT"_s), u"pt"_s);
    // A variant for the buyer's region beats the plain language, which beats the other region.
    QCOMPARE(pick({u"en"_s, u"es"_s, u"es_419"_s}, {}, u"AR"_s), u"es_419"_s);
    QCOMPARE(pick({u"en"_s, u"es"_s, u"es_419"_s}, {}, u"ES"_s), u"es"_s);
    QCOMPARE(pick({u"en"_s, u"es_ES"_s}, {}, u"MX"_s), u"es_ES"_s); // Spanish before English
    QCOMPARE(pick({u"en"_s, u"pt_BR"_s}, {}, u"PT"_s), u"pt_BR"_s);
    // A country's own variant beats its region's; any variant of the language beats English.
    QCOMPARE(pick({u"es_419"_s, u"es_MX"_s}, {}, u"MX"_s), u"es_MX"_s);
    QCOMPARE(pick({u"en"_s, u"fr_CA"_s}, u"fr"_s, u"FR"_s), u"fr_CA"_s);

    // Drafting with a language asked for: "es" takes the buyer's variant, a variant named is kept.
    sdtest::TempWorkspace t;
    const qint64 store = addStore(t, u"Harbor Home"_s);
    sd::Claim c;
    c.storeId = store;
    c.buyerCountry = u"MX"_s;
    c.currency = sd::Currency::of(u"MXN");
    const sd::ReplyDrafter drafter(t.db());
    QString error;
    QCOMPARE(drafter.draft(c, u"request_photos"_s, u"es"_s, u"Mei"_s, &error)->lang, u"es_419"_s);
    QCOMPARE(drafter.draft(c, u"request_photos"_s, u"es-ES"_s, u"Mei"_s, &error)->lang, u"es_ES"_s);
    QCOMPARE(drafter.draft(c, u"request_photos"_s, u"pt"_s, u"Mei"_s, &error)->lang, u"pt_BR"_s);
    QCOMPARE(drafter.draft(c, u"request_photos"_s, {}, u"Mei"_s, &error)->lang, u"es_419"_s);
    QVERIFY(!drafter.draft(c, u"damage_apology_seed"_s, u"es"_s, u"Mei"_s, &error));
    QVERIFY2(error.contains(u"(it has: en)"_s), qPrintable(error));
}

void tst_Replies::datesInTheBuyersLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US") << u"en_US"_s << u"August 31, 2026"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"31 August 2026"_s;
    QTest::newRow("es_ES") << u"es_ES"_s << u"31 de agosto de 2026"_s;
    QTest::newRow("es_MX") << u"es_MX"_s << u"31 de agosto de 2026"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"31 de agosto de 2026"_s;
    QTest::newRow("fr_FR") << u"fr_FR"_s << u"31 août 2026"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << u"31. August 2026"_s;
    QTest::newRow("ru_RU") << u"ru_RU"_s << u"31 августа 2026 г."_s;
    QTest::newRow("pl_PL") << u"pl_PL"_s << u"31 sierpnia 2026"_s;
    QTest::newRow("ko_KR") << u"ko_KR"_s << u"2026년 8월 31일"_s;
    QTest::newRow("ja_JP") << u"ja_JP"_s << u"2026年8月31日"_s;
    QTest::newRow("it_IT") << u"it_IT"_s << u"31 agosto 2026"_s;
    QTest::newRow("nl_NL") << u"nl_NL"_s << u"31 augustus 2026"_s;
    QTest::newRow("tr_TR (weekday last)") << u"tr_TR"_s << u"31 Ağustos 2026"_s;
    QTest::newRow("ar_SA (Arabic digits)") << u"ar_SA"_s << u"٣١ أغسطس ٢٠٢٦"_s;
}

void tst_Replies::datesInTheBuyersLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    // Which space separates the year from "г." (a space, or the narrow no-break space of
    // newer CLDR data in Qt 6.8) is the locale data's choice; the words and digits are checked.
    QString formatted = ReplyRenderer::formatDate(QDate(2026, 8, 31), QLocale(locale));
    formatted.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    QCOMPARE(formatted, expected);
    QVERIFY(ReplyRenderer::formatDate(QDate(), QLocale(locale)).isEmpty());
}

void tst_Replies::shippedUpdatesAreOfferedNotForced()
{
    sdtest::TempWorkspace t;
    sd::TemplateRepository repo(t.db());
    QString error;
    // A workspace seeded by an earlier SellerDesk: four built-ins were shipped in
    // another wording.
    QSqlQuery q(t.db());
    QVERIFY(q.exec(u"UPDATE reply_template_texts SET body = 'Earlier wording for {buyer_name}' WHERE lang = 'en' "
                   "AND version_ref IN (SELECT v.id FROM reply_template_versions v JOIN reply_templates t "
                   "ON t.id = v.template_ref WHERE t.key IN ('damage_apology', 'request_photos', "
                   "'coupon_offer', 'claim_rejected'))"_s));
    // The user edited two of them since; a third was edited and then set back to the
    // shipped wording by hand (no edit of the user's left).
    for (const QString &key : {u"request_photos"_s, u"claim_rejected"_s, u"coupon_offer"_s}) {
        sd::ReplyTemplate mine = *repo.current(key);
        mine.texts.insert(u"en"_s, u"Our own wording for {buyer_name}"_s);
        QCOMPARE(repo.save(mine, &error), 2);
    }
    sd::ReplyTemplate back = *repo.version(u"coupon_offer"_s, 1);
    QCOMPARE(repo.save(back, &error), 3);
    QVERIFY(repo.isEdited(u"request_photos"_s));
    QVERIFY(!repo.isEdited(u"coupon_offer"_s));
    QVERIFY(!repo.isEdited(u"damage_apology"_s));

    // The next start: the unedited ones take the new wording, the edited ones keep theirs.
    QVERIFY2(repo.seedBuiltins(&error), qPrintable(error));
    const QList<sd::ReplyTemplate> shipped = sd::ReplyTemplateJson::shipped();
    auto shippedOf = [&](const QString &key) {
        return *std::find_if(shipped.cbegin(), shipped.cend(), [&](const auto &s) { return s.key == key; });
    };
    const auto apology = repo.current(u"damage_apology"_s);
    QCOMPARE(apology->version, 2);
    QCOMPARE(apology->origin, u"builtin"_s);
    QVERIFY(apology->sameContent(shippedOf(u"damage_apology"_s)));
    QCOMPARE(repo.current(u"coupon_offer"_s)->version, 4);
    QVERIFY(repo.current(u"coupon_offer"_s)->sameContent(shippedOf(u"coupon_offer"_s)));
    for (const QString &key : {u"request_photos"_s, u"claim_rejected"_s}) {
        QCOMPARE(repo.current(key)->version, 2);
        QCOMPARE(repo.current(key)->texts.value(u"en"_s), u"Our own wording for {buyer_name}"_s);
        QVERIFY(repo.offeredUpdate(key)->sameContent(shippedOf(key)));
    }
    QCOMPARE(repo.offeredUpdates(), (QStringList{u"request_photos"_s, u"claim_rejected"_s}));
    QVERIFY(!repo.offeredUpdate(u"damage_apology"_s));
    // Seeding again changes nothing.
    qint64 before = versions(t);
    QVERIFY(repo.seedBuiltins(&error));
    QCOMPARE(versions(t), before);

    // Taking the offer makes the shipped wording the newest version.
    QCOMPARE(repo.restoreBuiltin(u"claim_rejected"_s, &error), 3);
    QVERIFY(repo.current(u"claim_rejected"_s)->sameContent(shippedOf(u"claim_rejected"_s)));
    QVERIFY(!repo.offeredUpdate(u"claim_rejected"_s));
    // Keeping one's own wording ends the offer of this shipped wording, and changes no text.
    before = versions(t);
    QVERIFY2(repo.keepEdited(u"request_photos"_s, &error), qPrintable(error));
    QVERIFY(!repo.offeredUpdate(u"request_photos"_s));
    QVERIFY(repo.offeredUpdates().isEmpty());
    QCOMPARE(versions(t), before);
    QCOMPARE(repo.current(u"request_photos"_s)->texts.value(u"en"_s), u"Our own wording for {buyer_name}"_s);
    QVERIFY(!repo.keepEdited(u"damage_apology"_s, &error));
    QVERIFY(repo.seedBuiltins(&error));
    QCOMPARE(versions(t), before);
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

    // No photos yet: ask for them, in Brazil's Portuguese, signed by nobody yet.
    auto d = drafter.draft(claim, {}, {}, {}, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->templateKey, u"request_photos"_s);
    QCOMPARE(d->version, 1);
    QCOMPARE(d->lang, u"pt_BR"_s);
    QVERIFY(d->result.text.contains(u"Ana Souza"_s));
    QVERIFY(d->result.text.contains(u"Vaso de vidro"_s));
    QCOMPARE(d->result.problems.size(), 1);
    QCOMPARE(d->result.problems.first().name, u"agent_name"_s);

    // The full-refund confirmation before any refund is recorded: the amount is not
    // guessed (what the buyer paid would read as a promise), the draft names it.
    d = drafter.draft(claim, u"damage_apology"_s, u"pt"_s, u"Mei"_s, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->lang, u"pt_BR"_s);
    QCOMPARE(d->result.problems.size(), 1);
    QCOMPARE(d->result.problems.first().name, u"refund_amount"_s);
    QVERIFY(d->result.text.contains(u"Harbor Home"_s));
    QVERIFY(d->result.text.contains(u"Mei"_s));
    // Once the refund is recorded: the amount in the buyer's (Brazilian) format.
    sd::ClaimSettlement refund;
    refund.resolution = u"full_refund"_s;
    refund.refund = sd::Money(2500, sd::Currency::of(u"USD"));
    QVERIFY2(sd::ClaimRepository(t.db()).move(*id, u"resolved"_s, refund, {}, &error), qPrintable(error));
    const auto refunded = *sd::ClaimRepository(t.db()).byId(*id);
    d = drafter.draft(refunded, {}, {}, u"Mei"_s, &error);
    QCOMPARE(d->templateKey, u"damage_apology"_s);
    QVERIFY2(d->result.ok() && d->result.text.contains(u"US$\u00A025,00"_s), qPrintable(d->result.text));
    d = drafter.draft(refunded, u"damage_apology"_s, u"en"_s, u"Mei"_s, &error);
    QVERIFY(d->result.text.startsWith(u"Dear Ana Souza,"_s));
    QVERIFY2(d->result.text.contains(u"full refund of "_s), qPrintable(d->result.text));
    // A coupon template without a coupon: every missing value is named.
    d = drafter.draft(claim, u"coupon_offer"_s, u"pt"_s, u"Mei"_s, &error);
    QStringList missing;
    for (const auto &p : d->result.problems)
        missing.append(p.name);
    missing.sort();
    QCOMPARE(missing, (QStringList{u"coupon_code"_s, u"coupon_expiry"_s, u"coupon_min_spend"_s, u"coupon_value"_s}));
    // A language the template lacks is refused with the ones it has.
    QVERIFY(!drafter.draft(claim, u"damage_apology"_s, u"sw"_s, u"Mei"_s, &error));
    QVERIFY2(error.contains(u"sw"_s) && error.contains(u"pt_BR"_s), qPrintable(error));
    QVERIFY(!drafter.draft(claim, u"nope"_s, {}, u"Mei"_s, &error));

    // A coupon with its terms, for a buyer in Mexico: the regional Spanish, the minimum
    // spend and the last day in the buyer's formats.
    sd::Claim mx = claim;
    mx.id = 0;
    mx.orderId = u"8124"_s; // not imported: the claim links when it is
    mx.buyerCountry = u"MX"_s;
    const auto mxId = sd::ClaimRepository(t.db()).add(mx, &error);
    QVERIFY2(mxId, qPrintable(error));
    sd::ClaimSettlement coupon;
    coupon.resolution = u"coupon"_s;
    coupon.couponCode = u"PERDON5"_s;
    coupon.coupon = sd::Money(500, sd::Currency::of(u"USD"));
    coupon.couponMinSpend = sd::Money(2000, sd::Currency::of(u"USD"));
    coupon.couponExpiry = QDate(2026, 8, 31);
    QVERIFY2(sd::ClaimRepository(t.db()).move(*mxId, u"resolved"_s, coupon, {}, &error), qPrintable(error));
    d = drafter.draft(*sd::ClaimRepository(t.db()).byId(*mxId), {}, {}, u"Mei"_s, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->templateKey, u"coupon_offer"_s);
    QCOMPARE(d->lang, u"es_419"_s);
    QVERIFY2(d->result.ok(), qPrintable(d->result.text));
    for (const QString &part : {u"PERDON5"_s, u"US$20.00"_s, u"hasta el 31 de agosto de 2026"_s})
        QVERIFY2(d->result.text.contains(part), qPrintable(part + u" in " + d->result.text));

    QVERIFY(drafter.setAgentName(u"  Mei Lin "_s, &error));
    QCOMPARE(drafter.agentName(), u"Mei Lin"_s);
}

QTEST_GUILESS_MAIN(tst_Replies)
#include "tst_replies.moc"
