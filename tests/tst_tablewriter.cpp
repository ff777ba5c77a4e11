#include "testutil.h"

#include "io/csvreader.h"
#include "io/tablewriter.h"
#include "io/xlsxreader.h"
#include "io/zipreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <limits>

using namespace Qt::StringLiterals;
using Records = QList<QStringList>;
using sd::Cell;
using sd::TableWriter;

namespace {

using sdtest::fileBytes;
using sdtest::zipEntry;

QDateTime utcAt(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

// Writes a whole table; returns the first error, or an empty string.
QString writeTable(TableWriter::Format format, const QString &path, const QStringList &header,
                   const QList<QList<Cell>> &rows, const QString &sheet = QString())
{
    auto w = TableWriter::create(format, path, sheet);
    QString error;
    if (!w->open(header, &error))
        return error;
    for (const auto &row : rows) {
        if (!w->writeRow(row, &error))
            return error;
    }
    if (w->rowsWritten() != rows.size())
        return u"rowsWritten() is %1, not %2"_s.arg(w->rowsWritten()).arg(rows.size());
    if (!w->commit(&error))
        return error;
    return {};
}

Records readCsv(const QString &path, QString *error = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    sd::CsvReader reader(&f, path);
    Records records;
    QStringList fields;
    while (reader.readRecord(&fields))
        records << fields;
    if (error)
        *error = reader.errorString();
    return records;
}

Records readXlsx(const QString &path, QStringList *sheets = nullptr, QString *error = nullptr)
{
    sd::XlsxReader reader(path);
    Records records;
    if (reader.open()) {
        if (sheets)
            *sheets = reader.sheetNames();
        QStringList fields;
        while (reader.readRecord(&fields))
            records << fields;
    }
    if (error)
        *error = reader.errorString();
    return records;
}

// A cell of a worksheet part as written.
struct SheetCell
{
    int style = 0; // s
    QString type; // t
    QString value; // <v>
    QString text; // <is><t>
};

QHash<QString, SheetCell> sheetCells(const QByteArray &sheetXml)
{
    QHash<QString, SheetCell> cells;
    QXmlStreamReader xml(sheetXml);
    QString ref;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"c") {
            ref = xml.attributes().value("r"_L1).toString();
            SheetCell &cell = cells[ref];
            cell.style = xml.attributes().value("s"_L1).toInt();
            cell.type = xml.attributes().value("t"_L1).toString();
        } else if (xml.name() == u"v") {
            cells[ref].value = xml.readElementText();
        } else if (xml.name() == u"t") {
            cells[ref].text += xml.readElementText();
        }
    }
    return cells;
}

// A cell style (cellXfs/xf) with its number format's code.
struct CellStyle
{
    int numFmtId = 0;
    QString formatCode; // custom formats only
    bool quotePrefix = false;
    bool bold = false;
};

QList<CellStyle> cellStyles(const QByteArray &stylesXml)
{
    QHash<int, QString> codes;
    QList<bool> boldFonts;
    QList<CellStyle> styles;
    QXmlStreamReader xml(stylesXml);
    QString section;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"numFmt") {
            codes.insert(a.value("numFmtId"_L1).toInt(), a.value("formatCode"_L1).toString());
        } else if (xml.name() == u"fonts" || xml.name() == u"cellXfs"
                   || xml.name() == u"cellStyleXfs") {
            section = xml.name().toString();
        } else if (xml.name() == u"font" && section == u"fonts") {
            boldFonts << false;
        } else if (xml.name() == u"b" && section == u"fonts") {
            boldFonts.last() = true;
        } else if (xml.name() == u"xf" && section == u"cellXfs") {
            CellStyle style;
            style.numFmtId = a.value("numFmtId"_L1).toInt();
            style.formatCode = codes.value(style.numFmtId);
            style.quotePrefix = a.value("quotePrefix"_L1) == u"1";
            style.bold = boldFonts.value(a.value("fontId"_L1).toInt());
            styles << style;
        }
    }
    return styles;
}

// The text cells every round trip carries.
const QStringList trickyTexts = {
        u"plain"_s,
        u"comma, inside"_s,
        u"say \"hi\""_s,
        u"two\nlines"_s,
        u"订单号 3038417700001234"_s,
        u"emoji 📦🚚"_s,
        u"  padded  "_s,
        u"Иван Петров"_s,
};

} // namespace

class tst_TableWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats();
    void cellFactories();

    void csvExactBytes();
    void csvRoundTrip();
    void csvFormulaInjection_data();
    void csvFormulaInjection();
    void csvDigitIdsStayText_data();
    void csvDigitIdsStayText();
    void csvManyRowsCrossFlushes();
    void csvTypedCells();
    void csvWithoutBom();

    void xlsxRoundTrip();
    void xlsxLayout();
    void xlsxTypedCells();
    void xlsxFormulaInjection_data();
    void xlsxFormulaInjection();
    void xlsxEscapesAndEdgeDates();
    void xlsxSheetNames_data();
    void xlsxSheetNames();
    void xlsxRowLimit();
    void xlsxTextTooLong();

    void abandonLeavesNothing_data();
    void abandonLeavesNothing();
    void commitReplacesTarget_data();
    void commitReplacesTarget();
    void refusedCallsAndRows_data();
    void refusedCallsAndRows();
    void unwritableTarget_data();
    void unwritableTarget();
};

