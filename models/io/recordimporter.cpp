#include "recordimporter.h"

#include "files/workspacesettings.h"
#include "io/recordsource.h"
#include "io/tablewriter.h"
#include "money/money.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "time/timeparser.h"
#include "time/utctime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct StoreInfo
{
    QString name;
    Currency currency;
    QTimeZone zone;
};

} // namespace

// ---- ImportLog ----------------------------------------------------------------------

ImportLog::ImportLog(const QSqlDatabase &db, const QString &kind, ImportResult *result,
                     int maxErrors)
    : m_db(db), m_kind(kind), m_result(result), m_maxErrors(maxErrors)
{
}

ImportLog::~ImportLog() = default;

bool ImportLog::identify(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_result->fatal = tr("%1: cannot open: %2").arg(m_fileName, f.errorString());
        return false;
    }
    if (f.size() == 0) {
        m_result->fatal = tr("%1: the file is empty").arg(m_fileName);
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    m_result->sha256 = QString::fromLatin1(hash.result().toHex());
    QSqlQuery q(m_db);
    q.prepare(u"SELECT max(at_utc) FROM import_history WHERE file_sha256 = ? AND kind = ?"_s);
    q.addBindValue(m_result->sha256);
    q.addBindValue(m_kind);
    if (!q.exec()) {
        m_result->fatal = tr("%1: the workspace refused the import: %2").arg(m_fileName, q.lastError().text());
        return false;
    }
    if (q.next())
        m_result->previousImportUtc = q.value(0).toLongLong();
    return true;
}

bool ImportLog::openRejected(const QString &path, const QStringList &header)
{
    m_result->rejectedFile = RecordImporter::rejectedPathFor(path, QDateTime::currentDateTime());
    m_rejected = TableWriter::create(TableWriter::Format::Csv, m_result->rejectedFile);
    m_rejected->setPrivate(true); // buyers' names and addresses, beside the user's file
    QStringList rejectedHeader{tr("line"), tr("problem")};
    rejectedHeader.append(header);
    QString error;
    if (!m_rejected->open(rejectedHeader, &error)) {
        m_result->fatal = error;
        return false;
    }
    return true;
}

void ImportLog::reject(const RecordSource &source, const QStringList &fields, qint64 line,
                       int column, const QString &reason)
{
    ++m_result->rejected;
    const QString where = source.location(column > 0 ? source.fieldLine(column) : line, column);
    if (m_result->errors.size() < m_maxErrors)
        m_result->errors.append(where + u": "_s + reason);
    if (!m_rejected)
        return;
    QList<Cell> cells{Cell::ofInteger(line), Cell::ofText(where + u": "_s + reason)};
    for (const QString &f : fields)
        cells.append(Cell::ofText(f));
    QString why;
    if (!m_rejected->writeRow(cells, &why) && m_result->fatal.isEmpty())
        m_result->fatal = why;
}

void ImportLog::warn(const RecordSource &source, qint64 line, int column, const QString &what)
{
    ++m_result->warningCount;
    if (m_result->warnings.size() >= m_maxErrors)
        return;
    const QString where = line > 0
            ? source.location(column > 0 ? source.fieldLine(column) : line, column)
            : m_fileName;
    m_result->warnings.append(where + u": "_s + what);
}

bool ImportLog::record(qint64 storeId, qint64 nowUtc)
{
    QSqlQuery history(m_db);
    history.prepare(u"INSERT INTO import_history (at_utc, kind, store_id, file_name, file_sha256, "
                    "rows_read, inserted, updated, unchanged, rejected, actor) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    history.addBindValue(nowUtc);
    history.addBindValue(m_kind);
    history.addBindValue(storeId > 0 ? QVariant(storeId) : QVariant(QMetaType::fromType<qint64>()));
    history.addBindValue(m_fileName);
    history.addBindValue(m_result->sha256);
    history.addBindValue(m_result->rowsRead);
    history.addBindValue(m_result->inserted);
    history.addBindValue(m_result->updated);
    history.addBindValue(m_result->unchanged);
    history.addBindValue(m_result->rejected);
    history.addBindValue(AuditLog::currentActor());
    if (!history.exec()) {
        m_result->fatal = tr("%1: the workspace refused the import: %2").arg(m_fileName, history.lastError().text());
        return false;
    }
    if (!m_rejected)
        return true;
    if (m_result->rejected == 0) {
        m_rejected.reset(); // nothing rejected: no file
        m_result->rejectedFile.clear();
        return true;
    }
    QString error;
    if (!m_rejected->commit(&error)) {
        m_result->fatal = error;
        return false;
    }
    return true;
}

QString RecordImporter::normalizeHeader(QStringView header)
{
    // The first non-empty line names the column (seller-center headers carry hints below).
    for (QStringView line : header.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            header = line;
            break;
        }
    }
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) // full-width forms
            c = QChar(c.unicode() - 0xFEE0);
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'\uFEFF')
            continue;
        out.append(c.toCaseFolded());
    }
    return out;
}

