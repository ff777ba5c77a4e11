#include "io/xlsxreader.h"
#include "io/zipwriter.h"
#include "testutil.h"

#include <QFile>
#include <QLocale>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Writes a workbook's parts into a zip: the test's own small .xlsx fixtures.
bool writeZip(const QString &path, const QMap<QString, QByteArray> &entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    sd::ZipWriter zip(&file);
    if (!zip.open())
        return false;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!zip.addFile(it.key(), it.value()))
            return false;
    }
    return zip.close();
}

QMap<QString, QByteArray> workbook(bool date1904 = false)
{
    QMap<QString, QByteArray> e;
    e[u"[Content_Types].xml"_s] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    e[u"xl/workbook.xml"_s] = QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
            + "<sheets><sheet name=\"Summary\" sheetId=\"1\" r:id=\"rId1\"/>"
              "<sheet name=\"订单\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
    e[u"xl/_rels/workbook.xml.rels"_s] =
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"worksheet\" Target=\"worksheets/orders.xml\"/>"
            "<Relationship Id=\"rId3\" Type=\"sharedStrings\" Target=\"sharedStrings.xml\"/>"
            "</Relationships>";
    e[u"xl/sharedStrings.xml"_s] =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<si><t>订单号</t></si>"
            "<si><r><t>Buyer</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> name</t></r></si>"
            "<si><t>Иван Петров</t><rPh><t>ignored</t></rPh></si>"
            "<si><t>总计</t></si></sst>";
    e[u"xl/styles.xml"_s] =
            "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd hh:mm\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"&quot;US $&quot;#,##0.00\"/></numFmts>"
            "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
            "</styleSheet>";
    e[u"xl/worksheets/sheet1.xml"_s] =
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c><c r=\"B1\"><v>42</v></c></row>"
            "</sheetData></worksheet>";
    e[u"xl/worksheets/orders.xml"_s] =
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"C1\" t=\"inlineStr\"><is><t>Paid at</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Amount</t></is></c>"
            "<c r=\"E1\" t=\"inlineStr\"><is><t>Day</t></is></c></row>"
            "<row r=\"3\"><c r=\"A3\" t=\"str\"><v>3038417700001234</v></c><c r=\"B3\" t=\"s\"><v>2</v></c>"
            "<c r=\"C3\" s=\"2\"><v>46329.599317129629</v></c><c r=\"D3\" s=\"3\"><v>12.340000000000001</v></c>"
            "<c r=\"E3\" s=\"1\"><v>45658</v></c></row>"
            "<row r=\"4\"><c r=\"A4\"><v>3.0384177000012E+15</v></c><c r=\"C4\" t=\"b\"><v>1</v></c><c r=\"E4\"><v>0.1</v></c></row>"
            "</sheetData></worksheet>";
    return e;
}

} // namespace

class tst_XlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsSheetByName();
    void firstSheetByDefault();
    void serialDates_data();
    void serialDates();
    void date1904System();
    void unknownSheet();
    void notAZip();
    void zipBombRefused();
    void zip64WorkbookAndItsRealSizes();
    void badSharedStringIndex();
    void sharedStringsKeepTheirText();
    void sharedStringOverTheCellLimitRefused();
    void tooManySharedStringsRefused();
    void formulaWithoutValueRefused();
    void partNamesIgnoreCase();
};