void tst_TableWriter::formats()
{
    QCOMPARE(TableWriter::formatFromText(u"csv"), TableWriter::Format::Csv);
    QCOMPARE(TableWriter::formatFromText(u"XLSX"), TableWriter::Format::Xlsx);
    QCOMPARE(TableWriter::formatFromText(u" Csv "), TableWriter::Format::Csv);
    QCOMPARE(TableWriter::formatFromText(u"xls"), std::nullopt);
    QCOMPARE(TableWriter::formatFromText(u""), std::nullopt);
    QCOMPARE(TableWriter::formatForPath(u"/tmp/orders.CSV"_s), TableWriter::Format::Csv);
    QCOMPARE(TableWriter::formatForPath(u"C:/exports/订单.xlsx"_s), TableWriter::Format::Xlsx);
    QCOMPARE(TableWriter::formatForPath(u"orders.backup.xlsx"_s), TableWriter::Format::Xlsx);
    QCOMPARE(TableWriter::formatForPath(u"orders"_s), std::nullopt);
    QCOMPARE(TableWriter::formatForPath(u"orders.txt"_s), std::nullopt);
}

void tst_TableWriter::cellFactories()
{
    QCOMPARE(Cell::empty().kind, Cell::Kind::Empty);
    QCOMPARE(Cell::ofText(u"x"_s).text, u"x"_s);
    QCOMPARE(Cell::ofInteger(-7).integer, -7);
    const Cell d = Cell::ofDecimal(-1234, 2);
    QCOMPARE(d.kind, Cell::Kind::Decimal);
    QCOMPARE(d.integer, -1234);
    QCOMPARE(d.decimals, 2);
    QCOMPARE(Cell::ofDateTime(QDateTime()).kind, Cell::Kind::Empty);
    QCOMPARE(Cell::ofDateTime(utcAt(2025, 3, 1, 12, 0, 0)).kind, Cell::Kind::DateTime);
    QCOMPARE(Cell::ofDate(QDate()).kind, Cell::Kind::Empty);
    const Cell day = Cell::ofDate(QDate(2025, 3, 1));
    QCOMPARE(day.kind, Cell::Kind::Date);
    QCOMPARE(day.date, QDate(2025, 3, 1));
    const Cell m = Cell::ofMoney(-1234, 2, u"USD"_s);
    QCOMPARE(m.kind, Cell::Kind::Money);
    QCOMPARE(m.integer, -1234);
    QCOMPARE(m.decimals, 2);
    QCOMPARE(m.currency, u"USD"_s);
    const Cell p = Cell::ofPercent(27100);
    QCOMPARE(p.kind, Cell::Kind::Percent);
    QCOMPARE(p.integer, 27100);
}

void tst_TableWriter::csvExactBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.csv"_s);
    const QString error = writeTable(
            TableWriter::Format::Csv, path, {u"Order"_s, u"Amount, USD"_s, u"Paid"_s, u"Note"_s},
            {
                    {Cell::ofText(u"A1"_s), Cell::ofDecimal(-1234, 2),
                     Cell::ofDateTime(utcAt(2025, 3, 1, 12, 0, 0)), Cell::ofText(u"a \"b\", c"_s)},
                    {Cell::ofInteger(42), Cell::ofDecimal(5, 2),
                     Cell::ofDateTime(
                             QDateTime(QDate(2025, 3, 1), QTime(20, 0, 0), QTimeZone(8 * 3600))),
                     Cell::ofText(u"line1\r\nline2"_s)},
                    {Cell::empty(), Cell::ofDecimal(12345, 3),
                     Cell::ofDateTime(QDateTime(QDate(2025, 3, 1), QTime(8, 30, 0),
                                                QTimeZone(-(3 * 3600 + 30 * 60))))},
                    {Cell::ofText(u" lead"_s), Cell::ofDecimal(7, 0), Cell::empty(),
                     Cell::ofText(u"trail "_s)},
                    {}, // a row of nothing is as wide as the header
            });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Order,\"Amount, USD\",Paid,Note\r\n"
                                "A1,-12.34,2025-03-01T12:00:00Z,\"a \"\"b\"\", c\"\r\n"
                                "42,0.05,2025-03-01T20:00:00+08:00,\"line1\r\nline2\"\r\n"
                                ",12.345,2025-03-01T08:30:00-03:30,\r\n"
                                "\" lead\",7,,\"trail \"\r\n"
                                ",,,\r\n";
    QCOMPARE(fileBytes(path), expected);
}

