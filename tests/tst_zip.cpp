#include "testutil.h"

#include "io/zipreader.h"
#include "io/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using sd::ZipReader;
using sd::ZipWriter;

namespace {

using sdtest::fileBytes;
using sdtest::zipEntry;

// Compressible but not trivial: lines of numbers.
QByteArray sampleData(int lines)
{
    QByteArray data;
    for (int i = 0; i < lines; ++i)
        data += "line " + QByteArray::number(i) + ", value " + QByteArray::number(i * 7919 % 10007)
                + "\n";
    return data;
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return quint16(uchar(bytes.at(at))) | quint16(uchar(bytes.at(at + 1))) << 8;
}

// The central directory records: (general purpose flags, DOS time, DOS date) of each.
struct CentralRecord
{
    quint16 flags;
    quint16 time;
    quint16 date;
};

QList<CentralRecord> centralRecords(const QByteArray &zip)
{
    QList<CentralRecord> records;
    qsizetype at = 0;
    while ((at = zip.indexOf(QByteArrayView("PK\x01\x02", 4), at)) >= 0) {
        records << CentralRecord{le16(zip, at + 8), le16(zip, at + 12), le16(zip, at + 14)};
        at += 4;
    }
    return records;
}

// name -> data, in this order.
using Entries = QList<std::pair<QString, QByteArray>>;

bool writeZip(const QString &path, const Entries &entries, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    ZipWriter zip(&file);
    if (!zip.open()) {
        *error = zip.errorString();
        return false;
    }
    for (const auto &[name, data] : entries) {
        if (!zip.addFile(name, data)) {
            *error = zip.errorString();
            return false;
        }
    }
    if (!zip.close()) {
        *error = zip.errorString();
        return false;
    }
    if (!file.isOpen()) {
        *error = u"the writer closed the device"_s;
        return false;
    }
    return file.commit();
}


} // namespace

class tst_Zip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void fixedDatesAndUtf8Names();
    void sameEntriesSameBytes();
    void oneEntryAtATime();
    void deviceOutlivesReader();
    void copyEntryAsStored();
    void caseInsensitiveLookup();
    void damagedEntryIsAnError();
    void zip64SizesAreRead();
    void notAZip();
    void refusedCalls();
};

