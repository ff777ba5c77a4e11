#include "reportrenderer.h"

#include "pdftextmaps.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr int ChartObject = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
// The size the charts are laid out at before they are scaled onto the page: fonts and
// lines keep the proportions they have on the Reports page.
constexpr QSizeF ChartLogicalSize(1000, 400);

const QColor RuleColor(0xc8, 0xcd, 0xd3);
const QColor HeaderBackground(0xee, 0xf1, 0xf4);
const QColor MutedText(0x5f, 0x67, 0x70);

// Text that stays copyable and searchable in the PDF, whatever fonts the system has.
//
// Qt's PDF writer tells readers which character each glyph stands for by looking the
// glyph up in the font's character map (QFontSubset builds the ToUnicode map so). A glyph
// that OpenType shaping put in place of the mapped one is in no character map, and its
// text is lost: outside Chinese, Japanese and Korean locales Noto Sans CJK's 'locl'
// feature swaps the digits of a Latin run ("USD 1,789.99", "Generated 2026-12-03") for
// such glyphs, and ligatures turn "fi" into one glyph. Text in the scripts that read
// right without shaping (Latin, Greek, Cyrillic, Chinese, Japanese kana, Korean, and the
// digits and punctuation they share) is therefore laid out unshaped: every glyph comes
// straight from the character map. Text with any other script (Arabic, Hebrew, Thai,
// Devanagari...) or with combining marks keeps its shaping, which it needs to join and
// stack.
bool needsShaping(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        switch (QChar::script(c)) {
        case QChar::Script_Common:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Bopomofo:
            break;
        default:
            return true;
        }
    }
    return false;
}

// `font` for painting `text` (see needsShaping()).
QFont fontFor(QFont font, QStringView text)
{
    if (!needsShaping(text))
        font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

// `format` for inserting `text` (see needsShaping()).
QTextCharFormat formatFor(QTextCharFormat format, QStringView text)
{
    if (!needsShaping(text))
        format.setFontStyleStrategy(QFont::PreferNoShaping);
    return format;
}

// The report's font: the application font as it resolved on this system, then the
// Simplified Chinese fonts for what it lacks (font fallback would take the first CJK
// font, often the Japanese one). Resolved, because a family that is not installed (the
// application font is "Noto Sans" on a Debian without it) would be skipped, and the CJK
// font would set the Latin text and the digits too.
QFont reportFont(qreal pointSize)
{
    QFont font = QGuiApplication::font();
    font.setFamilies({QFontInfo(font).family(), u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s,
                      u"Microsoft YaHei"_s, u"PingFang SC"_s});
    font.setPointSizeF(pointSize);
    return font;
}

// The chart's fonts for its texts (see needsShaping()).
void setFontsFor(QChart *chart, const ReportChart &spec)
{
    QStringList all{spec.title, spec.valueTitle};
    all += spec.categories;
    for (const ReportChart::Series &s : spec.series)
        all += s.name;
    const QString texts = all.join(u' ');
    chart->setTitleFont(fontFor(chart->titleFont(), texts));
    chart->legend()->setFont(fontFor(chart->legend()->font(), texts));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(fontFor(axis->labelsFont(), texts));
        axis->setTitleFont(fontFor(axis->titleFont(), texts));
    }
}

// Paints the sections' charts where the text flow holds their placeholder character.
class ChartObjectHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObjectHandler(QList<ReportChart> charts, const QLocale &locale, QSizeF size, QObject *parent)
        : QObject(parent), m_charts(std::move(charts)), m_locale(locale), m_size(size)
    { }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override { return m_size; }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.property(ChartIndexProperty).toInt();
        if (index < 0 || index >= m_charts.size())
            return;
        QGraphicsScene scene;
        QChart *chart = ReportRenderer::createChart(m_charts.at(index), m_locale);
        setFontsFor(chart, m_charts.at(index));
        scene.addItem(chart); // the scene owns and deletes it
        chart->setGeometry(QRectF(QPointF(0, 0), ChartLogicalSize));
        scene.setSceneRect(chart->geometry());
        scene.render(painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
    }

private:
    QList<ReportChart> m_charts;
    QLocale m_locale;
    QSizeF m_size;
};

// Points in device pixels, for what the painter draws itself.
qreal points(const QPagedPaintDevice *device, qreal pt)
{
    return pt * device->logicalDpiY() / 72.0;
}

// Points as text formats take lengths (margins, padding, borders): the document layout
// scales them from 96 dpi to the device itself.
constexpr qreal formatPoints(qreal pt)
{
    return pt * 96.0 / 72.0;
}