void tst_TableWriter::csvRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"往返.csv"_s);
    QStringList header = {u"Text"_s, u"Integer"_s, u"Decimal"_s, u"Paid at"_s, u"Blank"_s};
    QList<QList<Cell>> rows;
    for (const QString &t : trickyTexts)
        rows << QList<Cell>{Cell::ofText(t), Cell::ofInteger(9007199254740993LL),
                            Cell::ofDecimal(-5, 3),
                            Cell::ofDateTime(utcAt(2024, 2, 29, 23, 59, 59)), Cell::empty()};
    rows << QList<Cell>{Cell::ofText(QString()),
                        Cell::ofInteger(std::numeric_limits<qint64>::min()),
                        Cell::ofDecimal(std::numeric_limits<qint64>::min(), 6),
                        Cell::ofDateTime(QDateTime()), Cell::ofText(u"last"_s)};
    const QString error = writeTable(TableWriter::Format::Csv, path, header, rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QString readError;
    const Records records = readCsv(path, &readError);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(records.size(), rows.size() + 1);
    QCOMPARE(records.first(), header);
    for (qsizetype i = 0; i < trickyTexts.size(); ++i) {
        QCOMPARE(records.at(i + 1),
                 (QStringList{trickyTexts.at(i), u"9007199254740993"_s, u"-0.005"_s,
                              u"2024-02-29T23:59:59Z"_s, QString()}));
    }
    QCOMPARE(records.last(), (QStringList{QString(), u"-9223372036854775808"_s,
                                          u"-9223372036854.775808"_s, QString(), u"last"_s}));
}

void tst_TableWriter::csvFormulaInjection_data()
{
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QString>("field");
    QTest::newRow("equals") << Cell::ofText(u"=HYPERLINK(\"http://x\")"_s)
                            << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("plus") << Cell::ofText(u"+1"_s) << u"'+1"_s;
    QTest::newRow("minus") << Cell::ofText(u"-12"_s) << u"'-12"_s;
    QTest::newRow("at") << Cell::ofText(u"@SUM(A1)"_s) << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << Cell::ofText(u"\t=1"_s) << u"'\t=1"_s;
    QTest::newRow("carriage return") << Cell::ofText(u"\r=1"_s) << u"\"'\r=1\""_s;
    QTest::newRow("inside is fine") << Cell::ofText(u"a=b-c"_s) << u"a=b-c"_s;
    QTest::newRow("negative integer") << Cell::ofInteger(-5) << u"-5"_s;
    QTest::newRow("negative decimal") << Cell::ofDecimal(-5, 1) << u"-0.5"_s;
}

void tst_TableWriter::csvFormulaInjection()
{
    QFETCH(Cell, cell);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.csv"_s);
    const QString error = writeTable(TableWriter::Format::Csv, path, {u"H"_s}, {{cell}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fileBytes(path), QByteArray("\xEF\xBB\xBFH\r\n" + field.toUtf8() + "\r\n"));
}

void tst_TableWriter::csvDigitIdsStayText_data()
{
    // Issue 21, item 8: a spreadsheet reads a field of digits as a number, rounds it past 15
    // significant digits and drops leading zeros. Text cells it would alter get a leading
    // tab, quoted; a spreadsheet keeps them as text and SellerDesk's imports trim the tab.
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QString>("field");
    QTest::newRow("16-digit order ID") << Cell::ofText(u"3038417721189989"_s)
                                       << u"\"\t3038417721189989\""_s;
    QTest::newRow("12 digits, shown in scientific notation")
            << Cell::ofText(u"123456789012"_s) << u"\"\t123456789012\""_s;
    QTest::newRow("leading zero") << Cell::ofText(u"0042"_s) << u"\"\t0042\""_s;
    QTest::newRow("11 digits stay as they are") << Cell::ofText(u"12345678901"_s) << u"12345678901"_s;
    QTest::newRow("a lone zero") << Cell::ofText(u"0"_s) << u"0"_s;
    QTest::newRow("not only digits") << Cell::ofText(u"LP00123456789CN"_s) << u"LP00123456789CN"_s;
    QTest::newRow("an integer cell is a number") << Cell::ofInteger(3038417721189989LL)
                                                 << u"3038417721189989"_s;
}

void tst_TableWriter::csvDigitIdsStayText()
{
    QFETCH(Cell, cell);
    QFETCH(QString, field);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.csv"_s);
    const QString error = writeTable(TableWriter::Format::Csv, path, {u"H"_s}, {{cell}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fileBytes(path), QByteArray("\xEF\xBB\xBFH\r\n" + field.toUtf8() + "\r\n"));
    QString readError;
    const Records records = readCsv(path, &readError);
    QCOMPARE(records.value(1).value(0).trimmed(), cell.kind == Cell::Kind::Text ? cell.text
                                                                               : field);
}

void tst_TableWriter::csvManyRowsCrossFlushes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.csv"_s);
    QList<QList<Cell>> rows;
    for (int i = 0; i < 5000; ++i)
        rows << QList<Cell>{Cell::ofInteger(i), Cell::ofText(u"第%1行, \"quoted\""_s.arg(i))};
    const QString error = writeTable(TableWriter::Format::Csv, path, {u"N"_s, u"T"_s}, rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Records records = readCsv(path);
    QCOMPARE(records.size(), 5001);
    QCOMPARE(records.at(4000), (QStringList{u"3999"_s, u"第3999行, \"quoted\""_s}));
}

void tst_TableWriter::csvTypedCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"typed.csv"_s);
    const QString error = writeTable(
            TableWriter::Format::Csv, path, {u"Day"_s, u"Amount (USD)"_s, u"Rate"_s},
            {
                    {Cell::ofDate(QDate(2025, 3, 1)), Cell::ofMoney(-1234, 2, u"USD"_s),
                     Cell::ofPercent(27100)},
                    {Cell::ofDate(QDate()), Cell::ofMoney(5, 2, u"USD"_s), Cell::ofPercent(27123)},
                    {Cell::empty(), Cell::ofMoney(1500, 0, u"JPY"_s), Cell::ofPercent(0)},
                    {Cell::empty(), Cell::ofMoney(0, 2, u"EUR"_s), Cell::ofPercent(-15000)},
                    {Cell::empty(), Cell::empty(), Cell::ofPercent(1)},
                    {Cell::empty(), Cell::empty(), Cell::ofPercent(1'000'000)},
            });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Day,Amount (USD),Rate\r\n"
                                "2025-03-01,-12.34,2.71%\r\n"
                                ",0.05,2.7123%\r\n"
                                ",1500,0%\r\n"
                                ",0.00,-1.5%\r\n"
                                ",,0.0001%\r\n"
                                ",,100%\r\n";
    QCOMPARE(fileBytes(path), expected);

    // A money cell with more than 6 decimals is refused like a decimal.
    auto w = TableWriter::create(TableWriter::Format::Csv, dir.filePath(u"m.csv"_s));
    QString refused;
    QVERIFY(w->open({u"Amount"_s}, &refused));
    QVERIFY(!w->writeRow({Cell::ofMoney(1, 7, u"USD"_s)}, &refused));
    QVERIFY2(refused.contains(u"7 digits"_s), qPrintable(refused));
}

