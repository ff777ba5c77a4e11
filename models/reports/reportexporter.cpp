#include "reportexporter.h"

#include "io/tablewriter.h"
#include "io/xlsxbook.h"
#include "io/zipwriter.h"
#include "files/workspacesettings.h"
#include "store/auditlog.h"
#include "time/utctime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace sd {

ReportExporter::ReportExporter(const QSqlDatabase &db, PdfRenderer pdf) : m_db(db), m_pdf(std::move(pdf)) { }

std::optional<ReportFormat> ReportExporter::formatFromText(QStringView text)
{
    const QStringView t = text.trimmed();
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv}) {
        if (t.compare(formatCode(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

std::optional<ReportFormat> ReportExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"zip"_s, Qt::CaseInsensitive) == 0)
        return ReportFormat::Csv;
    return formatFromText(suffix);
}

QString ReportExporter::formatCode(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return u"pdf"_s;
    case ReportFormat::Xlsx:
        return u"xlsx"_s;
    case ReportFormat::Csv:
        return u"csv"_s;
    }
    return {};
}

QString ReportExporter::suffix(ReportFormat format, bool zip)
{
    return format == ReportFormat::Csv && zip ? u"zip"_s : formatCode(format);
}

std::optional<QPageSize::PageSizeId> ReportExporter::pageSizeFromText(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"a4", Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (t.compare(u"letter", Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

QPageSize::PageSizeId ReportExporter::pageSize() const
{
    if (const auto size = pageSizeFromText(WorkspaceSettings(m_db).value(PageSizeSetting)))
        return *size;
    const QLocale::Territory t = QLocale::system().territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

bool ReportExporter::setPageSize(QPageSize::PageSizeId size, QString *error)
{
    return WorkspaceSettings(m_db).setValue(PageSizeSetting, size == QPageSize::Letter ? u"letter"_s : u"a4"_s,
                                            error);
}

QString ReportExporter::csvSectionPath(const QString &path, const QString &sectionKey)
{
    const QFileInfo info(path);
    const QString base = info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0 ? info.completeBaseName()
                                                                                   : info.fileName();
    return info.dir().filePath(base + u'-' + sectionKey + u".csv"_s);
}

namespace {

// Writes one section as CSV: its header, then its rows.
bool writeSectionCsv(const ReportSection &s, const QString &path, bool bom, QString *error)
{
    const auto writer = TableWriter::create(TableWriter::Format::Csv, path);
    writer->setUtf8Bom(bom);
    if (!writer->open(s.header(), error))
        return false;
    for (const QList<Cell> &row : s.rows) {
        if (!writer->writeRow(row, error))
            return false;
    }
    return writer->commit(error);
}

lxw_chart_type xlsxChartType(ReportChart::Type type)
{
    switch (type) {
    case ReportChart::Type::Bar:
        return LXW_CHART_COLUMN;
    case ReportChart::Type::StackedBar:
        return LXW_CHART_COLUMN_STACKED;
    case ReportChart::Type::Line:
        return LXW_CHART_LINE;
    }
    return LXW_CHART_COLUMN;
}

} // namespace

std::optional<QStringList> ReportExporter::writeCsv(const ReportDocument &doc, const QString &path, bool bom,
                                                    QString *error)
{
    const bool zip = QFileInfo(path).suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0;
    if (!zip) {
        // Each file is whole or absent; a failure removes the files already written, so
        // a report is never half there.
        QStringList written;
        for (const ReportSection &s : doc.sections) {
            const QString file = csvSectionPath(path, s.key);
            if (!writeSectionCsv(s, file, bom, error)) {
                for (const QString &f : std::as_const(written))
                    QFile::remove(f);
                return std::nullopt;
            }
            written << file;
        }
        return written;
    }

    // A zip: the sections are written to a private folder, then packed in order.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("%1: cannot write: no room for temporary files (%2)")
                         .arg(QDir::toNativeSeparators(path), scratch.errorString());
        return std::nullopt;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return std::nullopt;
    }
    ZipWriter zipWriter(&out);
    if (!zipWriter.open()) {
        *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), zipWriter.errorString());
        return std::nullopt;
    }
    int index = 0;
    for (const ReportSection &s : doc.sections) {
        const QString name = u"%1-%2.csv"_s.arg(++index, 2, 10, QChar(u'0')).arg(s.key);
        const QString file = scratch.filePath(name);
        if (!writeSectionCsv(s, file, bom, error))
            return std::nullopt;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || !zipWriter.addFile(doc.fileStem() + u'/' + name, in.readAll())) {
            *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), zipWriter.errorString());
            return std::nullopt;
        }
    }
    if (!zipWriter.close() || !out.commit()) {
        *error = tr("%1: cannot write: %2")
                         .arg(QDir::toNativeSeparators(path),
                              zipWriter.errorString().isEmpty() ? out.errorString() : zipWriter.errorString());
        return std::nullopt;
    }
    return QStringList{path};
}