// ---- ImportRecord -------------------------------------------------------------------

bool ImportRecord::has(int field) const
{
    return column(field) > 0;
}

int ImportRecord::column(int field) const
{
    return field >= 0 && field < m_columns->size() ? m_columns->at(field) + 1 : 0;
}

QString ImportRecord::text(int field) const
{
    const int c = column(field) - 1;
    if (c < 0 || c >= m_fields->size())
        return {};
    QString v = m_fields->at(c).trimmed();
    if (v.size() > 1 && v.front() == u'\'' && QStringView(u"=+-@\t\r").contains(v.at(1)))
        v.remove(0, 1);
    return v;
}

void ImportRecord::fail(int field, const QString &reason)
{
    if (failed())
        return;
    m_failedColumn = column(field);
    m_reason = reason;
}

std::optional<qint64> ImportRecord::time(int field, bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            fail(field, tr("a date and time is required here"));
        return std::nullopt;
    }
    const auto v = m_times->parse(t);
    if (!v)
        fail(field, tr("\"%1\" is not a date and time (use 2026-03-01 14:30 or ISO 8601)").arg(t));
    return v;
}

std::optional<qint64> ImportRecord::amount(int field, const Currency &currency, bool required,
                                           bool allowNegative)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            fail(field, tr("an amount is required here"));
        return std::nullopt;
    }
    QString why;
    const auto m = Money::parse(t, currency, u'.', &why);
    if (!m) {
        fail(field, tr("\"%1\" is not an amount: %2").arg(t, why));
        return std::nullopt;
    }
    if (m->currency() != currency) {
        fail(field, tr("the amount is in %1 but the row is in %2").arg(m->currency().code(), currency.code()));
        return std::nullopt;
    }
    if (m->isNegative() && !allowNegative) {
        fail(field, tr("the amount %1 is negative").arg(t));
        return std::nullopt;
    }
    return m->minorUnits();
}

std::optional<QString> ImportRecord::code(int field, const QList<std::pair<QString, QStringList>> &codes,
                                          bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            fail(field, tr("a value is required here"));
        return std::nullopt;
    }
    const QString folded = RecordImporter::normalizeHeader(t);
    QStringList allowed;
    for (const auto &[c, labels] : codes) {
        if (RecordImporter::normalizeHeader(c) == folded)
            return c;
        for (const QString &label : labels) {
            if (RecordImporter::normalizeHeader(label) == folded)
                return c;
        }
        allowed.append(c);
    }
    fail(field, tr("\"%1\" is not one of: %2").arg(t, allowed.join(u", "_s)));
    return std::nullopt;
}

std::optional<Currency> ImportRecord::currency(int field)
{
    const QString t = text(field);
    if (t.isEmpty())
        return std::nullopt;
    const auto c = Currency::fromCode(t.toUpper());
    if (!c)
        fail(field, tr("unknown currency \"%1\"").arg(t));
    return c;
}

size_t ImportRecord::digest() const
{
    size_t h = qHash(m_storeId);
    for (int f = 0; f < m_columns->size(); ++f)
        h = qHashMulti(h, text(f));
    return h;
}

bool ImportDuplicateGuard::check(ImportRecord &record, const QString &key, int keyField, bool *unchanged)
{
    *unchanged = false;
    const auto k = std::make_pair(record.storeId(), key);
    const auto it = m_seen.constFind(k);
    if (it == m_seen.cend()) {
        m_seen.insert(k, {record.line(), record.digest()});
        return true;
    }
    if (it->second == record.digest()) {
        *unchanged = true;
        return true;
    }
    record.fail(keyField, RecordImporter::tr("%1 is also on line %2 with different data").arg(key).arg(it->first));
    return false;
}