void tst_TableWriter::csvWithoutBom()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nobom.csv"_s);
    auto w = TableWriter::create(TableWriter::Format::Csv, path);
    w->setUtf8Bom(false);
    QString error;
    QVERIFY(w->open({u"名前"_s}, &error));
    QVERIFY(w->writeRow({Cell::ofText(u"=1"_s)}, &error));
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(fileBytes(path), QByteArray("名前\r\n'=1\r\n"));
    QCOMPARE(readCsv(path), (Records{{u"名前"_s}, {u"'=1"_s}}));
}

void tst_TableWriter::xlsxRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"往返.xlsx"_s);
    const QStringList header
            = {u"Text"_s, u"Integer"_s, u"Decimal"_s, u"Paid at"_s, u"Blank"_s, u"Last"_s};
    QList<QList<Cell>> rows;
    for (const QString &t : trickyTexts)
        rows << QList<Cell>{Cell::ofText(t),
                            Cell::ofInteger(42),
                            Cell::ofDecimal(-1234, 2),
                            Cell::ofDateTime(utcAt(2025, 3, 1, 12, 0, 0)),
                            Cell::empty(),
                            Cell::ofText(u"x"_s)};
    // Numbers: exact at 15 digits, text beyond (2^53 + 1 would lose its last digit).
    rows << QList<Cell>{Cell::ofText(u"=1+2"_s), Cell::ofInteger(999'999'999'999'999),
                        Cell::ofDecimal(5, 2),   Cell::ofDateTime(utcAt(2024, 2, 29, 0, 0, 0)),
                        Cell::empty(),           Cell::ofInteger(9007199254740993LL)};
    rows << QList<Cell>{Cell::ofText(u"-minus stays"_s),
                        Cell::ofInteger(-1'000'000'000'000'000),
                        Cell::ofDecimal(12345, 3),
                        Cell::ofDateTime(utcAt(1999, 12, 31, 23, 59, 59)),
                        Cell::empty(),
                        Cell::ofDecimal(123'456'789'012'345'678, 2)};
    rows << QList<Cell>{
            Cell::ofText(u"crlf\r\nand cr\rend"_s),
            Cell::ofInteger(0),
            Cell::ofDecimal(150, 2),
            Cell::ofDateTime(QDateTime(QDate(2025, 3, 1), QTime(20, 0, 0), QTimeZone(8 * 3600))),
            Cell::empty(),
            Cell::ofDecimal(-7, 0)};
    const QString error = writeTable(TableWriter::Format::Xlsx, path, header, rows, u"Orders"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList sheets;
    QString readError;
    const Records records = readXlsx(path, &sheets, &readError);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(sheets, QStringList{u"Orders"_s});
    QCOMPARE(records.size(), rows.size() + 1);
    QCOMPARE(records.first(), header);
    for (qsizetype i = 0; i < trickyTexts.size(); ++i) {
        QCOMPARE(records.at(i + 1), (QStringList{trickyTexts.at(i), u"42"_s, u"-12.34"_s,
                                                 u"2025-03-01 12:00:00"_s, QString(), u"x"_s}));
    }
    const qsizetype n = trickyTexts.size() + 1;
    // XlsxReader gives a midnight date-time as the date alone.
    QCOMPARE(records.at(n), (QStringList{u"=1+2"_s, u"999999999999999"_s, u"0.05"_s,
                                         u"2024-02-29"_s, QString(), u"9007199254740993"_s}));
    QCOMPARE(records.at(n + 1),
             (QStringList{u"-minus stays"_s, u"-1000000000000000"_s, u"12.345"_s,
                          u"1999-12-31 23:59:59"_s, QString(), u"1234567890123456.78"_s}));
    // A decimal is a number ("1.5", shown "1.50"). A date-time is its wall clock in its
    // own zone, without the zone.
    QCOMPARE(records.at(n + 2), (QStringList{u"crlf\nand cr\nend"_s, u"0"_s, u"1.5"_s,
                                             u"2025-03-01 20:00:00"_s, QString(), u"-7"_s}));
}

void tst_TableWriter::xlsxLayout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"layout.xlsx"_s);
    const QString error
            = writeTable(TableWriter::Format::Xlsx, path, {u"No"_s, u"付款时间"_s, u"Amount"_s},
                         {{Cell::ofInteger(1), Cell::ofDateTime(utcAt(2025, 3, 1, 12, 0, 0)),
                           Cell::ofDecimal(1234, 2)}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray sheet = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                            "state=\"frozen\"/>"),
             sheet.constData());
    QVERIFY2(sheet.contains("<cols>"), sheet.constData());
    // The date-time column is wide enough for "2025-03-01 12:00:00".
    QVERIFY2(sheet.contains("<col min=\"2\" max=\"2\" width=\"21.7109375\" customWidth=\"1\"/>"),
             sheet.constData());
    const QByteArray styles = zipEntry(path, u"xl/styles.xml"_s);
    QVERIFY2(styles.contains("formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"")
                     || styles.contains("formatCode=\"yyyy-mm-dd hh:mm:ss\""),
             styles.constData());
    // "0.00" is also Excel's built-in format 2.
    const QList<CellStyle> xfs = cellStyles(styles);
    const QHash<QString, SheetCell> cells = sheetCells(sheet);
    const CellStyle amount = xfs.value(cells.value(u"C2"_s).style);
    QVERIFY2(amount.formatCode == u"0.00"_s || amount.numFmtId == 2, qPrintable(amount.formatCode));
    QCOMPARE(cells.value(u"C2"_s).value, u"12.34"_s);
    QVERIFY(xfs.value(cells.value(u"A1"_s).style).bold);
    QVERIFY(!xfs.value(cells.value(u"A2"_s).style).bold);
}

void tst_TableWriter::xlsxTypedCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"typed.xlsx"_s);
    const QString error = writeTable(
            TableWriter::Format::Xlsx, path,
            {u"Amount"_s, u"Rate"_s, u"Day"_s, u"Yen"_s, u"Huge"_s},
            {
                    {Cell::ofMoney(1234, 2, u"USD"_s), Cell::ofPercent(27100),
                     Cell::ofDate(QDate(2025, 3, 1)), Cell::ofMoney(-1500, 0, u"JPY"_s),
                     Cell::ofMoney(123'456'789'012'345'678, 2, u"USD"_s)},
                    {Cell::ofMoney(-5, 2, u"usd"_s), Cell::ofPercent(-15000),
                     Cell::ofDate(QDate(1899, 12, 31)), Cell::empty(),
                     Cell::ofPercent(1'234'567'890'123'456'789)},
            });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray sheetXml = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    const QByteArray stylesXml = zipEntry(path, u"xl/styles.xml"_s);
    const QHash<QString, SheetCell> cells = sheetCells(sheetXml);
    const QList<CellStyle> styles = cellStyles(stylesXml);

    // Money: a number whose format names the currency.
    QVERIFY2(sheetXml.contains(QByteArray(QByteArray("<c r=\"A2\" s=\"")
                                          + QByteArray::number(cells.value(u"A2"_s).style)
                                          + "\"><v>12.34</v>")),
             sheetXml.constData());
    QCOMPARE(cells.value(u"A2"_s).type, QString());
    QCOMPARE(styles.value(cells.value(u"A2"_s).style).formatCode,
             u"[$USD] #,##0.00;-[$USD] #,##0.00"_s);
    QCOMPARE(cells.value(u"A3"_s).value, u"-0.05"_s);
    QCOMPARE(cells.value(u"A3"_s).style, cells.value(u"A2"_s).style); // one format, cached
    QCOMPARE(cells.value(u"D2"_s).value, u"-1500"_s);
    QCOMPARE(styles.value(cells.value(u"D2"_s).style).formatCode,
             u"[$JPY] #,##0;-[$JPY] #,##0"_s);
    // Percent: the fraction, shown as a percentage.
    QCOMPARE(cells.value(u"B2"_s).value, u"0.0271"_s);
    QCOMPARE(cells.value(u"B2"_s).type, QString());
    const CellStyle percent = styles.value(cells.value(u"B2"_s).style);
    QVERIFY2(percent.formatCode == u"0.00%"_s || percent.numFmtId == 10,
             qPrintable(percent.formatCode));
    QCOMPARE(cells.value(u"B3"_s).value, u"-0.015"_s);
    // Date: a serial number shown as a date.
    QCOMPARE(cells.value(u"C2"_s).value, u"45717"_s);
    QCOMPARE(styles.value(cells.value(u"C2"_s).style).formatCode, u"yyyy-mm-dd"_s);
    // Past 15 digits, and before Excel's first day: text.
    QCOMPARE(cells.value(u"E2"_s).type, u"inlineStr"_s);
    QCOMPARE(cells.value(u"E2"_s).text, u"1234567890123456.78"_s);
    QCOMPARE(cells.value(u"E3"_s).text, u"123456789012345.6789%"_s);
    QCOMPARE(cells.value(u"C3"_s).text, u"1899-12-31"_s);

    // XlsxReader reads the values back.
    QString readError;
    const Records records = readXlsx(path, nullptr, &readError);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1), (QStringList{u"12.34"_s, u"0.0271"_s, u"2025-03-01"_s, u"-1500"_s,
                                         u"1234567890123456.78"_s}));
    QCOMPARE(records.at(2), (QStringList{u"-0.05"_s, u"-0.015"_s, u"1899-12-31"_s, QString(),
                                         u"123456789012345.6789%"_s}));

    // Money and date columns are wide enough for what Excel shows.
    QVERIFY2(sheetXml.contains("<col min=\"1\" max=\"1\" width=\"16.7109375\" customWidth=\"1\"/>"),
             sheetXml.constData());
    QVERIFY2(sheetXml.contains("<col min=\"3\" max=\"3\" width=\"12.7109375\" customWidth=\"1\"/>"),
             sheetXml.constData());
}

