// Report PDFs hold their text: the amounts, counts, rates and dates a page shows are
// what a reader selects, copies and finds, in English and in Chinese. The text is read
// the way readers read it (pdftext.h: each glyph through its font's ToUnicode map).

#include "pdftext.h"
#include "testutil.h"

#include "i18n.h"
#include "reports/pdftextmaps.h"
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"
#include "time/utctime.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using sd::Cell;
using sdtest::PdfText;

Q_DECLARE_METATYPE(sd::ReportDocument::Kind)

namespace {

qint64 at(int y, int m, int d, int h = 0, int min = 0)
{
    return sd::utc::toStore(QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()));
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// One store, USD, in UTC, with on 10 November 2026: an order of USD 1,789.99 held in
// risk control, a deduction of USD 25.50, and a claim refunded USD 1,789.99.
qint64 seed(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"INSERT INTO stores (name, currency, time_zone, created_utc) VALUES ('Harbor', 'USD', 'UTC', 0)"_s))
        return -1;
    const qint64 store = q.lastInsertId().toLongLong();
    const qint64 paid = at(2026, 11, 10, 9, 30);
    if (!exec(db,
              u"INSERT INTO orders (store_id, order_id, fulfillment_model, order_status, currency, "
              "product_total_minor, order_total_minor, commission_rate_ppm, commission_minor, created_utc, paid_utc) "
              "VALUES (?, '8100123456789', 'pop', 'RISK_CONTROL', 'USD', 178999, 178999, 80000, 14320, ?, ?)"_s,
              {store, paid, paid}))
        return -1;
    const qint64 order = sdtest::scalar(db, u"SELECT id FROM orders WHERE order_id = '8100123456789'"_s);
    if (!exec(db,
              u"INSERT INTO order_items (order_ref, child_id, product_id, product_name, quantity, unit_price_minor) "
              "VALUES (?, '1', 'P1', 'Lamp', 1, 178999)"_s,
              {order}))
        return -1;
    if (!exec(db,
              u"INSERT INTO ledger_entries (store_id, entry_id, at_utc, kind, currency, amount_minor, reason) "
              "VALUES (?, 'E1', ?, 'deduction', 'USD', 2550, 'Late shipment')"_s,
              {store, at(2026, 11, 10, 12, 15)}))
        return -1;
    if (!exec(db,
              u"INSERT INTO claims (store_id, order_id, product_id, product_name, buyer_name, opened_utc, "
              "quantity_affected, cause, state, resolution, currency, refund_minor, state_changed_utc, "
              "resolved_utc) VALUES (?, '8100123456789', 'P1', 'Lamp', 'Ana', ?, 1, 'logistics_damage', "
              "'resolved', 'full_refund', 'USD', 178999, ?, ?)"_s,
              {store, at(2026, 11, 10, 8), at(2026, 11, 10, 16), at(2026, 11, 10, 16)}))
        return -1;
    return store;
}

} // namespace

class tst_ReportPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { sd::i18n::apply(u"en"_s); }
    void textMaps();
    void readsTheText();
    void figuresCanBeFound_data();
    void figuresCanBeFound();
};

// The characters Qt's PDF writer names wrongly, and what they stand for.
void tst_ReportPdf::textMaps()
{
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\t')), QChar(u' '));
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\u2F49')), QChar(u'月')); // KANGXI RADICAL MOON
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\u2F63')), QChar(u'生'));
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\u2FA6')), QChar(u'金'));
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\u2E9F')), QChar(u'母')); // CJK RADICAL MOTHER
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\u2EDA')), QChar(u'页')); // CJK RADICAL C-SIMPLIFIED LEAF
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\u2E81')), QChar(u'\u5382')); // the first of the table
    QCOMPARE(QChar(sd::PdfTextMaps::textOf(u'\u2EF3')), QChar(u'\u9F9F')); // and the last
    // No equivalent, or one outside the Basic Multilingual Plane (U+20628), or no radical.
    for (char16_t same : {u' ', u'1', u'A', u'\u00B7', u'\u2E80', u'\u2E87', u'月', u'\uFB01'})
        QCOMPARE(QChar(sd::PdfTextMaps::textOf(same)), QChar(same));

    QByteArray pdf = "1 0 obj\n<< /Type /Font /ToUnicode 2 0 R >>\nendobj\n"
                     "2 0 obj\n<< /Length 123 >>\nstream\n"
                     "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0041> <0009> <2F49> ]\nendbfrange\n"
                     "1 beginbfchar\n<0004> <2F63>\nendbfchar\n"
                     "endstream\nendobj\n";
    const qsizetype size = pdf.size();
    QCOMPARE(sd::PdfTextMaps::repair(&pdf), 3);
    QCOMPARE(pdf.size(), size);
    QVERIFY2(pdf.contains("<0001> <0003> [<0041> <0020> <6708> ]\n"), pdf.constData());
    QVERIFY2(pdf.contains("<0004> <751F>\n"), pdf.constData());
    QVERIFY(pdf.contains("<0000> <0000> <0000>\n"));
}

