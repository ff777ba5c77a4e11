#include "testutil.h"

#include "io/xlsxbook.h"
#include "io/xlsxreader.h"
#include "io/zipreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <clocale>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using Records = QList<QStringList>;
using sd::Cell;
using sd::XlsxBook;

namespace {

using sdtest::fileBytes;
using sdtest::zipEntry;

QDateTime utcAt(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

Records readSheet(const QString &path, const QString &sheet, QString *error = nullptr)
{
    sd::XlsxReader reader(path);
    Records records;
    if (reader.open() && reader.selectSheet(sheet)) {
        QStringList fields;
        while (reader.readRecord(&fields))
            records << fields;
    }
    if (error)
        *error = reader.errorString();
    return records;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// A small workbook of every kind of cell.
QString writeSample(const QString &path, const QDateTime &created)
{
    XlsxBook book(path, created);
    const int s = book.addSheet(u"Orders"_s, {u"Id"_s, u"Paid"_s, u"Total"_s, u"Rate"_s, u"Note"_s});
    if (s < 0)
        return book.errorString();
    QString error;
    for (int i = 0; i < 50; ++i) {
        const QList<Cell> row{Cell::ofInteger(i), Cell::ofDateTime(utcAt(2025, 3, 1, 12, 0, i)),
                              Cell::ofMoney(i * 101, 2, u"USD"_s), Cell::ofPercent(i * 1000),
                              Cell::ofText(i % 2 ? u"=cmd"_s : u"plain"_s)};
        if (!book.writeRow(s, row, &error))
            return error;
    }
    if (!book.commit(&error))
        return error;
    return {};
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return quint16(uchar(bytes.at(at))) | quint16(uchar(bytes.at(at + 1))) << 8;
}

} // namespace

class tst_XlsxBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sheetsAndInterleavedRows();
    void sameCallsSameBytes();
    void destroyedWithoutCommit_data();
    void destroyedWithoutCommit();
    void unwritableTarget();
    void refusedSheetsAndRows();
    void givenWidthsAreKept();
    void numbersInACommaLocale();
};

void tst_XlsxBook::sheetsAndInterleavedRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"报告 report.xlsx"_s);
    XlsxBook book(path);
    QVERIFY2(!book.hasFailed(), qPrintable(book.errorString()));
    QVERIFY(book.workbook());
    const int orders = book.addSheet(u"Orders"_s, {u"Id"_s, u"Total"_s});
    const int again = book.addSheet(u"orders"_s, {u"A"_s});
    const int unnamed = book.addSheet(QString(), {u"B"_s});
    const int odd = book.addSheet(u"'Q1: [a/b]?'"_s, {u"C"_s});
    const int longName = book.addSheet(u"A name longer than thirty-one characters"_s, {u"D"_s});
    const int longAgain = book.addSheet(u"A name longer than thirty-one characters"_s, {u"E"_s});
    QCOMPARE(QList<int>({orders, again, unnamed, odd, longName, longAgain}),
             QList<int>({0, 1, 2, 3, 4, 5}));
    QCOMPARE(book.sheetCount(), 6);
    QCOMPARE(book.sheetName(orders), u"Orders"_s);
    QCOMPARE(book.sheetName(again), u"orders (2)"_s);
    QCOMPARE(book.sheetName(unnamed), u"Sheet3"_s);
    QCOMPARE(book.sheetName(odd), u"Q1_ _a_b__"_s);
    QCOMPARE(book.sheetName(longName), u"A name longer than thirty-one c"_s);
    QCOMPARE(book.sheetName(longAgain), u"A name longer than thirty-o (2)"_s);
    QVERIFY(book.worksheet(orders));
    QVERIFY(!book.worksheet(6));

    // Rows of different sheets interleave.
    QString error;
    for (int i = 0; i < 1000; ++i) {
        QVERIFY2(book.writeRow(orders, {Cell::ofInteger(i), Cell::ofMoney(i, 2, u"EUR"_s)}, &error),
                 qPrintable(error));
        if (i % 10 == 0)
            QVERIFY2(book.writeRow(again, {Cell::ofText(u"row %1"_s.arg(i))}, &error),
                     qPrintable(error));
    }
    QCOMPARE(book.rowsWritten(orders), 1000);
    QCOMPARE(book.rowsWritten(again), 100);
    QCOMPARE(book.rowsWritten(unnamed), 0);
    QVERIFY(!QFile::exists(path)); // not before commit()
    QVERIFY2(book.commit(&error), qPrintable(error));
    QVERIFY(!book.workbook());
    QVERIFY(!book.worksheet(orders));
    QCOMPARE(filesIn(dir.path()), QStringList{u"报告 report.xlsx"_s});

    const Records first = readSheet(path, u"Orders"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(first.size(), 1001);
    QCOMPARE(first.at(1000), (QStringList{u"999"_s, u"9.99"_s}));
    const Records second = readSheet(path, u"orders (2)"_s, &error);
    QCOMPARE(second.size(), 101);
    QCOMPARE(second.at(100), QStringList{u"row 990"_s});
    QCOMPARE(readSheet(path, u"Sheet3"_s), (Records{{u"B"_s}}));

    // After commit() the book only refuses.
    QVERIFY(!book.writeRow(orders, {Cell::ofInteger(1)}, &error));
    QVERIFY2(error.contains(u"already written"_s), qPrintable(error));
    QVERIFY(!book.commit(&error));
    QCOMPARE(book.addSheet(u"Late"_s, {u"X"_s}), -1);
}

