#pragma once

// What each fuzz target does with one input, shared by the libFuzzer targets in this
// folder and by tests/tst_fuzzregressions.cpp (docs/fuzzing.md), so that an input the
// fuzzers found runs through the same code in the regression test. Each run returns
// what it saw; `violation` names an invariant that did not hold (empty when all did).
// The fuzz targets abort on a violation, so that libFuzzer keeps the input.

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "replies/replyrenderer.h"
#include "replies/replytemplate.h"
#include "replies/templaterepository.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>
#include <memory>

namespace sdfuzz {

using namespace Qt::StringLiterals;

struct Outcome
{
    qint64 records = 0; // records read, templates imported, or problems found
    QString error; // the reader's or importer's message; empty when there was none
    QString violation; // the invariant that broke; empty when all held
};

// Records the first broken invariant.
#define SDFUZZ_EXPECT(outcome, condition)                                                     \
    do {                                                                                      \
        if (!(condition) && (outcome).violation.isEmpty())                                    \
            (outcome).violation = QStringLiteral("line %1: %2").arg(__LINE__).arg(QLatin1String(#condition)); \
    } while (false)

// A sequential device that hands out at most `step` bytes per read, so that quotes, CRLF
// pairs and multi-byte characters fall across CsvReader's refills (it asks for 64 KiB;
// inputs are far smaller).
class ShortReadDevice final : public QIODevice
{
public:
    ShortReadDevice(QByteArrayView data, qint64 step) : m_data(data), m_step(step) { }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + (m_data.size() - m_pos);
    }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size() - m_pos)});
        if (n > 0)
            std::memcpy(out, m_data.data() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArrayView m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

// CSV. The first byte chooses how the bytes arrive (bit 7: all at once from a QBuffer;
// else in reads of (bits 0-5) + 1 bytes) and the limits (bit 6: small ones, so that the
// limit paths run); the rest is the file.
inline Outcome readCsv(QByteArrayView input)
{
    Outcome o;
    if (input.isEmpty())
        return o;
    const auto mode = quint8(input.front());
    const QByteArrayView bytes = input.sliced(1);
    std::unique_ptr<QIODevice> device;
    if (mode & 0x80) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes.toByteArray());
        device = std::move(buffer);
    } else {
        device = std::make_unique<ShortReadDevice>(bytes, (mode & 0x3F) + 1);
    }
    device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    sd::CsvReader::Limits limits;
    if (mode & 0x40) {
        limits.maxFieldChars = 40;
        limits.maxFields = 8;
    }
    sd::CsvReader reader(device.get(), u"fuzz.csv"_s, limits);
    QStringList fields;
    while (reader.readRecord(&fields)) {
        ++o.records;
        // Every record but the last ends in a line break: no more records than bytes + 1.
        SDFUZZ_EXPECT(o, o.records <= bytes.size() + 1);
        if (o.records > bytes.size() + 1)
            break;
        SDFUZZ_EXPECT(o, !fields.isEmpty() && fields.size() <= limits.maxFields);
        SDFUZZ_EXPECT(o, std::all_of(fields.cbegin(), fields.cend(), [&](const QString &f) {
                          return f.size() <= limits.maxFieldChars;
                      }));
        SDFUZZ_EXPECT(o, reader.recordLine() >= 1);
        for (int i = 1; i <= fields.size(); ++i)
            SDFUZZ_EXPECT(o, reader.fieldLine(i) >= reader.recordLine());
    }
    o.error = reader.errorString();
    if (reader.hasError()) {
        // "fuzz.csv:LINE: reason" or "fuzz.csv:LINE:COLUMN: reason"
        static const QRegularExpression located(u"^fuzz\\.csv:[1-9][0-9]*(:[1-9][0-9]*)?: \\S"_s);
        SDFUZZ_EXPECT(o, located.match(o.error).hasMatch());
        // A second call keeps failing and does not read on.
        SDFUZZ_EXPECT(o, !reader.readRecord(&fields) && reader.errorString() == o.error);
    } else {
        // Without an error, false means the whole file was read.
        SDFUZZ_EXPECT(o, reader.atEnd());
    }
    return o;
}

