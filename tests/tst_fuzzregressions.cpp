// The inputs the libFuzzer targets found (and a few from their corpora), run through the
// same harness as the fuzz targets (fuzz/fuzzharness.h): no crash, every invariant the
// fuzzers check holds, and each reader either returns records or says where the file is
// wrong. New findings go in tests/fuzz_regressions/<target>/ (docs/fuzzing.md).

#include "../fuzz/fuzzharness.h"
#include "testutil.h"

using namespace Qt::StringLiterals;

namespace {

const QString s_root = QStringLiteral(SELLERDESK_FUZZ_REGRESSIONS);

// One row per file of the target's folder.
void addInputs(const QString &target)
{
    QTest::addColumn<QString>("path");
    QDir dir(s_root + u'/' + target);
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    // A folder that lost its files would pass on nothing: a row that fails instead.
    if (files.size() < 3)
        QTest::newRow("too few inputs") << dir.path();
}

bool isInput(const QString &path)
{
    return QFileInfo(path).isFile();
}

} // namespace

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csv_data() { addInputs(u"fuzz_csv"_s); }
    void csv();
    void xlsx_data() { addInputs(u"fuzz_xlsx"_s); }
    void xlsx();
    void templateRender_data() { addInputs(u"fuzz_template_render"_s); }
    void templateRender();
    void templateImport_data() { addInputs(u"fuzz_template_import"_s); }
    void templateImport();
    // The findings, each with what the fix does.
    void loneSurrogateIsRefused();
    void repeatedCellReferenceKeepsItsColumn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sdfuzz::TemplateImport> m_import;
};

void tst_FuzzRegressions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_import = std::make_unique<sdfuzz::TemplateImport>(m_dir.filePath(u"fuzz.sqlite"_s));
    QVERIFY(m_import->isOpen());
}

void tst_FuzzRegressions::csv()
{
    QFETCH(QString, path);
    QVERIFY2(isInput(path), qPrintable(path + u" needs at least 3 inputs"_s));
    const QByteArray input = sdtest::fileBytes(path);
    const sdfuzz::Outcome o = sdfuzz::readCsv(input);
    QVERIFY2(o.violation.isEmpty(), qPrintable(o.violation + u" / "_s + o.error));
    // Records, or an error that names the line (the harness checked its form); only a
    // file without bytes (the first input byte is the harness's mode) gives neither.
    QVERIFY2(o.records > 0 || !o.error.isEmpty() || input.size() <= 1, qPrintable(path));
}

void tst_FuzzRegressions::xlsx()
{
    QFETCH(QString, path);
    QVERIFY2(isInput(path), qPrintable(path + u" needs at least 3 inputs"_s));
    const QByteArray input = sdtest::fileBytes(path);
    const QString copy = m_dir.filePath(u"fuzz.xlsx"_s);
    const sdfuzz::Outcome o = sdfuzz::readXlsx(input, copy);
    QVERIFY2(o.violation.isEmpty(), qPrintable(o.violation + u" / "_s + o.error));
    if (!o.error.isEmpty())
        QVERIFY2(o.error.startsWith(QDir::toNativeSeparators(copy) + u':'), qPrintable(o.error));
}

void tst_FuzzRegressions::templateRender()
{
    QFETCH(QString, path);
    QVERIFY2(isInput(path), qPrintable(path + u" needs at least 3 inputs"_s));
    const sdfuzz::Outcome o = sdfuzz::renderTemplate(sdtest::fileBytes(path));
    QVERIFY2(o.violation.isEmpty(), qPrintable(o.violation));
}

void tst_FuzzRegressions::templateImport()
{
    QFETCH(QString, path);
    QVERIFY2(isInput(path), qPrintable(path + u" needs at least 3 inputs"_s));
    const QByteArray input = sdtest::fileBytes(path);
    const sdfuzz::Outcome o = m_import->run(input);
    QVERIFY2(o.violation.isEmpty(), qPrintable(o.violation + u" / "_s + o.error));
    // Imported, or refused with a message that starts with the file's name.
    QVERIFY2(o.records > 0 || o.error.startsWith(u"fuzz.json:"_s), qPrintable(o.error));
}

void tst_FuzzRegressions::loneSurrogateIsRefused()
{
    // Stored mangled by SQLite before, so the import did not keep what the file said.
    const QString dir = s_root + u"/fuzz_template_import/"_s;
    sdfuzz::Outcome o = m_import->run(sdtest::fileBytes(dir + u"crash-2aa5f64f-lone-surrogate-in-text"_s));
    QVERIFY2(o.error.startsWith(u"fuzz.json: templates[0].texts.en: the text holds half a character"_s),
             qPrintable(o.error));
    o = m_import->run(sdtest::fileBytes(dir + u"handmade-lone-surrogate-in-title.json"_s));
    QVERIFY2(o.error.startsWith(u"fuzz.json: templates[0].title: "_s), qPrintable(o.error));
    // A pair is a whole character: imported, and read back the same (the harness checks).
    o = m_import->run(sdtest::fileBytes(dir + u"handmade-surrogate-pair-imports.json"_s));
    QVERIFY2(o.violation.isEmpty() && o.error.isEmpty(), qPrintable(o.violation + o.error));
    QCOMPARE(o.records, 1);
}

void tst_FuzzRegressions::repeatedCellReferenceKeepsItsColumn()
{
    // 600 cells all saying A1: appended before, past the 512-column limit.
    const QString path = m_dir.filePath(u"repeated.xlsx"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(s_root + u"/fuzz_xlsx/handmade-repeated-cell-ref.xlsx"_s, path));
    sd::XlsxReader reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QStringList row;
    QVERIFY2(reader.readRecord(&row), qPrintable(reader.errorString()));
    QCOMPARE(row, QStringList{u"x"_s});
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