void tst_XlsxBook::sameCallsSameBytes()
{
    QTemporaryDir dir;
    const QDateTime created = utcAt(2025, 3, 1, 9, 30, 0);
    const QString first = dir.filePath(u"1.xlsx"_s);
    const QString second = dir.filePath(u"2.xlsx"_s);
    QString error = writeSample(first, created);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::qSleep(2100); // past a DOS time step and a second of docProps time
    error = writeSample(second, created);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray bytes = fileBytes(first);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(fileBytes(second), bytes);

    const QByteArray core = zipEntry(first, u"docProps/core.xml"_s);
    QVERIFY2(core.contains(">2025-03-01T09:30:00Z</dcterms:created>"), core.constData());
    // Every entry is dated 1980-01-01 00:00 and has a UTF-8 name.
    qsizetype at = 0;
    int entries = 0;
    while ((at = bytes.indexOf(QByteArrayView("PK\x01\x02", 4), at)) >= 0) {
        QVERIFY(le16(bytes, at + 8) & (1 << 11));
        QCOMPARE(le16(bytes, at + 12), quint16(0));
        QCOMPARE(le16(bytes, at + 14), quint16(1 | 1 << 5));
        ++entries;
        at += 4;
    }
    QVERIFY(entries >= 8);
}

void tst_XlsxBook::destroyedWithoutCommit_data()
{
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("new") << false;
    QTest::newRow("existing") << true;
}