// ---- the run ------------------------------------------------------------------------

class RecordImportRun
{
public:
    RecordImportRun(const QSqlDatabase &db, const ImportOptions &options, RecordHandler &handler,
                    ImportResult *result)
        : m_db(db), m_options(options), m_handler(handler), m_result(result),
          m_log(db, handler.kind(), result, options.maxErrors)
    {
    }

    bool run(const QString &path);

private:
    bool dbFail(const QSqlQuery &q)
    {
        m_result->fatal = RecordImporter::tr("%1: the workspace refused the import: %2")
                                  .arg(m_fileName, Transaction::describe(q.lastError()));
        return false;
    }
    void reject(const QStringList &fields, qint64 line, int column, const QString &reason)
    {
        m_log.reject(*m_source, fields, line, column, reason);
    }
    bool loadStores();

    QSqlDatabase m_db;
    const ImportOptions &m_options;
    RecordHandler &m_handler;
    ImportResult *m_result;
    QString m_fileName;
    ImportLog m_log;
    std::unique_ptr<RecordSource> m_source;
    QHash<qint64, StoreInfo> m_stores;
    QHash<QString, qint64> m_storeByName;
    QHash<qint64, std::shared_ptr<TimeParser>> m_times;
};

bool RecordImportRun::loadStores()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, name, currency, time_zone FROM stores"_s))
        return dbFail(q);
    while (q.next()) {
        StoreInfo s;
        s.name = q.value(1).toString();
        s.currency = Currency::fromCode(q.value(2).toString()).value_or(Currency::of(u"USD"));
        s.zone = QTimeZone(q.value(3).toString().toUtf8());
        m_storeByName.insert(s.name.toCaseFolded(), q.value(0).toLongLong());
        m_stores.insert(q.value(0).toLongLong(), s);
    }
    return true;
}