void tst_TableWriter::xlsxFormulaInjection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // CR LF and CR become LF
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                            << u"=HYPERLINK(\"http://x\",\"y\")"_s;
    QTest::newRow("plus") << u"+1"_s << u"+1"_s;
    QTest::newRow("minus") << u"-12"_s << u"-12"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"\n=1"_s;
}

void tst_TableWriter::xlsxFormulaInjection()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.xlsx"_s);
    const QString error = writeTable(TableWriter::Format::Xlsx, path, {u"H"_s, u"-Note"_s},
                                     {{Cell::ofText(text), Cell::ofText(u"a=b"_s)}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QHash<QString, SheetCell> cells = sheetCells(zipEntry(path, u"xl/worksheets/sheet1.xml"_s));
    const QList<CellStyle> styles = cellStyles(zipEntry(path, u"xl/styles.xml"_s));
    // A string, never a formula, and its style keeps Excel from reading it as one even
    // once the cell is edited.
    const SheetCell cell = cells.value(u"A2"_s);
    QCOMPARE(cell.type, u"inlineStr"_s);
    QCOMPARE(cell.text, stored);
    QVERIFY(cell.style > 0);
    QVERIFY(styles.value(cell.style).quotePrefix);
    // Other texts have no quote prefix; a header that looks like a formula has, and stays bold.
    QVERIFY(!styles.value(cells.value(u"B2"_s).style).quotePrefix);
    QVERIFY(!styles.value(cells.value(u"A1"_s).style).quotePrefix);
    QVERIFY(styles.value(cells.value(u"B1"_s).style).quotePrefix);
    QVERIFY(styles.value(cells.value(u"B1"_s).style).bold);
    // The text reads back unchanged.
    const Records records = readXlsx(path);
    QCOMPARE(records, (Records{{u"H"_s, u"-Note"_s}, {stored, u"a=b"_s}}));

    // The same text in CSV gets a leading apostrophe.
    const QString csv = dir.filePath(u"x.csv"_s);
    QVERIFY(writeTable(TableWriter::Format::Csv, csv, {u"H"_s}, {{Cell::ofText(text)}}).isEmpty());
    const QByteArray row = fileBytes(csv).sliced(6); // after the BOM and "H\r\n"
    QVERIFY2(row.startsWith('\'') || row.startsWith("\"'"), row.constData());
}

void tst_TableWriter::xlsxEscapesAndEdgeDates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edges.xlsx"_s);
    const QString error
            = writeTable(TableWriter::Format::Xlsx, path, {u"<Text> & \"more\""_s, u"When"_s},
                         {
                                 {Cell::ofText(u"bell\u0007 and _x0041_ <b>&amp;"_s),
                                  Cell::ofDateTime(utcAt(1900, 2, 28, 6, 0, 0))},
                                 {Cell::empty(), Cell::ofDateTime(utcAt(1900, 3, 1, 0, 0, 0))},
                                 {Cell::empty(), Cell::ofDateTime(utcAt(1899, 12, 31, 23, 0, 0))},
                         },
                         u"A & B <c>"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray sheet = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    // Control characters and a literal "_xHHHH_" are escaped the way Excel reads them.
    QVERIFY2(sheet.contains("bell_x0007_ and _x005F_x0041_ &lt;b&gt;&amp;amp;"), sheet.constData());
    QCOMPARE(sheetCells(sheet).value(u"A1"_s).text, u"<Text> & \"more\""_s);
    // Excel's serials around its phantom 1900-02-29 (serial 60).
    QVERIFY2(sheet.contains("<v>59.25</v>"), sheet.constData());
    QVERIFY2(sheet.contains("<v>61</v>"), sheet.constData());

    QStringList sheets;
    QString readError;
    const Records records = readXlsx(path, &sheets, &readError);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(sheets, QStringList{u"A & B <c>"_s});
    QCOMPARE(records.at(0), (QStringList{u"<Text> & \"more\""_s, u"When"_s}));
    QCOMPARE(records.at(1).at(1), u"1900-02-28 06:00:00"_s);
    QCOMPARE(records.at(2).at(1), u"1900-03-01"_s);
    // Before Excel's first day: ISO text.
    QCOMPARE(records.at(3).at(1), u"1899-12-31T23:00:00Z"_s);
}

void tst_TableWriter::xlsxSheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("written");
    QTest::newRow("empty") << QString() << u"Sheet1"_s;
    QTest::newRow("plain") << u"Orders"_s << u"Orders"_s;
    QTest::newRow("chinese") << u"订单"_s << u"订单"_s;
    QTest::newRow("refused characters")
            << u"Orders: 2025/03 [v*?\\]"_s << u"Orders_ 2025_03 _v____"_s;
    QTest::newRow("apostrophes") << u"'quoted'"_s << u"quoted"_s;
    QTest::newRow("too long") << u"Orders of the whole year 2025 for all stores"_s
                              << u"Orders of the whole year 2025 f"_s;
    QTest::newRow("emoji not cut in half")
            << QString(QString(30, u'x') + u"📦"_s) << QString(30, u'x');
}