// How wide a column wants to be, in characters: its values, or the longest word of its
// title (titles wrap between words, never inside one).
qreal columnWeight(const ReportColumn &c)
{
    qsizetype word = 0;
    for (const QString &w : c.title.split(u' ', Qt::SkipEmptyParts))
        word = std::max(word, w.size());
    qreal values = 0;
    switch (c.kind) {
    case Cell::Kind::Money:
        values = 15;
        break;
    case Cell::Kind::DateTime:
        values = 17;
        break;
    case Cell::Kind::Date:
        values = 10;
        break;
    case Cell::Kind::Percent:
        values = 8;
        break;
    case Cell::Kind::Integer:
    case Cell::Kind::Decimal:
        values = 7;
        break;
    default:
        values = 14;
        break;
    }
    if (c.widthChars > 0)
        values = c.widthChars;
    return std::max<qreal>(values, qreal(word) + 2);
}

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &doc, const QLocale &locale) : m_doc(doc), m_locale(locale) { }

ReportRenderer::~ReportRenderer() = default;

QPageLayout ReportRenderer::pageLayout(QPageSize::PageSizeId pageSize)
{
    return QPageLayout(QPageSize(pageSize), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10),
                       QPageLayout::Millimeter);
}

QChart *ReportRenderer::createChart(const ReportChart &spec, const QLocale &locale)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(spec.title);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->legend()->setVisible(spec.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    double scale = 1;
    for (int i = 0; i < spec.decimals; ++i)
        scale *= 10;

    auto *axisX = new QBarCategoryAxis;
    axisX->append(spec.categories);
    auto *axisY = new QValueAxis;
    axisY->setTitleText(spec.valueTitle);
    axisY->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    double top = 0;
    if (spec.type == ReportChart::Type::Line) {
        for (const ReportChart::Series &s : spec.series) {
            auto *line = new QLineSeries;
            line->setName(s.name);
            for (qsizetype i = 0; i < s.values.size(); ++i) {
                line->append(double(i), double(s.values.at(i)) / scale);
                top = std::max(top, double(s.values.at(i)) / scale);
            }
            chart->addSeries(line);
            line->attachAxis(axisY);
        }
    } else {
        QAbstractBarSeries *bars = spec.type == ReportChart::Type::StackedBar
                ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                : static_cast<QAbstractBarSeries *>(new QBarSeries);
        QList<double> stacked(spec.categories.size(), 0);
        for (const ReportChart::Series &s : spec.series) {
            auto *set = new QBarSet(s.name);
            for (qsizetype i = 0; i < s.values.size(); ++i) {
                const double v = double(s.values.at(i)) / scale;
                set->append(v);
                if (i < stacked.size()) {
                    stacked[i] = spec.type == ReportChart::Type::StackedBar ? stacked[i] + v : std::max(stacked[i], v);
                    top = std::max(top, stacked[i]);
                }
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(axisX);
        bars->attachAxis(axisY);
    }
    axisY->setRange(0, top > 0 ? top * 1.08 : 1);
    axisY->applyNiceNumbers();
    return chart;
}

std::unique_ptr<QTextDocument> ReportRenderer::layOut(QPagedPaintDevice *device, const QRectF &body) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(reportFont(8.5));
    doc->setDocumentMargin(0);
    doc->setPageSize(body.size());

    QList<ReportChart> charts;
    for (const ReportSection &s : m_doc.sections) {
        if (!s.chart)
            continue;
        charts.append(*s.chart);
        if (charts.last().title == s.title)
            charts.last().title.clear(); // the section's heading says it already
    }
    const qreal chartWidth = body.width() * 0.8;
    auto *handler = new ChartObjectHandler(charts, m_locale,
                                           QSizeF(chartWidth, chartWidth * ChartLogicalSize.height()
                                                                      / ChartLogicalSize.width()),
                                           doc.get());
    doc->documentLayout()->registerHandler(ChartObject, handler);

    QTextCursor cursor(doc.get());
    // One edit block: the document is laid out once, at its end, not after every cell.
    cursor.beginEditBlock();
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(18);
    titleFormat.setFontWeight(QFont::Bold);
    QTextCharFormat subtitleFormat;
    subtitleFormat.setFontPointSize(11);
    QTextCharFormat mutedFormat;
    mutedFormat.setForeground(MutedText);
    QTextCharFormat headingFormat;
    headingFormat.setFontPointSize(12);
    headingFormat.setFontWeight(QFont::Bold);
    QTextCharFormat plainFormat;
    plainFormat.setFontPointSize(8);
    QTextCharFormat headerCellFormat;
    headerCellFormat.setFontPointSize(8);
    headerCellFormat.setFontWeight(QFont::Bold);
    // Every text goes in through formatFor(), which decides its shaping.
    const auto insert = [](QTextCursor &at, const QString &text, const QTextCharFormat &format) {
        at.insertText(text, formatFor(format, text));
    };

    QTextBlockFormat blockFormat;
    cursor.setBlockFormat(blockFormat);
    insert(cursor, m_doc.title, titleFormat);
    QTextBlockFormat spaced;
    spaced.setTopMargin(formatPoints(4));
    cursor.insertBlock(spaced);
    insert(cursor, m_doc.storeLabel, subtitleFormat);
    insert(cursor, u"  ·  "_s + m_doc.periodLabel, subtitleFormat);
    cursor.insertBlock(spaced);
    insert(cursor, m_doc.generatedText(), mutedFormat);
    if (!m_doc.timeZoneNote.isEmpty()) {
        cursor.insertBlock();
        insert(cursor, m_doc.timeZoneNote, mutedFormat);
    }

    int chartIndex = 0;
    // Each heading with the position of what follows it (chart, first table cell or the
    // "nothing" line), to keep them on one page.
    QList<std::pair<int, int>> headings;
    for (const ReportSection &s : m_doc.sections) {
        QTextBlockFormat heading;
        heading.setTopMargin(formatPoints(16));
        heading.setBottomMargin(formatPoints(4));
        heading.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(heading);
        insert(cursor, s.title, headingFormat);
        const int headingAt = cursor.block().position();
        if (!s.note.isEmpty()) {
            QTextBlockFormat note;
            note.setBottomMargin(formatPoints(4));
            cursor.insertBlock(note);
            insert(cursor, s.note, mutedFormat);
        }
        if (s.chart) {
            QTextBlockFormat chartBlock;
            chartBlock.setTopMargin(formatPoints(4));
            chartBlock.setBottomMargin(formatPoints(6));
            cursor.insertBlock(chartBlock);
            headings.append({headingAt, cursor.block().position()});
            QTextCharFormat chartFormat;
            chartFormat.setObjectType(ChartObject);
            chartFormat.setProperty(ChartIndexProperty, chartIndex++);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), chartFormat);
        }
        if (s.rows.isEmpty()) {
            cursor.insertBlock(QTextBlockFormat());
            if (!s.chart)
                headings.append({headingAt, cursor.block().position()});
            QTextCharFormat empty = mutedFormat;
            empty.setFontItalic(true);
            insert(cursor, s.emptyText.isEmpty() ? tr("Nothing to report.") : s.emptyText, empty);
            continue;
        }

        // Column widths from the hints: text columns by their width, numbers alike.
        QList<qreal> weights;
        qreal total = 0;
        for (const ReportColumn &c : s.columns) {
            weights << columnWeight(c);
            total += weights.last();
        }
        QList<QTextLength> widths;
        for (qreal w : std::as_const(weights))
            widths << QTextLength(QTextLength::PercentageLength, 100.0 * w / total);

        QTextTableFormat tableFormat;
        tableFormat.setHeaderRowCount(1);
        // A two-column list of figures reads better narrow.
        tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, s.columns.size() <= 2 ? 55 : 100));
        tableFormat.setColumnWidthConstraints(widths);
        tableFormat.setCellSpacing(0);
        tableFormat.setCellPadding(formatPoints(2.5));
        tableFormat.setBorder(formatPoints(0.5));
        tableFormat.setBorderBrush(RuleColor);
        tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tableFormat.setBorderCollapse(true);
        tableFormat.setTopMargin(formatPoints(2));
        cursor.movePosition(QTextCursor::End);
        QTextTable *table = cursor.insertTable(int(s.rows.size()) + 1, int(s.columns.size()), tableFormat);
        if (!s.chart)
            headings.append({headingAt, table->cellAt(std::min<int>(1, int(s.rows.size())), 0).firstPosition()});

        for (int c = 0; c < s.columns.size(); ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextTableCellFormat cf;
            cf.setBackground(HeaderBackground);
            cell.setFormat(cf);
            QTextCursor cc = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(reportAlignsRight(s.columns.at(c).kind) ? Qt::AlignRight : Qt::AlignLeft);
            cc.setBlockFormat(bf);
            insert(cc, s.columns.at(c).title, headerCellFormat);
        }
        QTextBlockFormat left, right;
        left.setAlignment(Qt::AlignLeft);
        right.setAlignment(Qt::AlignRight);
        for (int r = 0; r < s.rows.size(); ++r) {
            const QList<Cell> &row = s.rows.at(r);
            for (int c = 0; c < s.columns.size() && c < row.size(); ++c) {
                const Cell &value = row.at(c);
                if (value.kind == Cell::Kind::Empty)
                    continue;
                QTextCursor cc = table->cellAt(r + 1, c).firstCursorPosition();
                cc.setBlockFormat(reportAlignsRight(value.kind) ? right : left);
                insert(cc, reportDisplayText(value, m_locale), plainFormat);
            }
        }
    }
    cursor.endEditBlock();

    // A heading the page break parted from its chart or first row starts the next page.
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal pageHeight = body.height();
    for (const auto &[headingAt, contentAt] : std::as_const(headings)) {
        const QTextBlock heading = doc->findBlock(headingAt);
        const QRectF headingRect = layout->blockBoundingRect(heading);
        const QRectF contentRect = layout->blockBoundingRect(doc->findBlock(contentAt));
        if (int(headingRect.top() / pageHeight) != int(contentRect.bottom() / pageHeight)) {
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).mergeBlockFormat(f);
        }
    }
    return doc;
}