void tst_XlsxBook::destroyedWithoutCommit()
{
    QFETCH(bool, targetExists);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    const QByteArray before = "the previous report\n";
    if (targetExists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    {
        XlsxBook book(path);
        const int a = book.addSheet(u"A"_s, {u"N"_s, u"T"_s});
        const int b = book.addSheet(u"B"_s, {u"N"_s});
        QString error;
        for (int i = 0; i < 20'000; ++i) {
            QVERIFY2(book.writeRow(a, {Cell::ofInteger(i), Cell::ofText(u"row %1"_s.arg(i))},
                                   &error),
                     qPrintable(error));
            QVERIFY2(book.writeRow(b, {Cell::ofDate(QDate(2025, 1, 1).addDays(i % 300))}, &error),
                     qPrintable(error));
        }
        // Nothing reaches the target while writing.
        if (targetExists)
            QCOMPARE(fileBytes(path), before);
        else
            QVERIFY(!QFile::exists(path));
    } // destroyed without commit()
    if (targetExists) {
        QCOMPARE(filesIn(dir.path()), QStringList{u"out.xlsx"_s});
        QCOMPARE(fileBytes(path), before);
    } else {
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
}

void tst_XlsxBook::unwritableTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/out.xlsx"_s);
    XlsxBook book(path);
    QVERIFY(book.hasFailed());
    QVERIFY2(book.errorString().startsWith(QDir::toNativeSeparators(path) + u": cannot write: "_s),
             qPrintable(book.errorString()));
    QVERIFY(!book.workbook());
    QCOMPARE(book.addSheet(u"A"_s, {u"N"_s}), -1);
    QString error;
    QVERIFY(!book.writeRow(0, {Cell::ofInteger(1)}, &error));
    QCOMPARE(error, book.errorString());
    QVERIFY(!book.commit(&error));
    QCOMPARE(error, book.errorString());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"missing-folder"_s)));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_XlsxBook::refusedSheetsAndRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.xlsx"_s);
    XlsxBook book(path);
    book.setMaxRowsForTest(3);
    QCOMPARE(book.addSheet(u"Wide"_s, QStringList(XlsxBook::MaxColumns + 1, u"c"_s)), -1);
    QVERIFY2(book.errorString().contains(u"16384"_s), qPrintable(book.errorString()));
    QCOMPARE(book.addSheet(u"Long"_s, {u"a"_s, QString(XlsxBook::MaxCellChars + 1, u't')}), -1);
    QVERIFY2(book.errorString().contains(u"column B"_s), qPrintable(book.errorString()));
    QVERIFY(!book.hasFailed());

    const int s = book.addSheet(u"S"_s, {u"Id"_s, u"Note"_s});
    QCOMPARE(s, 0);
    QString error;
    QVERIFY(!book.writeRow(1, {Cell::ofInteger(1)}, &error));
    QVERIFY(!book.writeRow(s, {Cell::ofInteger(1), Cell::empty(), Cell::empty()}, &error));
    QVERIFY2(error.contains(u"3 cells"_s), qPrintable(error));
    QVERIFY(!book.writeRow(s, {Cell::ofMoney(1, 7, u"USD"_s)}, &error));
    QVERIFY2(error.contains(u"column A \"Id\""_s) && error.contains(u"7 digits"_s),
             qPrintable(error));
    // Control characters are stored as _xHHHH_, which counts against the limit.
    QVERIFY(!book.writeRow(s, {Cell::ofInteger(2), Cell::ofText(QString(XlsxBook::MaxCellChars, u'\a'))},
                           &error));
    QVERIFY2(error.contains(u"column B \"Note\""_s) && error.contains(u"32767"_s),
             qPrintable(error));
    QVERIFY2(book.writeRow(s, {Cell::ofInteger(1), Cell::ofText(QString(XlsxBook::MaxCellChars, u'n'))},
                           &error),
             qPrintable(error));
    QVERIFY2(book.writeRow(s, {Cell::ofInteger(2)}, &error), qPrintable(error));
    QVERIFY(!book.writeRow(s, {Cell::ofInteger(3)}, &error));
    QVERIFY2(error.contains(u"too many rows"_s), qPrintable(error));
    QCOMPARE(book.rowsWritten(s), 2);
    QVERIFY(!book.hasFailed());
    QVERIFY2(book.commit(&error), qPrintable(error));
    const Records records = readSheet(path, u"S"_s);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).at(1).size(), XlsxBook::MaxCellChars);
    QCOMPARE(records.at(2), QStringList{u"2"_s});
}