void tst_TableWriter::xlsxSheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QString, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.xlsx"_s);
    const QString error
            = writeTable(TableWriter::Format::Xlsx, path, {u"H"_s}, {{Cell::ofInteger(1)}}, wanted);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList sheets;
    const Records records = readXlsx(path, &sheets);
    QCOMPARE(sheets, QStringList{written});
    QCOMPARE(records.size(), 2);
}

void tst_TableWriter::xlsxRowLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"limit.xlsx"_s);
    auto w = TableWriter::create(TableWriter::Format::Xlsx, path);
    w->setMaxRowsForTest(3); // the header and two data rows
    QString error;
    QVERIFY2(w->open({u"N"_s}, &error), qPrintable(error));
    QVERIFY2(w->writeRow({Cell::ofInteger(1)}, &error), qPrintable(error));
    QVERIFY2(w->writeRow({Cell::ofInteger(2)}, &error), qPrintable(error));
    QVERIFY(!w->writeRow({Cell::ofInteger(3)}, &error));
    QVERIFY2(error.contains(u"too many rows"_s) && error.contains(u"CSV"_s)
                     && error.contains(QDir::toNativeSeparators(path)),
             qPrintable(error));
    QCOMPARE(w->rowsWritten(), 2);
    // The refused row is not written; what fits can still be saved.
    QVERIFY2(w->commit(&error), qPrintable(error));
    QCOMPARE(readXlsx(path), (Records{{u"N"_s}, {u"1"_s}, {u"2"_s}}));

    // CSV has no such limit.
    const QString csv = dir.filePath(u"limit.csv"_s);
    auto c = TableWriter::create(TableWriter::Format::Csv, csv);
    c->setMaxRowsForTest(3);
    QVERIFY(c->open({u"N"_s}, &error));
    for (int i = 0; i < 5; ++i)
        QVERIFY2(c->writeRow({Cell::ofInteger(i)}, &error), qPrintable(error));
    QVERIFY(c->commit(&error));
    QCOMPARE(readCsv(csv).size(), 6);
}

