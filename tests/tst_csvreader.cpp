#include "io/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using Records = QList<QStringList>;

namespace {

struct ReadResult
{
    Records records;
    QString error;
    QString encoding;
    QChar delimiter;
};

ReadResult readAll(const QByteArray &bytes, sd::CsvReader::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    sd::CsvReader reader(&buffer, u"orders.csv"_s, limits);
    ReadResult r;
    QStringList fields;
    while (reader.readRecord(&fields))
        r.records << fields;
    r.error = reader.errorString();
    r.encoding = reader.encodingName();
    r.delimiter = reader.delimiter();
    return r;
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spectrum_data();
    void spectrum();
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void recordLines();
    void acrossChunkBoundaries();
    void malformed_data();
    void malformed();
    void hugeFieldIsRefusedWithBoundedMemory();
};

void tst_CsvReader::spectrum_data()
{
    // The csv-spectrum cases, written out here, each also with CRLF line ends.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    const QList<std::tuple<const char *, QByteArray, Records>> cases{
            {"comma_in_quotes",
             "first,last,address,city,zip\nJohn,Doe,120 any st.,\"Anytown, WW\",08123\n",
             {{u"first"_s, u"last"_s, u"address"_s, u"city"_s, u"zip"_s},
              {u"John"_s, u"Doe"_s, u"120 any st."_s, u"Anytown, WW"_s, u"08123"_s}}},
            {"empty", "a,b,c\n1,\"\",\"\"\n2,3,4\n",
             {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u""_s, u""_s}, {u"2"_s, u"3"_s, u"4"_s}}},
            {"escaped_quotes", "a,b\n1,\"ha \"\"ha\"\" ha\"\n3,4\n",
             {{u"a"_s, u"b"_s}, {u"1"_s, u"ha \"ha\" ha"_s}, {u"3"_s, u"4"_s}}},
            {"json", "key,val\n1,\"{\"\"type\"\": \"\"Point\"\", \"\"coordinates\"\": [102.0, 0.5]}\"\n",
             {{u"key"_s, u"val"_s},
              {u"1"_s, u"{\"type\": \"Point\", \"coordinates\": [102.0, 0.5]}"_s}}},
            {"newlines", "a,b,c\n1,2,3\n\"Once upon \na time\",5,6\n7,8,9\n",
             {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s},
              {u"Once upon \na time"_s, u"5"_s, u"6"_s}, {u"7"_s, u"8"_s, u"9"_s}}},
            {"quotes_and_newlines", "a,b\n1,\"ha \n\"\"ha\"\" \nha\"\n3,4\n",
             {{u"a"_s, u"b"_s}, {u"1"_s, u"ha \n\"ha\" \nha"_s}, {u"3"_s, u"4"_s}}},
            {"simple", "a,b,c\n1,2,3\n", {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}},
            {"utf8", "a,b,c\n1,2,3\n4,5,\xca\xa4\n",
             {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}, {u"4"_s, u"5"_s, u"ʤ"_s}}},
            {"location_coordinates", "Contact Phone Number,Cities,Latitude,Longitude\n"
                                     "5555555555,\"Arcadia, CA\",34.1397,-118.0353\n",
             {{u"Contact Phone Number"_s, u"Cities"_s, u"Latitude"_s, u"Longitude"_s},
              {u"5555555555"_s, u"Arcadia, CA"_s, u"34.1397"_s, u"-118.0353"_s}}},
            {"no_trailing_newline", "a,b\n1,2", {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}},
            {"empty_last_field", "a,b\n1,\n", {{u"a"_s, u"b"_s}, {u"1"_s, u""_s}}},
    };
    for (const auto &[name, input, records] : cases) {
        QTest::newRow(name) << input << records;
        Records crlfRecords = records;
        // Newlines inside quoted fields are kept as the file has them.
        for (QStringList &r : crlfRecords)
            for (QString &f : r)
                f.replace(u"\n"_s, u"\r\n"_s);
        QTest::addRow("%s_crlf", name) << crlf(input) << crlfRecords;
    }
    QTest::newRow("cr_only") << QByteArray("a,b\r1,2\r3,4\r")
                             << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::newRow("empty_file") << QByteArray() << Records{};
}