// XLSX: the input is the file, written to `path`. Every sheet (at most 8) is read, at
// most 5,000 rows each; parts are limited to 1 MiB unpacked so that a small zip bomb
// cannot make one input slow.
inline Outcome readXlsx(QByteArrayView input, const QString &path)
{
    Outcome o;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(input.data(), input.size()) != input.size()) {
            o.violation = u"cannot write %1"_s.arg(path);
            return o;
        }
    }
    sd::XlsxReader::Limits limits;
    limits.maxUncompressedBytes = 1024 * 1024;
    sd::XlsxReader reader(path, limits);
    const QString prefix = QDir::toNativeSeparators(path) + u": "_s;
    const QString rowPrefix = QDir::toNativeSeparators(path) + u":"_s;
    if (!reader.open()) {
        o.error = reader.errorString();
        SDFUZZ_EXPECT(o, o.error.startsWith(prefix) && o.error.size() > prefix.size());
        return o;
    }
    const QStringList sheets = reader.sheetNames();
    SDFUZZ_EXPECT(o, !sheets.isEmpty());
    for (qsizetype s = 0; s < std::min<qsizetype>(sheets.size(), 8); ++s) {
        // The name is one of its sheets: selecting it cannot fail.
        SDFUZZ_EXPECT(o, reader.selectSheet(sheets.at(s)));
        QStringList fields;
        int rows = 0;
        while (rows < 5000 && reader.readRecord(&fields)) {
            ++rows;
            ++o.records;
            SDFUZZ_EXPECT(o, fields.size() <= limits.maxColumns);
            SDFUZZ_EXPECT(o, std::all_of(fields.cbegin(), fields.cend(), [&](const QString &f) {
                              return f.size() <= limits.maxCellChars;
                          }));
            SDFUZZ_EXPECT(o, reader.recordLine() >= 1);
        }
        if (reader.hasError()) {
            // "FILE: reason", or "FILE:ROW: reason" and "FILE:ROW:COLUMN: reason"
            o.error = reader.errorString();
            SDFUZZ_EXPECT(o, o.error.startsWith(rowPrefix) && o.error.contains(u": "_s));
            SDFUZZ_EXPECT(o, !reader.readRecord(&fields));
            break;
        }
    }
    return o;
}

// A reply template: the input as UTF-8 up to the first NUL is the body; the NUL-separated
// pieces after it are values for the known placeholders, in the order the help lists
// them, and the first two also a language and a country for buyerLocale().
inline Outcome renderTemplate(QByteArrayView input)
{
    Outcome o;
    const QString all = QString::fromUtf8(input);
    const QStringList pieces = all.split(QChar(0));
    const QString body = pieces.value(0);
    sd::ReplyRenderer::Values values;
    const auto &known = sd::ReplyRenderer::placeholders();
    for (qsizetype i = 1; i < pieces.size() && i - 1 < known.size(); ++i)
        values.insert(known.at(i - 1).name, pieces.at(i));

    auto problemsHold = [&](const QList<sd::ReplyRenderer::Problem> &problems, const QString &text) {
        for (const auto &p : problems) {
            SDFUZZ_EXPECT(o, p.offset >= 0 && p.length >= 1 && p.offset + p.length <= text.size());
            SDFUZZ_EXPECT(o, p.line >= 1 && p.column >= 1);
            SDFUZZ_EXPECT(o, !p.message().isEmpty());
            if (p.kind != sd::ReplyRenderer::Problem::Malformed)
                SDFUZZ_EXPECT(o, text.mid(p.offset, p.length) == QString(u"{"_s + p.name + u"}"_s));
            else
                SDFUZZ_EXPECT(o, text.at(p.offset) == u'{' || text.at(p.offset) == u'}');
        }
    };

    const auto rendered = sd::ReplyRenderer::render(body, values);
    problemsHold(rendered.problems, rendered.text);
    for (const QString &name : rendered.used)
        SDFUZZ_EXPECT(o, sd::ReplyRenderer::isKnown(name));
    // check() finds the template's own problems: what render() finds apart from missing values.
    const auto checked = sd::ReplyRenderer::check(body);
    problemsHold(checked, body);
    const auto ownProblems = std::count_if(rendered.problems.cbegin(), rendered.problems.cend(),
                                           [](const sd::ReplyRenderer::Problem &p) {
                                               return p.kind != sd::ReplyRenderer::Problem::Missing;
                                           });
    SDFUZZ_EXPECT(o, checked.size() == ownProblems);
    problemsHold(sd::ReplyRenderer::leftovers(rendered.text), rendered.text);
    problemsHold(sd::ReplyRenderer::leftovers(body), body);
    sd::ReplyRenderer::buyerLocale(pieces.value(1).left(16), pieces.value(2).left(16));
    o.records = rendered.problems.size();
    return o;
}