void tst_XlsxReader::readsSheetByName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.xlsx"_s);
    QVERIFY(writeZip(path, workbook()));
    sd::XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{u"Summary"_s, u"订单"_s}));
    QVERIFY(reader.selectSheet(u"订单"_s));
    QStringList row;
    QVERIFY(reader.readRecord(&row));
    QCOMPARE(reader.recordLine(), 1);
    QCOMPARE(row, (QStringList{u"订单号"_s, u"Buyer name"_s, u"Paid at"_s, u"Amount"_s, u"Day"_s}));
    QVERIFY(reader.readRecord(&row));
    QCOMPARE(reader.recordLine(), 3); // row 2 is blank and skipped; the row number is kept
    QCOMPARE(row, (QStringList{u"3038417700001234"_s, u"Иван Петров"_s, u"2026-11-03 14:23:01"_s,
                               u"12.34"_s, u"2025-01-01"_s}));
    QVERIFY(reader.readRecord(&row));
    QCOMPARE(reader.recordLine(), 4);
    // Empty B4 and D4 are kept as empty fields so columns stay aligned.
    QCOMPARE(row, (QStringList{u"3038417700001200"_s, QString(), u"TRUE"_s, QString(), u"0.1"_s}));
    QVERIFY(!reader.readRecord(&row));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.location(4, 2), QDir::toNativeSeparators(path) + u":4:2"_s);
}

void tst_XlsxReader::firstSheetByDefault()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.xlsx"_s);
    QVERIFY(writeZip(path, workbook()));
    sd::XlsxReader reader(path);
    QVERIFY(reader.open());
    QStringList row;
    QVERIFY(reader.readRecord(&row));
    QCOMPARE(row, (QStringList{u"总计"_s, u"42"_s}));
}

void tst_XlsxReader::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<QString>("iso");
    QTest::newRow("1900-01-01") << 1.0 << u"1900-01-01"_s;
    QTest::newRow("1900-02-28") << 59.0 << u"1900-02-28"_s;
    QTest::newRow("1900-03-01 after the phantom leap day") << 61.0 << u"1900-03-01"_s;
    QTest::newRow("2025-01-01") << 45658.0 << u"2025-01-01"_s;
    QTest::newRow("noon") << 45658.5 << u"2025-01-01 12:00:00"_s;
    QTest::newRow("last second of a day") << 45658.99998842592 << u"2025-01-01 23:59:59"_s;
}

void tst_XlsxReader::serialDates()
{
    QFETCH(double, serial);
    QFETCH(QString, iso);
    QCOMPARE(sd::XlsxReader::serialToIso(serial, false), iso);
}

void tst_XlsxReader::date1904System()
{
    QCOMPARE(sd::XlsxReader::serialToIso(0, true), u"1904-01-01"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mac.xlsx"_s);
    QVERIFY(writeZip(path, workbook(true)));
    sd::XlsxReader reader(path);
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet(u"订单"_s));
    QStringList row;
    QVERIFY(reader.readRecord(&row));
    QVERIFY(reader.readRecord(&row));
    QCOMPARE(row.at(4), u"2029-01-02"_s); // 45658 days after 1904-01-01
}

void tst_XlsxReader::unknownSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.xlsx"_s);
    QVERIFY(writeZip(path, workbook()));
    sd::XlsxReader reader(path);
    QVERIFY(reader.open());
    QVERIFY(!reader.selectSheet(u"Sheet1"_s));
    QVERIFY(reader.errorString().contains(u"Summary, 订单"_s));
}

void tst_XlsxReader::notAZip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fake.xlsx"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("order id,buyer\n1,2\n");
    f.close();
    sd::XlsxReader reader(path);
    QVERIFY(!reader.open());
    QVERIFY2(reader.errorString().startsWith(QDir::toNativeSeparators(path) + u": "_s),
             qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(u"zip"_s));
}

void tst_XlsxReader::zipBombRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb.xlsx"_s);
    auto parts = workbook();
    QByteArray rows;
    for (int i = 1; i <= 50000; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i)
                + "\"><v>0</v></c></row>";
    parts[u"xl/worksheets/orders.xml"_s] = "<worksheet><sheetData>" + rows + "</sheetData></worksheet>";
    QVERIFY(writeZip(path, parts));
    sd::XlsxReader::Limits limits;
    limits.maxUncompressedBytes = 1024 * 1024;
    sd::XlsxReader reader(path, limits);
    QVERIFY(QFileInfo(path).size() < limits.maxUncompressedBytes); // small on disk
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet(u"订单"_s));
    QStringList row;
    QVERIFY(!reader.readRecord(&row));
    QVERIFY2(reader.errorString().contains(u"over the limit of 1.00 MiB"_s), qPrintable(reader.errorString()));
}

