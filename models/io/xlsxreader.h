#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;
class QTemporaryFile;
class QXmlStreamReader;

namespace sd {

class ZipReader;

// Reads the rows of one worksheet of an .xlsx workbook as text records, streaming
// the sheet's XML (ZipReader for the zip, QXmlStreamReader for the XML). Part names
// are matched as OOXML wants, ASCII case ignored. Shared and
// inline strings, numbers (as Excel shows them, 15 significant digits) and dates
// stored as serial numbers ("2026-11-03 14:22:05") are supported; empty cells
// between filled ones come back as empty fields; blank rows are skipped. Entries whose uncompressed size is
// over the limit are refused before they are read (zip bombs).
//
// The shared strings are not held as QStrings: they are written once, as UTF-8, to a
// temporary file that is mapped into memory, and a cell's text is made when a row refers
// to it. The process holds 4 bytes per string; a shared-strings part that unpacks to
// 1 GiB costs the disk space of its text, not gigabytes of memory.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(sd::XlsxReader)
public:
    struct Limits
    {
        qint64 maxUncompressedBytes = 512LL * 1024 * 1024; // per entry
        int maxColumns = 512;
        qsizetype maxCellChars = 1 << 20;
        qsizetype maxSharedStrings = 64 * 1024 * 1024; // 256 MiB of offsets
    };

    XlsxReader(const QString &path, Limits limits);
    explicit XlsxReader(const QString &path) : XlsxReader(path, Limits()) { }
    ~XlsxReader();
    Q_DISABLE_COPY_MOVE(XlsxReader)

    // Reads the workbook's sheet list, shared strings and date styles.
    bool open();
    QStringList sheetNames() const { return m_sheetNames; }
    // Chooses the sheet to read (the first one when never called).
    bool selectSheet(const QString &name);

    bool readRecord(QStringList *fields);
    bool hasError() const { return !m_error.isEmpty(); }
    // "FILE:ROW:COLUMN: reason" (COLUMN as a number, A = 1).
    QString errorString() const { return m_error; }
    // The worksheet row (1-based) of the last record.
    qint64 recordLine() const { return m_row; }
    QString location(qint64 line, int column) const;

    // Excel's serial date (1900 or 1904 system) as an ISO date-time text.
    static QString serialToIso(double serial, bool date1904);

private:
    // The opened part, or nullptr: absent when !hasError(), refused or unreadable otherwise.
    std::unique_ptr<QIODevice> openEntry(const QString &name);
    bool checkXml(const QXmlStreamReader &xml, const QString &part);
    bool readWorkbook();
    bool readSharedStrings();
    bool readStyles();
    void fail(qint64 line, int column, const QString &reason);
    QString formatNumber(const QString &raw, int style) const;
    // Shared string i as text; nullopt when there is no such string.
    std::optional<QString> sharedString(qint64 i) const;

    QString m_path;
    QString m_fileName;
    Limits m_limits;
    std::unique_ptr<ZipReader> m_zip;
    std::unique_ptr<QIODevice> m_sheetFile;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QStringList m_sheetNames;
    QStringList m_sheetPaths;
    // The shared strings, UTF-8, end to end, in a mapped temporary file; m_stringEnds[i] is
    // where string i ends (it starts where string i - 1 ends).
    std::unique_ptr<QTemporaryFile> m_stringsFile;
    const uchar *m_strings = nullptr;
    QList<quint32> m_stringEnds;
    QSet<int> m_dateStyles; // cellXfs indexes that format dates
    bool m_date1904 = false;
    int m_sheet = -1;
    qint64 m_row = 0;
    qint64 m_nextRow = 1;
    QString m_error;
};

} // namespace sd