void tst_Zip::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"档案 ü"_s));
    const QString path = dir.filePath(u"档案 ü/测试 Ärger.zip"_s);
    const QByteArray big = sampleData(200'000); // several MB, streamed in parts
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter zip(&file);
        QVERIFY2(zip.open(), qPrintable(zip.errorString()));
        QVERIFY2(zip.addFile(u"mimetype"_s, "application/x-test"), qPrintable(zip.errorString()));
        QVERIFY2(zip.beginEntry(u"目录/文件 ü.txt"_s), qPrintable(zip.errorString()));
        for (qsizetype at = 0; at < big.size(); at += 100'000)
            QVERIFY2(zip.write(big.mid(at, 100'000)), qPrintable(zip.errorString()));
        QVERIFY2(zip.endEntry(), qPrintable(zip.errorString()));
        QVERIFY2(zip.addFile(u"empty"_s, QByteArray()), qPrintable(zip.errorString()));
        QVERIFY2(zip.beginEntry(u"raw.bin"_s), qPrintable(zip.errorString()));
        QVERIFY(zip.write("\0\1\2\3", 4));
        // close() ends the open entry.
        QVERIFY2(zip.close(), qPrintable(zip.errorString()));
        QVERIFY(file.isOpen()); // never closed by the writer: it can be committed
        QVERIFY(file.commit());
    }

    ZipReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.entryNames(),
             (QStringList{u"mimetype"_s, u"目录/文件 ü.txt"_s, u"empty"_s, u"raw.bin"_s}));
    QCOMPARE(reader.uncompressedSize(u"目录/文件 ü.txt"_s), big.size());
    QCOMPARE(reader.uncompressedSize(u"missing"_s), std::nullopt);
    QVERIFY(reader.contains(u"empty"_s));
    QVERIFY(!reader.contains(u"EMPTY"_s));

    auto entry = reader.openEntry(u"目录/文件 ü.txt"_s);
    QVERIFY(entry);
    QVERIFY(entry->isSequential());
    QCOMPARE(entry->bytesAvailable(), big.size());
    QCOMPARE(entry->readAll(), big);
    QVERIFY(entry->atEnd());
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    entry.reset();

    QCOMPARE(reader.openEntry(u"mimetype"_s)->readAll(), QByteArray("application/x-test"));
    QCOMPARE(reader.openEntry(u"empty"_s)->readAll(), QByteArray());
    QCOMPARE(reader.openEntry(u"raw.bin"_s)->readAll(), QByteArray("\0\1\2\3", 4));
    QVERIFY(!reader.openEntry(u"missing"_s));
    QVERIFY(reader.errorString().isEmpty()); // absent is not an error
}

void tst_Zip::fixedDatesAndUtf8Names()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.zip"_s);
    QString error;
    QVERIFY2(writeZip(path, {{u"a.txt"_s, "a"}, {u"名前.txt"_s, "b"}}, &error), qPrintable(error));
    const QList<CentralRecord> records = centralRecords(fileBytes(path));
    QCOMPARE(records.size(), 2);
    for (const CentralRecord &r : records) {
        QVERIFY(r.flags & (1 << 11)); // UTF-8 name
        QVERIFY(!(r.flags & (1 << 3))); // no data descriptor: sizes in the local header
        QCOMPARE(r.time, quint16(0)); // 00:00:00
        QCOMPARE(r.date, quint16(1 | 1 << 5)); // 1980-01-01
    }
}

void tst_Zip::sameEntriesSameBytes()
{
    QTemporaryDir dir;
    const Entries entries = {{u"x/1.xml"_s, sampleData(5000)}, {u"x/2.xml"_s, "<a/>"}};
    QString error;
    QVERIFY2(writeZip(dir.filePath(u"1.zip"_s), entries, &error), qPrintable(error));
    QTest::qSleep(2100); // a DOS time has two-second steps
    QVERIFY2(writeZip(dir.filePath(u"2.zip"_s), entries, &error), qPrintable(error));
    const QByteArray first = fileBytes(dir.filePath(u"1.zip"_s));
    QVERIFY(!first.isEmpty());
    QCOMPARE(fileBytes(dir.filePath(u"2.zip"_s)), first);
}

void tst_Zip::oneEntryAtATime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"two.zip"_s);
    const QByteArray a = sampleData(50'000);
    QString error;
    QVERIFY2(writeZip(path, {{u"a"_s, a}, {u"b"_s, "bee"}}, &error), qPrintable(error));
    ZipReader reader(path);
    QVERIFY(reader.open());
    auto first = reader.openEntry(u"a"_s);
    QVERIFY(first);
    QCOMPARE(first->read(10), a.left(10));
    auto second = reader.openEntry(u"b"_s);
    QVERIFY(second);
    // The first one has ended: what QIODevice buffered is all it still gives.
    const QByteArray rest = first->readAll();
    QVERIFY(rest.size() < a.size() - 10);
    QVERIFY(first->read(1).isEmpty());
    QCOMPARE(second->readAll(), QByteArray("bee"));
    QVERIFY(reader.errorString().isEmpty()); // ending a device is not a read error
}

void tst_Zip::deviceOutlivesReader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"one.zip"_s);
    const QByteArray a = sampleData(50'000);
    QString error;
    QVERIFY2(writeZip(path, {{u"a"_s, a}}, &error), qPrintable(error));
    auto reader = std::make_unique<ZipReader>(path);
    QVERIFY(reader->open());
    auto entry = reader->openEntry(u"a"_s);
    QCOMPARE(entry->read(5), a.left(5));
    reader.reset();
    // What QIODevice buffered, then nothing.
    QVERIFY(entry->readAll().size() < a.size() - 5);
    QVERIFY(entry->read(1).isEmpty());
    QVERIFY(entry->atEnd());
}