void tst_XlsxReader::zip64WorkbookAndItsRealSizes()
{
    // A workbook whose parts carry ZIP64 sizes (Info-ZIP's zip -fz) reads as any other, and
    // the unpacked-size limit speaks of the real size, not of 4 GiB (issue 21, item 9).
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.xlsx"_s);
    auto parts = workbook();
    QByteArray rows;
    for (int i = 1; i <= 50000; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i)
                + "\"><v>0</v></c></row>";
    const QByteArray sheet = "<worksheet><sheetData>" + rows + "</sheetData></worksheet>";
    parts[u"xl/worksheets/orders.xml"_s] = sheet;
    QVERIFY(writeZip(plain, parts));
    const QString path = dir.filePath(u"zip64.xlsx"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sdtest::asZip64(sdtest::fileBytes(plain)));
    }
    {
        sd::XlsxReader reader(path);
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QVERIFY(reader.selectSheet(u"订单"_s));
        QStringList row;
        int read = 0;
        while (reader.readRecord(&row))
            ++read;
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(read, 50000);
    }
    sd::XlsxReader::Limits limits;
    limits.maxUncompressedBytes = 1024 * 1024;
    sd::XlsxReader reader(path, limits);
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet(u"订单"_s));
    QStringList row;
    QVERIFY(!reader.readRecord(&row));
    const QString real = QLocale().formattedDataSize(sheet.size());
    QVERIFY2(reader.errorString().contains(u"unpacks to %1, over the limit of 1.00 MiB"_s.arg(real)),
             qPrintable(reader.errorString()));
}

void tst_XlsxReader::badSharedStringIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.xlsx"_s);
    auto parts = workbook();
    parts[u"xl/worksheets/orders.xml"_s] =
            "<worksheet><sheetData><row r=\"7\"><c r=\"C7\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>";
    QVERIFY(writeZip(path, parts));
    sd::XlsxReader reader(path);
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet(u"订单"_s));
    QStringList row;
    QVERIFY(!reader.readRecord(&row));
    QVERIFY2(reader.errorString().startsWith(QDir::toNativeSeparators(path) + u":7:3: "_s),
             qPrintable(reader.errorString()));
}

void tst_XlsxReader::sharedStringsKeepTheirText()
{
    // Empty strings, characters outside the BMP and the last string of the table come back
    // as written (the table is kept as UTF-8 outside the QStrings of the rows).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"texts.xlsx"_s);
    auto parts = workbook();
    parts[u"xl/sharedStrings.xml"_s] =
            "<sst><si><t></t></si><si><t>Li Wei 👍</t></si><si><t/></si><si><t>ß€中</t></si></sst>";
    parts[u"xl/worksheets/orders.xml"_s] =
            "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
            "<c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>2</v></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c></row></sheetData></worksheet>";
    QVERIFY(writeZip(path, parts));
    sd::XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(reader.selectSheet(u"订单"_s));
    QStringList row;
    QVERIFY(reader.readRecord(&row));
    QCOMPARE(row, QStringList({u"ß€中"_s, QString(), u"Li Wei 👍"_s, QString()}));
    // Index 4 is one past the end.
    QVERIFY(!reader.readRecord(&row));
    QVERIFY2(reader.errorString().contains(u":2:1: "_s), qPrintable(reader.errorString()));
}

