#include "appcontext.h"
#include "backupsdialog.h"
#include "demo/demoseeder.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pages/casewidgets.h"
#include "pages/importdialog.h"
#include "settingsdialog.h"
#include "stores/storerepository.h"
#include "testutil.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A seller-center order export (Chinese headers): it never says how orders are fulfilled.
const QString Header = u"订单号,订单状态,买家名称,下单时间,付款时间,产品总金额,物流费用,订单金额,产品信息,收货国家"_s;

QString row(const QString &orderId, const QString &paid)
{
    return orderId + u",等待您发货,Lucía García,2026-11-20 09:15:00,"_s + paid
            + u",US $8.99,US $0.00,US $8.99,\"【1】Silicone spatula set, 5 pcs\n(产品数量: 1 piece)\",ES"_s;
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QStringList &rows)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write("\xEF\xBB\xBF" + (Header + u"\r\n"_s + rows.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
    return path;
}

// Labels whose text shows an "&" as it is: a mnemonic without a buddy to go to.
QStringList literalMnemonics(const QWidget *root)
{
    QStringList found;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (label->buddy() || Qt::mightBeRichText(text))
            continue;
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i; // "&&" is an ampersand
                continue;
            }
            if (!text.at(i + 1).isLetterOrNumber())
                continue; // "Disputes & Chargebacks": an ampersand, not a shortcut
            found.append(text);
            break;
        }
    }
    return found;
}

void chooseWithKeys(QComboBox *combo, const QString &data)
{
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

void typeFile(QLineEdit *edit, const QString &path)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished
}

} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void labelsShowNoLiteralAmpersand();
    void missingModelIsSaidOnceAndTheChoiceRemembered();
    void refusedImportListsNothingAsNew();

private:
    std::unique_ptr<sdtest::TempWorkspace> m_ws;
    QTemporaryDir m_settingsDir;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SellerDeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_importdialog"_s);
    QVERIFY(sd::i18n::apply(u"en"_s));
}

void tst_ImportDialog::init()
{
    QSettings().clear();
    m_ws = std::make_unique<sdtest::TempWorkspace>();
    QString error;
    QVERIFY(sd::DemoSeeder(m_ws->db()).seed(QDate(2026, 11, 21), &error));
}

void tst_ImportDialog::labelsShowNoLiteralAmpersand()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    // The import dialogs, the settings dialogs and every page of the window, in both
    // languages (a translation moves the "&" too).
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        QVERIFY(sd::i18n::apply(language));
        sd::ui::ImportDialog orders(&ctx);
        QVERIFY2(literalMnemonics(&orders).isEmpty(), qPrintable(literalMnemonics(&orders).join(u" | "_s)));
        sd::ui::CaseImportDialog cases(&ctx, {sd::CaseImporter::Kind::Disputes});
        QVERIFY2(literalMnemonics(&cases).isEmpty(), qPrintable(literalMnemonics(&cases).join(u" | "_s)));
        sd::ui::SettingsDialog settings(&ctx);
        QVERIFY2(literalMnemonics(&settings).isEmpty(), qPrintable(literalMnemonics(&settings).join(u" | "_s)));
        sd::ui::BackupsDialog backups(&ctx);
        QVERIFY2(literalMnemonics(&backups).isEmpty(), qPrintable(literalMnemonics(&backups).join(u" | "_s)));
        sd::ui::MainWindow window(&ctx);
        QVERIFY2(literalMnemonics(&window).isEmpty(), qPrintable(literalMnemonics(&window).join(u" | "_s)));
    }
    QVERIFY(sd::i18n::apply(u"en"_s));
}