void tst_TableWriter::xlsxTextTooLong()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.xlsx"_s);
    auto w = TableWriter::create(TableWriter::Format::Xlsx, path);
    QString error;
    QVERIFY(w->open({u"Id"_s, u"Buyer note"_s}, &error));
    QVERIFY(w->writeRow({Cell::ofText(u"a"_s), Cell::ofText(QString(32767, u'n'))}, &error));
    QVERIFY(!w->writeRow({Cell::ofText(u"b"_s), Cell::ofText(QString(32768, u'n'))}, &error));
    QVERIFY2(error.contains(u"row 2, column B \"Buyer note\""_s) && error.contains(u"32768"_s)
                     && error.contains(u"32767"_s),
             qPrintable(error));
    QCOMPARE(w->rowsWritten(), 1);
    QVERIFY2(w->commit(&error), qPrintable(error));
    const Records records = readXlsx(path);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(1).size(), 32767);
}

void tst_TableWriter::abandonLeavesNothing_data()
{
    QTest::addColumn<TableWriter::Format>("format");
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("csv, new") << TableWriter::Format::Csv << false;
    QTest::newRow("csv, existing") << TableWriter::Format::Csv << true;
    QTest::newRow("xlsx, new") << TableWriter::Format::Xlsx << false;
    QTest::newRow("xlsx, existing") << TableWriter::Format::Xlsx << true;
}

