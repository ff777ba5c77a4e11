#pragma once

#include "money/currency.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sd {

class RecordSource;
class TableWriter;
class TimeParser;

struct ImportOptions
{
    qint64 storeId = 0; // rows without a store column go here; 0: the file must name the store
    std::optional<QTimeZone> sourceZone; // times without an offset; default: the store's zone
    QString sheet; // XLSX: the sheet to read; default: the first
    bool skipBad = false; // import the good rows, write the bad ones beside the input
    bool dryRun = false; // check and count, write nothing
    int maxErrors = 100; // errors listed; all bad rows are still counted
    const std::atomic_bool *cancel = nullptr;
    // Called now and then with the bytes (CSV) or rows (XLSX) read so far and the total (0: unknown).
    std::function<void(qint64 done, qint64 total)> progress;
};

struct ImportResult
{
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0; // rows
    QStringList errors; // "FILE:LINE:COLUMN: reason", the first maxErrors
    // What was imported but deserves a look ("FILE:LINE:COLUMN: what", or "FILE: what" for
    // the file as a whole), the first maxErrors; warningCount counts them all.
    QStringList warnings;
    qint64 warningCount = 0;
    QString fatal; // the file as a whole could not be imported: why
    QString rejectedFile; // skipBad: where the rejected rows went
    QString layout; // which layout the header matched
    QString sha256;
    qint64 previousImportUtc = 0; // this same content was imported before, at
    bool cancelled = false;
    bool committed = false;

    bool ok() const { return committed || (fatal.isEmpty() && !cancelled && errors.isEmpty()); }
};

// The bookkeeping every importer shares: the file's identity (SHA-256, an earlier
// import of the same content), the problem list and the rejected-rows file, and the
// import_history row written with the import.
class ImportLog final
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImportLog)
public:
    ImportLog(const QSqlDatabase &db, const QString &kind, ImportResult *result, int maxErrors);
    ~ImportLog();
    Q_DISABLE_COPY_MOVE(ImportLog)

    QString fileName() const { return m_fileName; }
    // Hashes the file (refusing an empty or unreadable one) and looks up when the same
    // content was imported before. False with result->fatal set.
    bool identify(const QString &path);
    // skipBad: rejected rows go to "<base>.rejected-<time>.csv" beside the input, after
    // a line and a problem column. False with result->fatal set.
    bool openRejected(const QString &path, const QStringList &header);
    // Counts a bad row, lists it as FILE:LINE:COLUMN (the first maxErrors) and writes it
    // to the rejected-rows file if there is one.
    void reject(const RecordSource &source, const QStringList &fields, qint64 line, int column,
                const QString &reason);
    // Counts a warning and lists it as FILE:LINE:COLUMN (the first maxErrors); line 0 is
    // the file as a whole ("FILE: what"). The row is imported all the same.
    void warn(const RecordSource &source, qint64 line, int column, const QString &what);
    // Inside the import's transaction: the import_history row, and the rejected-rows
    // file kept (or dropped when nothing was rejected). False with result->fatal set.
    bool record(qint64 storeId, qint64 nowUtc);

private:
    QSqlDatabase m_db;
    QString m_kind;
    ImportResult *m_result;
    int m_maxErrors;
    QString m_fileName;
    std::unique_ptr<TableWriter> m_rejected;
};

// A column the importer looks for: SellerDesk's own name (the header its exports
// write) and the other names it is known by (AliExpress API names, seller-center
// headers in Chinese and English). Headers match with case, spaces, '_' and '-'
// ignored and full-width punctuation folded.
struct ImportField
{
    QString key;
    QStringList aliases;
    bool required = false;
};

// One row being imported, with typed readers that record the first problem (and its
// column) instead of throwing. Field numbers are indexes into RecordHandler::fields().
class ImportRecord
{
    Q_DECLARE_TR_FUNCTIONS(sd::ImportRecord)
public:
    qint64 storeId() const { return m_storeId; }
    const Currency &storeCurrency() const { return m_currency; }
    qint64 line() const { return m_line; }
    // The file has this column.
    bool has(int field) const;
    // The cell, trimmed; SellerDesk's formula-injection apostrophe removed.
    QString text(int field) const;
    // 1-based column of a field in the file (0 when absent).
    int column(int field) const;

