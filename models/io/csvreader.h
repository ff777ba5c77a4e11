#pragma once

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace sd {

// A streaming reader for delimited text as spreadsheets write it: RFC 4180 quoting,
// newlines inside quotes, CRLF / LF / CR line ends. It detects the encoding (UTF-8
// with or without BOM, UTF-16 with BOM, else GB18030 as Chinese Excel writes) and the
// delimiter (comma, semicolon or tab, from the header line). Memory stays bounded by
// the longest record, and limits refuse runaway fields and records.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(sd::CsvReader)
public:
    struct Limits
    {
        qsizetype maxFieldChars = 1 << 20; // 1 Mi characters in one field
        int maxFields = 512; // fields in one record
        qsizetype maxRecordChars = 4 << 20; // all fields of one record together
    };

    // fileName is only used in messages ("orders.csv:12:3: reason").
    CsvReader(QIODevice *device, const QString &fileName, Limits limits);
    CsvReader(QIODevice *device, const QString &fileName) : CsvReader(device, fileName, Limits()) { }
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Force a delimiter instead of detecting it.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }

    // Reads the next record into fields. Returns false at the end of the data or on an
    // error (then hasError() and errorString()). A blank line is a record with one
    // empty field only when it is not the last line.
    bool readRecord(QStringList *fields);

    bool atEnd() const { return m_eof && m_pos >= m_buffer.size(); }
    bool hasError() const { return !m_error.isEmpty(); }
    // "FILE:LINE:COLUMN: reason"
    QString errorString() const { return m_error; }

    // The physical line (1-based) where the last record started, and where each of its
    // fields started (column = field number, 1-based).
    qint64 recordLine() const { return m_recordLine; }
    qint64 fieldLine(int field) const;

    QString encodingName() const { return m_encodingName; }
    QChar delimiter() const { return m_delimiter; }

    // "FILE:LINE:COLUMN: reason" for callers that check values.
    QString location(qint64 line, int column) const;

private:
    bool start();
    bool fill();
    void fail(qint64 line, int column, const QString &reason);
    static bool isStrayControl(QChar c);
    void failControl(QChar c, qint64 line, int column);

    QIODevice *m_device;
    QString m_fileName;
    Limits m_limits;
    QStringDecoder m_decoder;
    QString m_encodingName;
    QChar m_delimiter;
    bool m_started = false;
    bool m_eof = false;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_totalBytes = 0;
    qsizetype m_bomBytes = 0;
    qint64 m_recordLine = 0;
    QList<qint64> m_fieldLines;
    QString m_error;
};

} // namespace sd