void tst_XlsxReader::sharedStringOverTheCellLimitRefused()
{
    // A shared string counts against the cell limit as an inline one does: a table of a
    // few huge strings cannot take the memory a cell may not (issue 21, item 10).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.xlsx"_s);
    auto parts = workbook();
    parts[u"xl/sharedStrings.xml"_s] = "<sst><si><t>short</t></si><si><t>0123456789</t><t>X</t></si></sst>";
    QVERIFY(writeZip(path, parts));
    sd::XlsxReader::Limits limits;
    limits.maxCellChars = 10;
    sd::XlsxReader reader(path, limits);
    QVERIFY(!reader.open());
    QCOMPARE(reader.errorString(),
             QDir::toNativeSeparators(path)
                     + u": xl/sharedStrings.xml: shared string 2 is longer than 10 characters"_s);
}

void tst_XlsxReader::tooManySharedStringsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.xlsx"_s);
    QVERIFY(writeZip(path, workbook())); // four shared strings
    sd::XlsxReader::Limits limits;
    limits.maxSharedStrings = 3;
    sd::XlsxReader reader(path, limits);
    QVERIFY(!reader.open());
    QCOMPARE(reader.errorString(),
             QDir::toNativeSeparators(path) + u": xl/sharedStrings.xml: more than 3 shared strings"_s);
    limits.maxSharedStrings = 4;
    sd::XlsxReader enough(path, limits);
    QVERIFY2(enough.open(), qPrintable(enough.errorString()));
}

void tst_XlsxReader::formulaWithoutValueRefused()
{
    // openpyxl writes formulas without their result: the total is unknown, never 0 (issue 21,
    // item 7). A computed formula reads as its value; a formula whose text result is empty too.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"formulas.xlsx"_s);
    auto parts = workbook();
    parts[u"xl/worksheets/orders.xml"_s] =
            "<worksheet><sheetData>"
            "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c><c r=\"B1\" t=\"str\"><f>\"\"</f><v></v></c></row>"
            "<row r=\"2\"><c r=\"A2\"><v>9.98</v></c><c r=\"B2\"><f>A2*2</f><v></v></c></row>"
            "</sheetData></worksheet>";
    QVERIFY(writeZip(path, parts));
    sd::XlsxReader reader(path);
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet(u"订单"_s));
    QStringList row;
    QVERIFY(reader.readRecord(&row));
    QCOMPARE(row, (QStringList{u"2"_s, QString()}));
    QVERIFY(!reader.readRecord(&row));
    QVERIFY2(reader.errorString().startsWith(QDir::toNativeSeparators(path) + u":2:2: "_s),
             qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(u"formula without a computed value"_s),
             qPrintable(reader.errorString()));
    // Without any <v> at all, as some writers leave it.
    parts[u"xl/worksheets/orders.xml"_s] =
            "<worksheet><sheetData><row r=\"3\"><c r=\"D3\"><f>SUM(A1:A2)</f></c></row></sheetData></worksheet>";
    QVERIFY(writeZip(path, parts));
    sd::XlsxReader again(path);
    QVERIFY(again.open());
    QVERIFY(again.selectSheet(u"订单"_s));
    QVERIFY(!again.readRecord(&row));
    QVERIFY2(again.errorString().startsWith(QDir::toNativeSeparators(path) + u":3:4: "_s),
             qPrintable(again.errorString()));
}

void tst_XlsxReader::partNamesIgnoreCase()
{
    // OOXML compares part names ignoring ASCII case: the zip may say
    // "XL/Worksheets/Sheet1.xml" where the relationships say "worksheets/sheet1.xml".
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.xlsx"_s);
    auto parts = workbook();
    parts[u"XL/Worksheets/Sheet1.xml"_s] = parts.take(u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(writeZip(path, parts));
    sd::XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QStringList row;
    QVERIFY2(reader.readRecord(&row), qPrintable(reader.errorString()));
    QCOMPARE(row, (QStringList{u"总计"_s, u"42"_s}));
}

QTEST_GUILESS_MAIN(tst_XlsxReader)
#include "tst_xlsxreader.moc"
