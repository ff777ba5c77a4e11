// bench_xlsx: the memory an .xlsx with a large shared-strings part costs to read. Not a
// test: it prints figures that docs/performance.md records.
//
//   bench_xlsx [--mib N] [--dir DIR]
//
// 1. Writes a workbook whose xl/sharedStrings.xml unpacks to N MiB (default 1024) of
//    distinct strings of about 100 characters, and a sheet of 10,000 rows that refer to
//    strings spread over the whole table.
// 2. Opens it with XlsxReader and reads every row, checking each cell's text.
// 3. Prints the time and the peak resident memory, the last line as JSON.

#include "io/xlsxreader.h"
#include "io/zipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

qint64 peakRssKib()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
#else
    return -1;
#endif
}

QByteArray text(qint64 i)
{
    return "Silicone spatula set " + QByteArray::number(i).rightJustified(10, '0')
            + ", heat resistant to 230 C, dishwasher safe, colour grey; 5 pcs per set";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 mib = 1024;
    QString dirPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--mib"_s && i + 1 < args.size())
            mib = args[++i].toLongLong();
        else if (args[i] == u"--dir"_s && i + 1 < args.size())
            dirPath = args[++i];
    }
    QTemporaryDir temp;
    const QString dir = dirPath.isEmpty() ? temp.path() : dirPath;
    const QString path = QDir(dir).filePath(u"shared-strings.xlsx"_s);

    QElapsedTimer timer;
    timer.start();
    qint64 strings = 0;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        sd::ZipWriter zip(&file);
        bool ok = zip.open()
                && zip.addFile(u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?><Types/>")
                && zip.addFile(u"xl/workbook.xml"_s,
                               "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Orders\" sheetId=\"1\" "
                               "r:id=\"rId1\"/></sheets></workbook>")
                && zip.addFile(u"xl/_rels/workbook.xml.rels"_s,
                               "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                               "</Relationships>")
                && zip.beginEntry(u"xl/sharedStrings.xml"_s) && zip.write(QByteArray("<sst>"));
        const qint64 target = mib * 1024 * 1024;
        qint64 bytes = 5;
        QByteArray block;
        while (ok && bytes < target) {
            const QByteArray si = "<si><t>" + text(strings++) + "</t></si>";
            block += si;
            bytes += si.size();
            if (block.size() > (1 << 20)) {
                ok = zip.write(block);
                block.clear();
            }
        }
        ok = ok && zip.write(block + "</sst>") && zip.endEntry();
        QByteArray sheet = "<worksheet><sheetData>";
        for (qint64 r = 1; r <= 10000; ++r) {
            const qint64 s = (r * 7919) % strings;
            sheet += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
                    + "\" t=\"s\"><v>" + QByteArray::number(s) + "</v></c></row>";
        }
        sheet += "</sheetData></worksheet>";
        ok = ok && zip.addFile(u"xl/worksheets/sheet1.xml"_s, sheet) && zip.close();
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(zip.errorString()));
            return 1;
        }
    }
    const qint64 writeMs = timer.restart();
    const qint64 rssBefore = peakRssKib();

    sd::XlsxReader::Limits limits;
    limits.maxUncompressedBytes = 4LL * 1024 * 1024 * 1024;
    sd::XlsxReader reader(path, limits);
    if (!reader.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    const qint64 openMs = timer.restart();
    QStringList row;
    qint64 rows = 0;
    while (reader.readRecord(&row)) {
        ++rows;
        const qint64 s = (rows * 7919) % strings;
        if (row.value(0) != QString::fromLatin1(text(s))) {
            std::fprintf(stderr, "row %lld: wrong text\n", rows);
            return 1;
        }
    }
    if (reader.hasError()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    const qint64 readMs = timer.restart();
    const qint64 rssAfter = peakRssKib();
    std::printf("workbook: %s, %lld bytes on disk; shared strings: %lld MiB of XML, %lld strings\n",
                qPrintable(path), qint64(QFileInfo(path).size()), mib, strings);
    std::printf("write: %lld ms; open (shared strings read): %lld ms; %lld rows read: %lld ms\n",
                writeMs, openMs, rows, readMs);
    std::printf("peak resident memory: %lld MiB before reading, %lld MiB after\n", rssBefore / 1024,
                rssAfter / 1024);
    std::printf("{\"shared_strings_xml_mib\": %lld, \"strings\": %lld, \"open_ms\": %lld, \"read_ms\": %lld, "
                "\"rows\": %lld, \"peak_rss_mib\": %lld}\n",
                mib, strings, openMs, readMs, rows, rssAfter / 1024);
    return 0;
}