void tst_ImportDialog::missingModelIsSaidOnceAndTheChoiceRemembered()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    const auto stores = sd::StoreRepository(ctx.db()).all(false);
    QVERIFY(stores.size() >= 2);
    const QString path = writeCsv(m_ws->dir, u"export.csv"_s,
                                  {row(u"3038417799000001"_s, u"2026-11-20 09:20:00"_s),
                                   row(u"3038417799000002"_s, u"2026-11-20 09:25:00"_s)});
    QVERIFY(!path.isEmpty());
    {
        sd::ui::ImportDialog dialog(&ctx);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *store = dialog.findChild<QComboBox *>(u"importStore"_s);
        auto *model = dialog.findChild<QComboBox *>(u"importModel"_s);
        auto *hint = dialog.findChild<QLabel *>(u"modelHint"_s);
        QVERIFY(store && model && hint);
        chooseWithKeys(store, QString::number(stores.at(1).id));
        QCOMPARE(model->currentData().toString(), QString()); // nothing remembered yet
        QVERIFY(hint->isHidden());
        typeFile(dialog.findChild<QLineEdit *>(u"importFile"_s), path);
        // Said before anything is checked, once, beside the choice that fixes it.
        QVERIFY(hint->isVisible());
        chooseWithKeys(model, u"semi_jit"_s);
        QVERIFY(hint->isHidden());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QLabel *>(u"importVerdict"_s)->text(), u"Imported."_s);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"importDetails"_s)->toPlainText().contains(u"New: 2"_s));
    }
    // The next import into that store starts from the model chosen for it; another
    // store keeps its own.
    sd::ui::ImportDialog again(&ctx);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *store = again.findChild<QComboBox *>(u"importStore"_s);
    auto *model = again.findChild<QComboBox *>(u"importModel"_s);
    chooseWithKeys(store, QString::number(stores.at(1).id));
    QCOMPARE(model->currentData().toString(), u"semi_jit"_s);
    chooseWithKeys(store, QString::number(stores.at(0).id));
    QCOMPARE(model->currentData().toString(), QString());
    chooseWithKeys(store, QString::number(stores.at(1).id));
    QCOMPARE(model->currentData().toString(), u"semi_jit"_s);
}

void tst_ImportDialog::refusedImportListsNothingAsNew()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    const qint64 before = sdtest::scalar(ctx.db(), u"SELECT COUNT(*) FROM orders"_s);
    // The second row's payment time is not a time: the file is refused as a whole.
    const QString path = writeCsv(m_ws->dir, u"bad.csv"_s,
                                  {row(u"3038417799000011"_s, u"2026-11-20 09:20:00"_s),
                                   row(u"3038417799000012"_s, u"yesterday"_s)});
    sd::ui::ImportDialog dialog(&ctx);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeFile(dialog.findChild<QLineEdit *>(u"importFile"_s), path);
    chooseWithKeys(dialog.findChild<QComboBox *>(u"importModel"_s), u"pop"_s);
    auto *verdict = dialog.findChild<QLabel *>(u"importVerdict"_s);
    auto *details = dialog.findChild<QPlainTextEdit *>(u"importDetails"_s);

    // A check says what the import would do.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"checkButton"_s), Qt::LeftButton);
    QCOMPARE(verdict->text(), u"Checked: the file has problems. Nothing was written."_s);
    QVERIFY(details->toPlainText().contains(u"Would be new: 1"_s));

    // The import is refused: no count of orders that are not there.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QCOMPARE(verdict->text(), u"Not imported. Nothing was written."_s);
    QVERIFY(verdict->palette().color(QPalette::WindowText) != dialog.palette().color(QPalette::WindowText));
    const QString text = details->toPlainText();
    QVERIFY2(!text.contains(u"New:"_s) && !text.contains(u"Would be"_s) && !text.contains(u"Updated:"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Rows with problems: 1"_s), qPrintable(text));
    // Row 2 starts on line 4: row 1's product text holds a line break.
    QVERIFY2(text.contains(u"bad.csv:4:5: "_s), qPrintable(text));
    QCOMPARE(sdtest::scalar(ctx.db(), u"SELECT COUNT(*) FROM orders"_s), before);
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