bool RecordImportRun::run(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    const qint64 now = utc::toStore(QDateTime::currentDateTimeUtc());
    // Opened first: a file over a limit is refused before it is read.
    QString error;
    m_source = RecordSource::open(path, m_options.sheet, &error,
                                  WorkspaceSettings(m_db).importLimits());
    if (!m_source) {
        m_result->fatal = error;
        return false;
    }
    if (!m_log.identify(path))
        return false;
    QStringList header;
    if (!m_source->read(&header)) {
        m_result->fatal = m_source->error().isEmpty()
                ? RecordImporter::tr("%1: the file is empty").arg(m_fileName)
                : m_source->error();
        return false;
    }

    // Map the header: each field to the first column whose name matches.
    const QList<ImportField> fields = m_handler.fields();
    QHash<QString, int> byName;
    for (int i = header.size() - 1; i >= 0; --i) // the first of equal names wins
        byName.insert(RecordImporter::normalizeHeader(header.at(i)), i);
    QList<int> columns;
    QStringList missing;
    for (const ImportField &f : fields) {
        int c = byName.value(RecordImporter::normalizeHeader(f.key), -1);
        for (const QString &alias : f.aliases) {
            if (c < 0)
                c = byName.value(RecordImporter::normalizeHeader(alias), -1);
        }
        columns.append(c);
        if (c < 0 && f.required)
            missing.append(f.key);
    }
    if (!missing.isEmpty()) {
        m_result->fatal = RecordImporter::tr("%1:%2: the header has no column for: %3")
                                  .arg(m_fileName)
                                  .arg(m_source->line())
                                  .arg(missing.join(u", "_s));
        return false;
    }
    int storeColumn = -1;
    for (const QString &name : {u"store"_s, u"store_name"_s, u"店铺"_s, u"店铺名称"_s}) {
        if (storeColumn < 0)
            storeColumn = byName.value(RecordImporter::normalizeHeader(name), -1);
    }
    m_result->layout = m_handler.kind();

    if (!loadStores())
        return false;
    if (m_options.storeId > 0 && !m_stores.contains(m_options.storeId)) {
        m_result->fatal = RecordImporter::tr("the store chosen for the import does not exist");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_result->fatal = RecordImporter::tr("%1: not imported: %2").arg(m_fileName, tx.error());
        return false;
    }
    if (!m_handler.begin(m_db, &error)) {
        m_result->fatal = error;
        return false;
    }
    if (m_options.skipBad && !m_options.dryRun && !m_log.openRejected(path, header))
        return false;

    QStringList row;
    while (m_source->read(&row)) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_result->cancelled = true;
            return false;
        }
        if (row.size() <= 1 && row.value(0).trimmed().isEmpty())
            continue; // a blank line
        ++m_result->rowsRead;
        if (m_options.progress && (m_result->rowsRead & 255) == 0)
            m_options.progress(m_source->done(), m_source->total());
        const qint64 line = m_source->line();
        if (row.size() > header.size() || (row.size() < header.size() && m_source->fixedWidth())) {
            reject(row, line, int(qMin(row.size(), header.size())) + 1,
                   RecordImporter::tr("the row has %1 fields but the header has %2")
                           .arg(row.size())
                           .arg(header.size()));
            continue;
        }
        ImportRecord record;
        record.m_fields = &row;
        record.m_columns = &columns;
        record.m_line = line;
        // The store: a named one wins, else the one the import is for.
        const QString storeName = storeColumn >= 0 ? row.value(storeColumn).trimmed() : QString();
        if (!storeName.isEmpty()) {
            const auto it = m_storeByName.constFind(storeName.toCaseFolded());
            if (it == m_storeByName.cend()) {
                reject(row, line, storeColumn + 1,
                       RecordImporter::tr("there is no store named \"%1\"; add it on the Stores page first")
                               .arg(storeName));
                continue;
            }
            record.m_storeId = *it;
        } else if (m_options.storeId > 0) {
            record.m_storeId = m_options.storeId;
        } else {
            reject(row, line, storeColumn >= 0 ? storeColumn + 1 : 0,
                   RecordImporter::tr("which store? The file has no store column; choose the store for the import"));
            continue;
        }
        const StoreInfo &store = m_stores[record.m_storeId];
        record.m_currency = store.currency;
        auto &times = m_times[record.m_storeId];
        if (!times)
            times = std::make_shared<TimeParser>(m_options.sourceZone.value_or(store.zone));
        record.m_times = times.get();

        switch (m_handler.write(record, &error)) {
        case RecordHandler::Outcome::Inserted:
            ++m_result->inserted;
            break;
        case RecordHandler::Outcome::Updated:
            ++m_result->updated;
            break;
        case RecordHandler::Outcome::Unchanged:
            ++m_result->unchanged;
            break;
        case RecordHandler::Outcome::Rejected:
            reject(row, line, record.failedColumn(), record.reason());
            break;
        case RecordHandler::Outcome::Failed:
            m_result->fatal = RecordImporter::tr("%1: the workspace refused the import: %2").arg(m_fileName, error);
            return false;
        }
        if (!m_result->fatal.isEmpty())
            return false;
    }
    if (!m_source->error().isEmpty()) {
        m_result->errors.append(m_source->error());
        m_result->fatal = m_source->error();
        return false;
    }
    if (m_result->rowsRead == 0) {
        m_result->fatal = RecordImporter::tr("%1:%2: the file has a header but no rows")
                                  .arg(m_fileName)
                                  .arg(m_source->line() + 1);
        return false;
    }
    if (m_result->rejected > 0 && !m_options.skipBad)
        return false; // refused: every problem is listed
    if (m_options.dryRun)
        return true; // rolled back
    if (!m_handler.finish(&error)) {
        m_result->fatal = error;
        return false;
    }
    if (!m_log.record(m_options.storeId, now))
        return false;
    if (!tx.commit()) {
        m_result->fatal = RecordImporter::tr("%1: not imported: %2").arg(m_fileName, tx.error());
        return false;
    }
    m_result->committed = true;
    return true;
}

ImportResult RecordImporter::run(const QString &path, const ImportOptions &options,
                                 RecordHandler &handler)
{
    ImportResult result;
    RecordImportRun(m_db, options, handler, &result).run(path);
    return result;
}

QString RecordImporter::rejectedPathFor(const QString &path, const QDateTime &now)
{
    const QFileInfo fi(path);
    return fi.dir().filePath(fi.completeBaseName() + u".rejected-"_s
                             + now.toString(u"yyyyMMdd-HHmmss"_s) + u".csv"_s);
}

} // namespace sd