void tst_TableWriter::abandonLeavesNothing()
{
    QFETCH(TableWriter::Format, format);
    QFETCH(bool, targetExists);
    QTemporaryDir dir;
    const QString path
            = dir.filePath(format == TableWriter::Format::Csv ? u"out.csv"_s : u"out.xlsx"_s);
    const QByteArray before = "the previous export\n";
    if (targetExists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    {
        auto w = TableWriter::create(format, path, u"Orders"_s);
        QString error;
        QVERIFY2(w->open({u"A"_s, u"B"_s}, &error), qPrintable(error));
        for (int i = 0; i < 2000; ++i)
            QVERIFY2(w->writeRow({Cell::ofInteger(i), Cell::ofText(u"row %1"_s.arg(i))}, &error),
                     qPrintable(error));
        // Nothing reaches the target while writing.
        if (targetExists)
            QCOMPARE(fileBytes(path), before);
        else
            QVERIFY(!QFile::exists(path));
    } // destroyed without commit()
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    if (targetExists) {
        QCOMPARE(left, QStringList{QFileInfo(path).fileName()});
        QCOMPARE(fileBytes(path), before);
    } else {
        QCOMPARE(left, QStringList());
    }
}

void tst_TableWriter::commitReplacesTarget_data()
{
    QTest::addColumn<TableWriter::Format>("format");
    QTest::newRow("csv") << TableWriter::Format::Csv;
    QTest::newRow("xlsx") << TableWriter::Format::Xlsx;
}

void tst_TableWriter::commitReplacesTarget()
{
    QFETCH(TableWriter::Format, format);
    QTemporaryDir dir;
    const QString path
            = dir.filePath(format == TableWriter::Format::Csv ? u"out.csv"_s : u"out.xlsx"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const QString error = writeTable(format, path, {u"A"_s}, {{Cell::ofText(u"new"_s)}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Records records = format == TableWriter::Format::Csv ? readCsv(path) : readXlsx(path);
    QCOMPARE(records, (Records{{u"A"_s}, {u"new"_s}}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(path).fileName()});
#ifdef Q_OS_UNIX
    // The replaced file keeps its permissions.
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions(QFile::ReadGroup));
#endif
}

void tst_TableWriter::refusedCallsAndRows_data()
{
    QTest::addColumn<TableWriter::Format>("format");
    QTest::newRow("csv") << TableWriter::Format::Csv;
    QTest::newRow("xlsx") << TableWriter::Format::Xlsx;
}

void tst_TableWriter::refusedCallsAndRows()
{
    QFETCH(TableWriter::Format, format);
    QTemporaryDir dir;
    const QString path
            = dir.filePath(format == TableWriter::Format::Csv ? u"r.csv"_s : u"r.xlsx"_s);
    auto w = TableWriter::create(format, path);
    QString error;
    QVERIFY(!w->writeRow({Cell::ofInteger(1)}, &error));
    QVERIFY2(error.contains(u"not started"_s), qPrintable(error));
    QVERIFY(!w->commit(&error));
    QVERIFY(!w->open({}, &error));
    QVERIFY2(error.contains(u"no columns"_s), qPrintable(error));

    QVERIFY2(w->open({u"A"_s, u"B"_s}, &error), qPrintable(error));
    QVERIFY(!w->open({u"A"_s}, nullptr));
    QVERIFY(!w->writeRow({Cell::ofInteger(1), Cell::ofInteger(2), Cell::ofInteger(3)}, &error));
    QVERIFY2(error.contains(u"3 cells"_s) && error.contains(u"2 columns"_s), qPrintable(error));
    QVERIFY(!w->writeRow({Cell::ofDecimal(1, 7)}, &error));
    QVERIFY2(error.contains(u"column A"_s) && error.contains(u"7 digits"_s), qPrintable(error));
    QVERIFY(!w->writeRow({Cell::ofDecimal(1, -1)}, nullptr));
    // Refused rows are not written; the writer goes on.
    QVERIFY2(w->writeRow({Cell::ofText(u"ok"_s)}, &error), qPrintable(error));
    QCOMPARE(w->rowsWritten(), 1);
    QVERIFY2(w->commit(&error), qPrintable(error));
    QVERIFY(!w->commit(&error));
    QVERIFY2(error.contains(u"already finished"_s), qPrintable(error));
    QVERIFY(!w->writeRow({Cell::ofText(u"late"_s)}, &error));
    const Records records = format == TableWriter::Format::Csv ? readCsv(path) : readXlsx(path);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).first(), u"ok"_s);
}

void tst_TableWriter::unwritableTarget_data()
{
    QTest::addColumn<TableWriter::Format>("format");
    QTest::newRow("csv") << TableWriter::Format::Csv;
    QTest::newRow("xlsx") << TableWriter::Format::Xlsx;
}

void tst_TableWriter::unwritableTarget()
{
    QFETCH(TableWriter::Format, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(
            u"missing-folder/out."_s + (format == TableWriter::Format::Csv ? u"csv"_s : u"xlsx"_s));
    auto w = TableWriter::create(format, path);
    QString error;
    QVERIFY(!w->open({u"A"_s}, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u": cannot write: "_s),
             qPrintable(error));
    // Every later call reports the same failure.
    QString again;
    QVERIFY(!w->writeRow({Cell::ofInteger(1)}, &again));
    QCOMPARE(again, error);
    QVERIFY(!w->commit(&again));
    QCOMPARE(again, error);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"missing-folder"_s)));
}

QTEST_GUILESS_MAIN(tst_TableWriter)
#include "tst_tablewriter.moc"