bool ReportExporter::writeXlsx(const ReportDocument &doc, const QString &path, QString *error)
{
    XlsxBook book(path, utc::fromStore(doc.generatedUtc));
    // The title block and the table of contents.
    const int overview = book.addSheet(tr("Report"), {tr("Item"), tr("Value")}, {28, 90});
    if (overview < 0) {
        *error = book.errorString();
        return false;
    }
    auto line = [&](const QString &item, const Cell &value) {
        return book.writeRow(overview, {Cell::ofText(item), value}, error);
    };
    if (!line(tr("Report"), Cell::ofText(doc.title)) || !line(tr("Store"), Cell::ofText(doc.storeLabel))
        || !line(tr("Period"), Cell::ofText(doc.periodLabel))
        || !line(tr("Generated"), Cell::ofDateTime(utc::fromStore(doc.generatedUtc).toTimeZone(doc.zone)))
        || !line(tr("Times"), Cell::ofText(doc.timeZoneNote)))
        return false;
    for (const ReportSection &s : doc.sections) {
        if (!line(s.title, Cell::ofText(s.note.isEmpty() && s.rows.isEmpty() ? s.emptyText : s.note)))
            return false;
    }

    for (const ReportSection &s : doc.sections) {
        QList<double> widths;
        for (const ReportColumn &c : s.columns) {
            const int title = int(c.title.size()) + 3;
            widths << (c.widthChars > 0 ? std::max(c.widthChars, title)
                       : c.kind == Cell::Kind::DateTime ? std::max(19, title)
                       : c.kind == Cell::Kind::Money ? std::max(18, title)
                       : c.kind == Cell::Kind::Date ? std::max(12, title)
                                                    : std::max(10, std::min(title, 40)));
        }
        const int sheet = book.addSheet(s.title, s.header(), widths);
        if (sheet < 0) {
            *error = book.errorString();
            return false;
        }
        for (const QList<Cell> &row : s.rows) {
            if (!book.writeRow(sheet, row, error))
                return false;
        }
        if (s.chart && !s.rows.isEmpty() && !s.chart->seriesColumns.isEmpty()) {
            const ReportChart &c = *s.chart;
            lxw_chart *chart = workbook_add_chart(book.workbook(), uint8_t(xlsxChartType(c.type)));
            const QByteArray sheetName = book.sheetName(sheet).toUtf8();
            const auto last = lxw_row_t(s.rows.size());
            for (int column : c.seriesColumns) {
                lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
                chart_series_set_categories(series, sheetName.constData(), 1, lxw_col_t(c.categoryColumn), last,
                                            lxw_col_t(c.categoryColumn));
                chart_series_set_values(series, sheetName.constData(), 1, lxw_col_t(column), last,
                                        lxw_col_t(column));
                chart_series_set_name_range(series, sheetName.constData(), 0, lxw_col_t(column));
            }
            const QByteArray title = c.title.toUtf8();
            chart_title_set_name(chart, title.constData());
            if (c.seriesColumns.size() == 1)
                chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
            const QByteArray valueTitle = c.valueTitle.toUtf8();
            chart_axis_set_name(chart->y_axis, valueTitle.constData());
            lxw_chart_options options{};
            options.x_scale = 1.6;
            options.y_scale = 1.3;
            worksheet_insert_chart_opt(book.worksheet(sheet), 1, lxw_col_t(s.columns.size() + 1), chart, &options);
        }
    }
    return book.commit(error);
}

std::optional<QStringList> ReportExporter::write(const ReportDocument &doc, const ReportOutput &out,
                                                 const QString &via, QString *error) const
{
    QStringList files;
    switch (out.format) {
    case ReportFormat::Pdf:
        if (!m_pdf) {
            *error = tr("PDF reports need the graphical libraries, which this program was built without");
            return std::nullopt;
        }
        if (!m_pdf(doc, out.path, out.pageSize, error))
            return std::nullopt;
        files << out.path;
        break;
    case ReportFormat::Xlsx:
        if (!writeXlsx(doc, out.path, error))
            return std::nullopt;
        files << out.path;
        break;
    case ReportFormat::Csv: {
        const auto written = writeCsv(doc, out.path, out.csvBom, error);
        if (!written)
            return std::nullopt;
        files = *written;
        break;
    }
    }

    // The report is written: a failure to record it is not a failure to export.
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO report_exports (at_utc, kind, period, store_label, format, path, files, by_user, via) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(utc::toStore(QDateTime::currentDateTimeUtc()));
    q.addBindValue(ReportDocument::kindCode(doc.kind));
    q.addBindValue(doc.periodLabel);
    q.addBindValue(doc.storeLabel);
    q.addBindValue(formatCode(out.format));
    q.addBindValue(QFileInfo(files.first()).absoluteFilePath());
    q.addBindValue(int(files.size()));
    q.addBindValue(AuditLog::currentActor());
    q.addBindValue(via);
    q.exec();
    return files;
}

QList<ReportExportRecord> ReportExporter::recent(int limit) const
{
    QList<ReportExportRecord> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT at_utc, kind, period, store_label, format, path, files, by_user, via "
              "FROM report_exports ORDER BY at_utc DESC, id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toString(),
                    q.value(8).toString()});
    return out;
}

} // namespace sd