void tst_Zip::copyEntryAsStored()
{
    QTemporaryDir dir;
    const QString from = dir.filePath(u"from.zip"_s);
    const QByteArray data = sampleData(30'000);
    QString error;
    QVERIFY2(writeZip(from, {{u"数据.csv"_s, data}, {u"b"_s, "b"}}, &error), qPrintable(error));
    ZipReader reader(from);
    QVERIFY(reader.open());

    const QString to = dir.filePath(u"to.zip"_s);
    {
        QFile file(to);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter zip(&file);
        QVERIFY(zip.open());
        QVERIFY2(zip.copyEntry(reader, u"数据.csv"_s), qPrintable(zip.errorString()));
        QVERIFY(!zip.copyEntry(reader, u"missing"_s));
        QVERIFY2(zip.errorString().contains(u"missing"_s), qPrintable(zip.errorString()));
        QVERIFY2(zip.addFile(u"c"_s, "c"), qPrintable(zip.errorString())); // still usable
        QVERIFY2(zip.close(), qPrintable(zip.errorString()));
    }
    ZipReader copy(to);
    QVERIFY2(copy.open(), qPrintable(copy.errorString()));
    QCOMPARE(copy.entryNames(), (QStringList{u"数据.csv"_s, u"c"_s}));
    QCOMPARE(copy.openEntry(u"数据.csv"_s)->readAll(), data);
    QVERIFY2(copy.errorString().isEmpty(), qPrintable(copy.errorString())); // CRC checked

    // The compressed bytes are the same.
    ZipReader::RawEntry original;
    ZipReader::RawEntry copied;
    const QByteArray originalBytes = reader.openRawEntry(u"数据.csv"_s, &original)->readAll();
    QCOMPARE(copy.openRawEntry(u"数据.csv"_s, &copied)->readAll(), originalBytes);
    QCOMPARE(copied.crc, original.crc);
    QCOMPARE(copied.method, 8);
    QCOMPARE(copied.compressedSize, originalBytes.size());
    QCOMPARE(copied.uncompressedSize, data.size());
}

void tst_Zip::caseInsensitiveLookup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.zip"_s);
    QString error;
    QVERIFY2(writeZip(path, {{u"xl/Workbook.xml"_s, "upper"}, {u"xl/workbook.xml"_s, "lower"}},
                      &error),
             qPrintable(error));
    ZipReader reader(path);
    QVERIFY(reader.open());
    // An exact match wins; else ASCII case is ignored when asked.
    QCOMPARE(reader.openEntry(u"xl/workbook.xml"_s, Qt::CaseInsensitive)->readAll(),
             QByteArray("lower"));
    QCOMPARE(reader.openEntry(u"XL/WORKBOOK.XML"_s, Qt::CaseInsensitive)->readAll(),
             QByteArray("upper"));
    QVERIFY(!reader.openEntry(u"XL/WORKBOOK.XML"_s));
}

void tst_Zip::damagedEntryIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.zip"_s);
    const QByteArray data = sampleData(20'000);
    QString error;
    QVERIFY2(writeZip(path, {{u"data.txt"_s, data}}, &error), qPrintable(error));
    QByteArray bytes = fileBytes(path);
    // Damage the compressed data in the middle of the entry.
    const qsizetype middle = bytes.indexOf(QByteArrayView("PK\x01\x02", 4)) / 2;
    bytes[middle] = char(bytes.at(middle) ^ 0x55);
    bytes[middle + 1] = char(bytes.at(middle + 1) ^ 0x55);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    ZipReader reader(path);
    QVERIFY(reader.open());
    const auto entry = reader.openEntry(u"data.txt"_s);
    QVERIFY(entry);
    const QByteArray read = entry->readAll();
    QVERIFY(read != data);
    QVERIFY2(reader.errorString().contains(u"data.txt"_s), qPrintable(reader.errorString()));
}

