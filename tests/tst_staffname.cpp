#include "appcontext.h"
#include "core/staffname.h"
#include "demo/demoseeder.h"
#include "disputes/disputerepository.h"
#include "i18n.h"
#include "mainwindow.h"
#include "staffnamedialog.h"
#include "store/auditlog.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Answers the next modal StaffNameDialog: types `name` over the prefilled text and presses
// Enter, or presses Escape when `name` is empty. `prefilled` receives what it showed.
void answerNameDialog(const QString &name, QString *prefilled, bool *seen)
{
    QTimer::singleShot(0, qApp, [=] {
        auto *dialog = qobject_cast<sd::ui::StaffNameDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        auto *edit = dialog->findChild<QLineEdit *>(u"staffName"_s);
        *prefilled = edit->text();
        if (name.isEmpty()) {
            QTest::keyClick(edit, Qt::Key_Escape);
            return;
        }
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

QString lastActor(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT actor FROM %1 ORDER BY id DESC LIMIT 1"_s.arg(table)) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class tst_StaffName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void askedOnceAndRecordedOnTimelinesAndAudit();
    void cancelledKeepsTheSystemUserAndAsksNoMore();
    void changedFromTheFileMenu();

private:
    QTemporaryDir m_settingsDir;
};

void tst_StaffName::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SellerDeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_staffname"_s);
    qputenv("USER", "lwei");
    QVERIFY(sd::i18n::apply(u"en"_s));
}

void tst_StaffName::init()
{
    QSettings().clear();
}

void tst_StaffName::askedOnceAndRecordedOnTimelinesAndAudit()
{
    sdtest::TempWorkspace ws;
    QWidget parent;
    QString prefilled;
    bool seen = false;
    // Before a name is given, work is recorded under the system user.
    QCOMPARE(sd::StaffName::current(), u"lwei"_s);

    answerNameDialog(u"Mei Lin"_s, &prefilled, &seen);
    QVERIFY(sd::ui::StaffNameDialog::askOnce(&parent));
    QVERIFY(seen);
    QCOMPARE(prefilled, u"lwei"_s);
    QCOMPARE(sd::StaffName::current(), u"Mei Lin"_s);

    // Once given, it is not asked again.
    seen = false;
    answerNameDialog(u"Someone Else"_s, &prefilled, &seen);
    QVERIFY(!sd::ui::StaffNameDialog::askOnce(&parent));
    QCoreApplication::processEvents();
    QVERIFY(!seen);

    // A case timeline entry and an audit row carry the name.
    QString error;
    QVERIFY2(sd::DisputeRepository::addEvent(ws.db(), u"disputes"_s, 1, u"note"_s, u"Called the buyer"_s, &error),
             qPrintable(error));
    QCOMPARE(lastActor(ws.db(), u"case_events"_s), u"Mei Lin"_s);
    QVERIFY2(sd::AuditLog(ws.db()).record(u"stores"_s, u"1"_s, u"update"_s, u"name"_s, u"A"_s, u"B"_s,
                                          std::nullopt, &error),
             qPrintable(error));
    QCOMPARE(lastActor(ws.db(), u"audit_log"_s), u"Mei Lin"_s);
}

void tst_StaffName::cancelledKeepsTheSystemUserAndAsksNoMore()
{
    QWidget parent;
    QString prefilled;
    bool seen = false;
    answerNameDialog(QString(), &prefilled, &seen);
    QVERIFY(sd::ui::StaffNameDialog::askOnce(&parent));
    QVERIFY(seen);
    QCOMPARE(sd::StaffName::current(), u"lwei"_s);
    seen = false;
    QVERIFY(!sd::ui::StaffNameDialog::askOnce(&parent));
}

void tst_StaffName::changedFromTheFileMenu()
{
    sdtest::TempWorkspace ws;
    QString error;
    QVERIFY(sd::DemoSeeder(ws.db()).seed(QDate(2026, 11, 21), &error));
    sd::StaffName::save(u"Mei Lin"_s);
    sd::ui::AppContext ctx(ws.ws.get(), false);
    sd::ui::MainWindow w(&ctx);
    auto *action = w.findChild<QAction *>(u"staffNameAction"_s);
    QVERIFY(action);
    QString prefilled;
    bool seen = false;
    answerNameDialog(u"Mei Lin (finance)"_s, &prefilled, &seen);
    action->trigger();
    QVERIFY(seen);
    QCOMPARE(prefilled, u"Mei Lin"_s);
    QCOMPARE(sd::StaffName::current(), u"Mei Lin (finance)"_s);
}

QTEST_MAIN(tst_StaffName)
#include "tst_staffname.moc"