// The template library's JSON import into a workspace that stays the same between
// inputs: what an import added is deleted again afterwards.
class TemplateImport final
{
public:
    explicit TemplateImport(const QString &workspacePath) : m_workspace(workspacePath)
    {
        QString error;
        m_open = m_workspace.open(&error);
        if (!m_open)
            return;
        QSqlQuery q(m_workspace.connection());
        q.exec(u"PRAGMA synchronous = OFF"_s); // a scratch workspace: no need to wait for the disk
        m_baseline = {maxId(u"reply_templates"_s), maxId(u"reply_template_versions"_s),
                      maxId(u"audit_log"_s)};
        m_library = sd::TemplateRepository(m_workspace.connection()).exportJson();
    }

    bool isOpen() const { return m_open; }

    Outcome run(QByteArrayView input)
    {
        Outcome o;
        const QByteArray json = input.toByteArray();
        sd::TemplateRepository repo(m_workspace.connection());
        QString error;
        const auto summary = repo.importJson(json, u"fuzz.json"_s, &error);
        if (!summary) {
            o.error = error;
            SDFUZZ_EXPECT(o, error.startsWith(u"fuzz.json:"_s) && error.size() > 11);
            // Nothing is taken from a file with any problem.
            SDFUZZ_EXPECT(o, currentIds() == m_baseline);
            return o;
        }
        QString again;
        const auto parsed = sd::ReplyTemplateJson::parse(json, u"fuzz.json"_s, &again);
        SDFUZZ_EXPECT(o, parsed.has_value());
        if (parsed) {
            o.records = parsed->size();
            SDFUZZ_EXPECT(o, summary->added + summary->updated + summary->unchanged == parsed->size());
            // What was imported is what the workspace now holds.
            for (const sd::ReplyTemplate &t : *parsed) {
                const auto stored = repo.current(t.key);
                SDFUZZ_EXPECT(o, stored && stored->sameContent(t));
            }
        }
        reset();
        SDFUZZ_EXPECT(o, currentIds() == m_baseline);
        SDFUZZ_EXPECT(o, repo.exportJson() == m_library);
        return o;
    }

private:
    struct Ids
    {
        qint64 templates = 0;
        qint64 versions = 0;
        qint64 audit = 0;
        bool operator==(const Ids &) const = default;
    };

    qint64 maxId(const QString &table) const
    {
        QSqlQuery q(m_workspace.connection());
        return q.exec(u"SELECT coalesce(max(rowid), 0) FROM "_s + table) && q.next()
                ? q.value(0).toLongLong()
                : -1;
    }
    Ids currentIds() const
    {
        return {maxId(u"reply_templates"_s), maxId(u"reply_template_versions"_s), maxId(u"audit_log"_s)};
    }
    void reset()
    {
        QSqlQuery q(m_workspace.connection());
        q.exec(u"BEGIN"_s);
        q.exec(u"DELETE FROM reply_template_texts WHERE version_ref > %1"_s.arg(m_baseline.versions));
        q.exec(u"DELETE FROM reply_template_versions WHERE id > %1"_s.arg(m_baseline.versions));
        q.exec(u"DELETE FROM reply_templates WHERE id > %1"_s.arg(m_baseline.templates));
        q.exec(u"DELETE FROM audit_log WHERE id > %1"_s.arg(m_baseline.audit));
        q.exec(u"COMMIT"_s);
    }

    sd::Workspace m_workspace;
    bool m_open = false;
    Ids m_baseline;
    QByteArray m_library;
};

} // namespace sdfuzz