    // Readers: an empty cell gives nullopt, and an error too when `required`.
    std::optional<qint64> time(int field, bool required = false);
    // Minor units; the cell's currency must be `currency` (a code or symbol in the cell
    // decides it; none means `currency`). Negative amounts are refused unless allowed.
    std::optional<qint64> amount(int field, const Currency &currency, bool required = false,
                                 bool allowNegative = false);
    // The code whose code or label equals the cell (case-insensitive).
    std::optional<QString> code(int field, const QList<std::pair<QString, QStringList>> &codes,
                                bool required = false);
    // A currency from a code column, else nullopt (with an error for an unknown code).
    std::optional<Currency> currency(int field);

    void fail(int field, const QString &reason);
    bool failed() const { return !m_reason.isEmpty(); }
    int failedColumn() const { return m_failedColumn; }
    QString reason() const { return m_reason; }

    // A digest of every mapped cell: the same key twice in a file must carry the same data.
    size_t digest() const;

private:
    friend class RecordImporter;
    friend class RecordImportRun;
    const QStringList *m_fields = nullptr;
    const QList<int> *m_columns = nullptr; // field -> 0-based column or -1
    TimeParser *m_times = nullptr;
    qint64 m_storeId = 0;
    Currency m_currency;
    qint64 m_line = 0;
    int m_failedColumn = 0;
    QString m_reason;
};

// Keeps the first line of every key in a file: the same record twice must carry the
// same data (then the second is unchanged), else the row is refused.
class ImportDuplicateGuard
{
public:
    // True when the row may go on; `unchanged` when it repeats an earlier row exactly.
    bool check(ImportRecord &record, const QString &key, int keyField, bool *unchanged);

private:
    QHash<std::pair<qint64, QString>, std::pair<qint64, size_t>> m_seen;
};

// What one kind of record (disputes, chargebacks, ledger entries) does with its rows.
class RecordHandler
{
public:
    enum class Outcome { Inserted, Updated, Unchanged, Rejected, Failed };

    virtual ~RecordHandler() = default;
    // "disputes": the import history's kind and the word in messages.
    virtual QString kind() const = 0;
    virtual QList<ImportField> fields() const = 0;
    // Called inside the import's transaction before the first row.
    virtual bool begin(const QSqlDatabase &db, QString *error) = 0;
    // Parses and writes one row. Rejected: the record says why and where. Failed: the
    // workspace refused a write (*error says why) and the whole import stops.
    virtual Outcome write(ImportRecord &record, QString *error) = 0;
    // After the last row, still inside the transaction.
    virtual bool finish(QString *error)
    {
        Q_UNUSED(error)
        return true;
    }
};

// Runs a file through a handler in one transaction, with the rules every SellerDesk
// import follows: all or nothing; every bad row listed as FILE:LINE:COLUMN with its
// reason; skipBad writes the rejected rows to a CSV beside the input; dryRun and
// cancel write nothing; each committed import is recorded in import_history.
// A column named "store" (店铺) picks the store per row, by name.
class RecordImporter final
{
    Q_DECLARE_TR_FUNCTIONS(sd::RecordImporter)
public:
    explicit RecordImporter(const QSqlDatabase &db) : m_db(db) { }
    ImportResult run(const QString &path, const ImportOptions &options, RecordHandler &handler);
    // "<dir>/<base>.rejected-<time>.csv" beside the input.
    static QString rejectedPathFor(const QString &path, const QDateTime &now);
    // A header as compared: first non-empty line, case folded, spaces, '_' and '-'
    // dropped, full-width punctuation folded to ASCII.
    static QString normalizeHeader(QStringView header);

private:
    QSqlDatabase m_db;
};

} // namespace sd