void tst_CsvReader::spectrum()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records, expected);
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    const QString text = u"订单号,买家名称,订单金额\n3038417700001234,Иван Петров,\"US $12,34\"\n"_s;
    QTest::newRow("utf-8") << text.toUtf8() << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"UTF-8"_s;
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16le bom") << QByteArray(le.encode(text)) << u"UTF-16LE"_s;
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16be bom") << QByteArray(be.encode(text)) << u"UTF-16BE"_s;
    QStringEncoder gb("GB18030");
    QTest::newRow("gb18030") << QByteArray(gb.encode(text)) << u"GB18030"_s;
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records[0], (QStringList{u"订单号"_s, u"买家名称"_s, u"订单金额"_s}));
    QCOMPARE(r.records[1][1], u"Иван Петров"_s);
    QCOMPARE(r.records[1][2], u"US $12,34"_s);
}

void tst_CsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b;c,d\n1,2;3,4\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1,5\t2;x\t3\n") << QChar(u'\t');
    QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d\n1;2\n") << QChar(u';');
}

void tst_CsvReader::delimiters()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    const ReadResult r = readAll(input);
    QCOMPARE(r.delimiter, delimiter);
    QVERIFY(r.records.size() == 2);
}

void tst_CsvReader::recordLines()
{
    QBuffer buffer;
    buffer.setData("a,b\n\"x\ny\",2\n3,4\n");
    buffer.open(QIODevice::ReadOnly);
    sd::CsvReader reader(&buffer, u"f.csv"_s);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.recordLine(), 2);
    QCOMPARE(reader.fieldLine(2), 3); // the second field starts after the quoted newline
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(reader.recordLine(), 4);
    QCOMPARE(reader.location(4, 2), u"f.csv:4:2"_s);
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(!reader.hasError());
}

void tst_CsvReader::acrossChunkBoundaries()
{
    // Records long enough that quotes, CRLF pairs and multi-byte characters straddle
    // the reader's 64 KiB chunks somewhere.
    QByteArray data = "id,text\r\n";
    Records expected{{u"id"_s, u"text"_s}};
    for (int i = 0; i < 8000; ++i) {
        const QString text = u"línea %1 \"q\" 订单\r\nmore"_s.arg(i);
        QString escaped = text;
        escaped.replace(u"\""_s, u"\"\""_s);
        data += QByteArray::number(i) + ",\"" + escaped.toUtf8() + "\"\r\n";
        expected << QStringList{QString::number(i), text};
    }
    QVERIFY(data.size() > 3 * 64 * 1024);
    const ReadResult r = readAll(data);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.encoding, u"UTF-8"_s);
    QCOMPARE(r.records.size(), expected.size());
    QCOMPARE(r.records, expected);
}

void tst_CsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"never\nclosed\n") << u"orders.csv:3:2"_s << u"never closed"_s;
    QTest::newRow("text after quote") << QByteArray("a,b\n1,\"x\"y\n") << u"orders.csv:2:2"_s << u"after the closing quote"_s;
    QTest::newRow("too many fields") << QByteArray("a,b\n" + QByteArray(600, ',') + "\n") << u"orders.csv:2:513"_s << u"more than 512 fields"_s;
    // Control characters other than tab and line ends, quoted or not (issue 21, item 6).
    QTest::newRow("NUL unquoted") << QByteArray("a,b,c\n1,Ana\0Souza,3\n", 20) << u"orders.csv:2:2"_s << u"control character U+0000"_s;
    QTest::newRow("NUL quoted") << QByteArray("a,b\n1,2\n3,\"x\ny\0\"\n", 17) << u"orders.csv:4:2"_s << u"U+0000"_s;
    QTest::newRow("SOH") << QByteArray("a,b\n1,Bea\x01Souza\n") << u"orders.csv:2:2"_s << u"U+0001"_s;
    QTest::newRow("DEL") << QByteArray("a,b\n\x7f,2\n") << u"orders.csv:2:1"_s << u"U+007F"_s;
    QTest::newRow("binary junk utf-16 odd") << QByteArray("\xFF\xFE\x41") << u"orders.csv:1"_s << u"not valid UTF-16LE"_s;
}

void tst_CsvReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, location);
    QFETCH(QString, reason);
    const ReadResult r = readAll(input);
    QVERIFY2(r.error.startsWith(location + u": "_s), qPrintable(r.error));
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
}

void tst_CsvReader::hugeFieldIsRefusedWithBoundedMemory()
{
    // A 10 MB single field: refused at the limit, naming where it starts.
    QByteArray data = "a,b\n1,\"";
    data += QByteArray(10 * 1024 * 1024, 'x');
    data += "\"\n";
    sd::CsvReader::Limits limits;
    limits.maxFieldChars = 1 << 20;
    const ReadResult r = readAll(data, limits);
    QVERIFY2(r.error.startsWith(u"orders.csv:2:2: "_s), qPrintable(r.error));
    QVERIFY(r.error.contains(u"longer than"_s));
    QCOMPARE(r.records.size(), 1);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