void tst_Zip::zip64SizesAreRead()
{
    // Info-ZIP's zip -fz: the real sizes are in the ZIP64 extra field (issue 21, item 9).
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.zip"_s);
    const QByteArray big = sampleData(70'000);
    const QByteArray small = "tiny";
    QString error;
    QVERIFY2(writeZip(plain, {{u"big.txt"_s, big}, {u"small.txt"_s, small}}, &error),
             qPrintable(error));
    const QString path = dir.filePath(u"zip64.zip"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sdtest::asZip64(fileBytes(plain)));
    }
    ZipReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QCOMPARE(reader.uncompressedSize(u"big.txt"_s), std::optional<qint64>(big.size()));
    QCOMPARE(reader.uncompressedSize(u"small.txt"_s), std::optional<qint64>(small.size()));
    for (const auto &[name, data] : Entries{{u"big.txt"_s, big}, {u"small.txt"_s, small}}) {
        const auto entry = reader.openEntry(name);
        QVERIFY(entry);
        QCOMPARE(entry->readAll(), data);
        QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    }
    // Damaged data is still found without minizip's own size: by the size and the CRC.
    QByteArray bytes = fileBytes(path);
    const qsizetype middle = bytes.indexOf(QByteArrayView("PK\x01\x02", 4)) / 3;
    bytes[middle] = char(bytes.at(middle) ^ 0x55);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    ZipReader damaged(path);
    QVERIFY(damaged.open());
    const auto entry = damaged.openEntry(u"big.txt"_s);
    QVERIFY(entry);
    QVERIFY(entry->readAll() != big);
    QVERIFY2(damaged.errorString().contains(u"big.txt"_s), qPrintable(damaged.errorString()));
}

void tst_Zip::notAZip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fake.zip"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("order id,buyer\n1,2\n");
    }
    ZipReader fake(path);
    QVERIFY(!fake.open());
    QVERIFY2(fake.errorString().contains(u"zip"_s), qPrintable(fake.errorString()));
    QVERIFY(fake.entryNames().isEmpty());
    QVERIFY(!fake.openEntry(u"x"_s));

    ZipReader missing(dir.filePath(u"missing.zip"_s));
    QVERIFY(!missing.open());
    QVERIFY(!missing.errorString().isEmpty());
}

void tst_Zip::refusedCalls()
{
    QTemporaryDir dir;
    QFile closed(dir.filePath(u"closed.zip"_s));
    ZipWriter notOpen(&closed);
    QVERIFY(!notOpen.open());
    QVERIFY(!notOpen.errorString().isEmpty());

    QFile file(dir.filePath(u"r.zip"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    ZipWriter zip(&file);
    QVERIFY(!zip.addFile(u"a"_s, "a")); // not open yet
    QVERIFY(zip.open());
    QVERIFY(!zip.open());
    QVERIFY(!zip.write("x", 1)); // no entry
    QVERIFY(!zip.endEntry());
    QVERIFY(!zip.addFile(QString(), "a"));
    QVERIFY(zip.beginEntry(u"a"_s));
    QVERIFY(!zip.addFile(u"b"_s, "b")); // an entry is open
    QVERIFY(zip.write("a", 1));
    QVERIFY(zip.endEntry());
    QVERIFY(zip.close());
    QVERIFY(!zip.addFile(u"c"_s, "c"));
    file.close();
    ZipReader reader(file.fileName());
    QVERIFY(reader.open());
    QCOMPARE(reader.entryNames(), QStringList{u"a"_s});
}

QTEST_GUILESS_MAIN(tst_Zip)
#include "tst_zip.moc"