// The reader itself, on a PDF whose every character is known.
void tst_ReportPdf::readsTheText()
{
    sd::ReportDocument doc;
    doc.title = u"Title 2026"_s;
    doc.storeLabel = u"Harbor"_s;
    doc.periodLabel = u"2026-11"_s;
    doc.zone = QTimeZone::utc();
    doc.generatedUtc = at(2026, 12, 1, 7, 5);
    sd::ReportSection s;
    s.key = u"summary"_s;
    s.title = u"Figures"_s;
    s.columns = {{u"Store"_s, Cell::Kind::Text, 10},
                 {u"Orders"_s, Cell::Kind::Integer, 0},
                 {u"GMV"_s, Cell::Kind::Money, 0}};
    s.rows = {{Cell::ofText(u"王明华"_s), Cell::ofInteger(810), Cell::ofMoney(178999, 2, u"USD"_s)}};
    doc.sections = {s};
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.pdf"_s);
    QString error;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QVERIFY2(sd::ReportRenderer::writePdf(doc, path, QPageSize::A4, english, &error), qPrintable(error));
    const PdfText pdf(sdtest::fileBytes(path));
    QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
    QCOMPARE(pdf.pages().size(), 1);
    const QStringList lines = pdf.pages().first().split(u'\n');
    QVERIFY2(lines.contains(u"Title 2026"_s), qPrintable(pdf.all()));
    QVERIFY2(lines.contains(u"Harbor · 2026-11"_s), qPrintable(pdf.all()));
    QVERIFY2(lines.contains(u"Store Orders GMV"_s), qPrintable(pdf.all())); // a row's cells, one line
    QVERIFY2(lines.contains(u"王明华 810 USD 1,789.99"_s), qPrintable(pdf.all()));
    QVERIFY2(lines.contains(u"Generated 2026-12-01 07:05 UTC Page 1 of 1"_s), qPrintable(pdf.all()));
}

void tst_ReportPdf::figuresCanBeFound_data()
{
    QTest::addColumn<sd::ReportDocument::Kind>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("letter"); // else A4
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        QTest::addRow("monthly %s", qPrintable(language)) << sd::ReportDocument::Kind::Monthly << language << false;
        QTest::addRow("daily %s", qPrintable(language)) << sd::ReportDocument::Kind::Daily << language << false;
        QTest::addRow("claims %s", qPrintable(language)) << sd::ReportDocument::Kind::Claims << language << true;
    }
}

// Every amount, count, rate, date and time of the report, its title, period, generation
// time and section headings are in the PDF's text as the pages show them, and no glyph
// is without its character.
void tst_ReportPdf::figuresCanBeFound()
{
    QFETCH(sd::ReportDocument::Kind, kind);
    QFETCH(QString, language);
    QFETCH(bool, letter);
    QVERIFY(sd::i18n::apply(language));
    const QLocale locale(language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language));

    sdtest::TempWorkspace t;
    const qint64 store = seed(t.db());
    QVERIFY(store > 0);
    sd::ReportRequest r;
    r.kind = kind;
    r.storeId = store;
    r.date = QDate(2026, 11, 10);
    r.month = QDate(2026, 11, 1);
    r.from = QDate(2026, 11, 1);
    r.to = QDate(2026, 11, 30);
    r.nowUtc = at(2026, 12, 1, 7, 5);
    r.zone = QTimeZone::utc();
    QString error;
    const auto doc = sd::ReportBuilder(t.db()).build(r, &error);
    QVERIFY2(doc, qPrintable(error));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QVERIFY2(sd::ReportRenderer::writePdf(*doc, path, letter ? QPageSize::Letter : QPageSize::A4, locale, &error),
             qPrintable(error));
    const PdfText pdf(sdtest::fileBytes(path));
    QVERIFY2(pdf.isValid(), qPrintable(pdf.error()));
    const QString text = pdf.all();

    QVERIFY2(!text.contains(QChar::ReplacementCharacter), qPrintable(text));
    // The amounts this workspace holds, whole.
    const QString amount = kind == sd::ReportDocument::Kind::Daily ? u"USD 25.50"_s : u"USD 1,789.99"_s;
    QVERIFY2(text.contains(amount), qPrintable(text));
    QVERIFY2(text.contains(u"1,789.99"_s), qPrintable(text));

    QStringList wanted{doc->title, doc->periodLabel, doc->generatedText()};
    for (const sd::ReportSection &s : doc->sections) {
        wanted << s.title;
        for (const QList<Cell> &row : s.rows) {
            for (const Cell &cell : row) {
                if (cell.kind != Cell::Kind::Text && cell.kind != Cell::Kind::Empty)
                    wanted << sd::reportDisplayText(cell, locale);
            }
        }
    }
    for (const QString &w : std::as_const(wanted)) {
        // A cell too narrow for its text wraps between words: a space or a line break.
        QStringList words = w.split(u' ');
        for (QString &word : words)
            word = QRegularExpression::escape(word);
        const QRegularExpression found(words.join(u"[ \\n]"_s));
        // On failure, the lines holding the figure's first word (the whole text is long).
        const QStringList near = text.split(u'\n').filter(w.section(u' ', 0, 0));
        QVERIFY2(found.match(text).hasMatch(), qPrintable(u"\"%1\" is not in the PDF's text; the lines nearest:\n%2"_s.arg(
                                           w, near.isEmpty() ? text : near.join(u'\n'))));
    }
}

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