void tst_XlsxBook::givenWidthsAreKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.xlsx"_s);
    XlsxBook book(path);
    const int s = book.addSheet(u"W"_s, {u"Paid"_s, u"Day"_s, u"Name"_s}, {8, 0, 30});
    QString error;
    QVERIFY(book.writeRow(s, {Cell::ofDateTime(utcAt(2025, 3, 1, 12, 0, 0)), Cell::ofDate(QDate(2025, 3, 1)),
                              Cell::ofText(u"x"_s)},
                          &error));
    QVERIFY2(book.commit(&error), qPrintable(error));
    const QByteArray sheet = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    // Given: kept, even for a date-time. Not given: from the title, widened for the date.
    QVERIFY2(sheet.contains("<col min=\"1\" max=\"1\" width=\"8.7109375\" customWidth=\"1\"/>"),
             sheet.constData());
    QVERIFY2(sheet.contains("<col min=\"2\" max=\"2\" width=\"12.7109375\" customWidth=\"1\"/>"),
             sheet.constData());
    QVERIFY2(sheet.contains("<col min=\"3\" max=\"3\" width=\"30.7109375\" customWidth=\"1\"/>"),
             sheet.constData());
    QVERIFY2(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                            "state=\"frozen\"/>"),
             sheet.constData());
}

void tst_XlsxBook::numbersInACommaLocale()
{
    // QCoreApplication takes the user's locale on Unix; libxlsxwriter's printf must
    // still write "12.34".
    const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
    const auto restore = qScopeGuard([&previous] { std::setlocale(LC_NUMERIC, previous.constData()); });
    auto tryCommaLocales = [] {
        for (const char *name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", "nl_NL.UTF-8",
                                 "es_ES.UTF-8", "de_DE", "German_Germany.1252"}) {
            if (std::setlocale(LC_NUMERIC, name) && std::strcmp(std::localeconv()->decimal_point, ",") == 0)
                return true;
        }
        return false;
    };
    bool comma = tryCommaLocales();
    QTemporaryDir locales;
#if defined(Q_OS_LINUX)
    if (!comma) {
        // A machine with only C.UTF-8 (a fresh CI image): compile German from glibc's
        // sources (Debian's `locales` package, which scripts/install-deps.sh installs)
        // into a private folder that glibc reads through LOCPATH.
        QProcess localedef;
        localedef.start(u"localedef"_s, {u"-i"_s, u"de_DE"_s, u"-f"_s, u"UTF-8"_s,
                                         locales.filePath(u"de_DE.UTF-8"_s)});
        localedef.waitForFinished(60000);
        qputenv("LOCPATH", QFile::encodeName(locales.path()));
        comma = tryCommaLocales();
        qunsetenv("LOCPATH");
    }
#endif
    QVERIFY2(comma, "no locale with a decimal comma: install Debian's `locales` package (scripts/install-deps.sh)");
    char probe[16];
    std::snprintf(probe, sizeof probe, "%.2f", 1.5);
    QCOMPARE(QByteArray(probe), QByteArray("1,50"));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"comma.xlsx"_s);
    XlsxBook book(path);
    const int s = book.addSheet(u"N"_s, {u"Total"_s, u"Rate"_s, u"Paid"_s});
    QString error;
    QVERIFY(book.writeRow(s, {Cell::ofMoney(1234, 2, u"USD"_s), Cell::ofPercent(27100),
                              Cell::ofDateTime(utcAt(2025, 3, 1, 12, 0, 0))},
                          &error));
    QVERIFY(book.writeRow(s, {Cell::ofDecimal(15, 1)}, &error));
    QVERIFY2(book.commit(&error), qPrintable(error));
    std::snprintf(probe, sizeof probe, "%.2f", 1.5);
    QCOMPARE(QByteArray(probe), QByteArray("1,50")); // the process' locale is left as it was

    const QByteArray sheet = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY2(sheet.contains("<v>12.34</v>") && sheet.contains("<v>0.0271</v>")
                     && sheet.contains("<v>45717.5</v>") && sheet.contains("<v>1.5</v>")
                     && sheet.contains("width=\"21.7109375\""),
             sheet.constData());
    QVERIFY(!sheet.contains(','));
}

QTEST_GUILESS_MAIN(tst_XlsxBook)
#include "tst_xlsxbook.moc"