int ReportRenderer::paint(QPagedPaintDevice *device, QString *error) const
{
    const QRectF paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal head = points(device, 16);
    const qreal foot = points(device, 16);
    const QRectF body(0, head, paintRect.width(), paintRect.height() - head - foot);
    if (body.height() <= 0 || body.width() <= 0) {
        *error = tr("the page is too small for the report");
        return 0;
    }
    const std::unique_ptr<QTextDocument> doc = layOut(device, body);
    const int pages = doc->pageCount();

    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("cannot paint on the printer or file");
        return 0;
    }
    const QFont small = reportFont(7.5);
    // The running head in parts, each in its font (see needsShaping()).
    const QList<std::pair<QString, QFont>> runningHead{
            {m_doc.title, fontFor(small, m_doc.title)},
            {u" · "_s + m_doc.storeLabel, fontFor(small, m_doc.storeLabel)},
            {u" · "_s + m_doc.periodLabel, fontFor(small, m_doc.periodLabel)}};
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            *error = tr("cannot start page %1").arg(page + 1);
            return 0;
        }
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setPen(MutedText);
        const QRectF headRect(0, 0, paintRect.width(), head * 0.7);
        if (page > 0) {
            QRectF part(headRect);
            for (const auto &[text, font] : runningHead) {
                painter.setFont(font);
                QRectF drawn;
                painter.drawText(part, Qt::AlignLeft | Qt::AlignVCenter, text, &drawn);
                part.setLeft(drawn.right());
            }
        }
        const QString brand = u"SellerDesk"_s;
        painter.setFont(fontFor(small, brand));
        painter.drawText(headRect, Qt::AlignRight | Qt::AlignVCenter, brand);
        painter.setPen(QPen(RuleColor, points(device, 0.5)));
        painter.drawLine(QPointF(0, head * 0.8), QPointF(paintRect.width(), head * 0.8));
        const QRectF footRect(0, paintRect.height() - foot * 0.7, paintRect.width(), foot * 0.7);
        painter.setPen(MutedText);
        const QString generated = m_doc.generatedText();
        painter.setFont(fontFor(small, generated));
        painter.drawText(footRect, Qt::AlignLeft | Qt::AlignVCenter, generated);
        const QString pageNumber = tr("Page %1 of %2").arg(page + 1).arg(pages);
        painter.setFont(fontFor(small, pageNumber));
        painter.drawText(footRect, Qt::AlignRight | Qt::AlignVCenter, pageNumber);
    }
    painter.end();
    return pages;
}

bool ReportRenderer::writePdf(const ReportDocument &doc, const QString &path, QPageSize::PageSizeId pageSize,
                              const QLocale &locale, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(name, file.errorString());
        return false;
    }
    int pages = 0;
    QString reason;
    QByteArray bytes; // painted in memory: the text maps are repaired before the file is written
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(pageLayout(pageSize));
        pdf.setTitle(doc.title + u" · "_s + doc.storeLabel + u" · "_s + doc.periodLabel);
        pdf.setCreator(u"SellerDesk "_s + QCoreApplication::applicationVersion());
        pages = ReportRenderer(doc, locale).paint(&pdf, &reason);
    }
    if (pages == 0) {
        file.cancelWriting();
        *error = tr("%1: cannot write: %2").arg(name, reason);
        return false;
    }
    PdfTextMaps::repair(&bytes);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(name, file.errorString());
        return false;
    }
    return true;
}

} // namespace sd

#include "reportrenderer.moc"
