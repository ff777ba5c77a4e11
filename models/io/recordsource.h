#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd {

// What an import accepts. Past a limit the file is refused with a message saying which
// limit and where.
struct ImportLimits
{
    qint64 maxFileBytes = 2LL * 1024 * 1024 * 1024;
    int maxFields = 512; // in one row
    qint64 maxUnpackedBytes = 2LL * 1024 * 1024 * 1024; // one XLSX part, unpacked
};

// Rows of a CSV or XLSX file, one QStringList per record, with the file, line and
// column of each for messages. The importers read through this.
class RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(sd::RecordSource)
public:
    virtual ~RecordSource() = default;

    // What an import accepts (WorkspaceSettings::importLimits() gives the workspace's).
    using Limits = ImportLimits;

    // Opens an XLSX file (by its zip signature) or else a CSV file. `sheet`: XLSX only,
    // the first sheet when empty. Null with *error set when the file cannot be read or
    // is over a limit.
    static std::unique_ptr<RecordSource> open(const QString &path, const QString &sheet,
                                              QString *error, const Limits &limits = Limits());

    virtual bool read(QStringList *fields) = 0;
    virtual QString error() const = 0;
    // The line the last record started on.
    virtual qint64 line() const = 0;
    // The line a field of the last record started on (CSV fields can span lines).
    virtual qint64 fieldLine(int column) const
    {
        Q_UNUSED(column)
        return line();
    }
    // "FILE:LINE:COLUMN" (or the sheet and cell for XLSX).
    virtual QString location(qint64 line, int column) const = 0;
    // Progress: bytes (CSV) or rows (XLSX) read, and the total when known (else 0).
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
    // CSV rows must have as many fields as the header; XLSX rows end at their last cell.
    virtual bool fixedWidth() const = 0;
};

} // namespace sd
