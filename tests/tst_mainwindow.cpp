#include "appcontext.h"
#include "demo/demoseeder.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "claims/claimrepository.h"
#include "orders/orderrepository.h"
#include "pages/calculatorspage.h"
#include "pages/orderspage.h"
#include "pages/claimspage.h"
#include "pages/replyeditor.h"
#include "pages/rulespage.h"
#include "pages/templatespage.h"
#include "replies/templaterepository.h"
#include "pages/tierpage.h"
#include "rules/rulerepository.h"
#include "screenshots.h"
#include "stores/storerepository.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyRegisteredPageIsShown();
    void shortcutsSwitchPages();
    void storePickerFollowsStores();
    void opensOnTodayAndRemembersStore();
    void rulesPageValidatesAndKeepsInput();
    void orderNoteIsKeptWhenTheWorkspaceIsBusy();
    void tierPageShowsStepAndWhatIf();
    void claimReplyIsCopiedOnlyWhenComplete();
    void templateEditsBecomeVersions();
    void newerShippedWordingIsOffered();
    void calculatorShowsEveryModelLiveAndExact();
    void screenshotsOfEveryPage();
    void switchesToChinese();

private:
    std::unique_ptr<sdtest::TempWorkspace> m_ws;
    QTemporaryDir m_settingsDir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SellerDeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(sd::i18n::apply(u"en"_s));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    sd::i18n::apply(u"en"_s);
    m_ws = std::make_unique<sdtest::TempWorkspace>();
    QString error;
    QVERIFY(sd::DemoSeeder(m_ws->db()).seed(QDate(2026, 11, 21), &error));
}

void tst_MainWindow::everyRegisteredPageIsShown()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), true);
    sd::ui::MainWindow w(&ctx);
    const auto &pages = sd::ui::PageRegistry::pages();
    QCOMPARE(w.pageCount(), int(pages.size()));
    auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    QCOMPARE(nav->count(), int(pages.size()));
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY(w.page(i));
        QCOMPARE(nav->item(i)->text(), sd::ui::PageRegistry::title(pages[i]));
        nav->setCurrentRow(i);
        QCOMPARE(w.currentPage(), i);
    }
    QVERIFY(w.windowTitle().contains(u"demo"_s));
}

void tst_MainWindow::shortcutsSwitchPages()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::MainWindow w(&ctx);
    const auto actions = w.findChildren<QAction *>();
    for (int i = 0; i < w.pageCount() && i < 9; ++i) {
        const QKeySequence wanted(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
        QAction *found = nullptr;
        for (QAction *a : actions) {
            if (a->shortcut() == wanted)
                found = a;
        }
        QVERIFY2(found, qPrintable(wanted.toString()));
        found->trigger();
        QCOMPARE(w.currentPage(), i);
    }
}

void tst_MainWindow::storePickerFollowsStores()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::MainWindow w(&ctx);
    auto *picker = w.findChild<QComboBox *>(u"storePicker"_s);
    QVERIFY(picker);
    QCOMPARE(picker->count(), 4); // All stores + 3
    QCOMPARE(picker->itemText(0), u"All stores"_s);
    picker->setCurrentIndex(2);
    Q_EMIT picker->activated(2);
    const qint64 chosen = picker->itemData(2).toLongLong();
    QCOMPARE(ctx.currentStoreId(), chosen);
    // Archiving the chosen store removes it from the picker and falls back to all stores.
    QString error;
    QVERIFY(sd::StoreRepository(ctx.db()).setArchived(chosen, true, &error));
    ctx.notifyStoresChanged();
    QCOMPARE(picker->count(), 3);
    QCOMPARE(ctx.currentStoreId(), 0);
}

void tst_MainWindow::opensOnTodayAndRemembersStore()
{
    qint64 storeId = 0;
    {
        sd::ui::AppContext ctx(m_ws->ws.get(), false);
        sd::ui::MainWindow w(&ctx);
        storeId = sd::StoreRepository(ctx.db()).all().last().id;
        ctx.setCurrentStoreId(storeId);
        w.showPage(1);
        w.close();
    }
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::MainWindow w(&ctx);
    // The daily review comes first, whatever page was open last.
    QCOMPARE(sd::ui::PageRegistry::pages().first().id, u"today"_s);
    QCOMPARE(w.currentPage(), 0);
    QCOMPARE(ctx.currentStoreId(), storeId);
    QCOMPARE(w.findChild<QComboBox *>(u"storePicker"_s)->currentData().toLongLong(), storeId);
}

void tst_MainWindow::rulesPageValidatesAndKeepsInput()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::RulesPage page(&ctx);
    page.selectKey(u"semi_jit.commission_reduction"_s);
    const auto edits = page.findChildren<QLineEdit *>();
    QLineEdit *value = nullptr;
    QLineEdit *source = nullptr;
    for (QLineEdit *e : edits) {
        if (e->maxLength() == 500)
            source = e;
        else if (!e->parent()->inherits("QDateTimeEdit") && !e->parent()->inherits("QAbstractSpinBox"))
            value = e;
    }
    QVERIFY(value && source);
    QCOMPARE(value->text(), u"50"_s); // current value prefilled
    value->setText(u"150"_s);
    source->setText(u"notice"_s);
    QVERIFY(!page.addValue());
    // The error is shown and the typed input is kept.
    bool shown = false;
    for (QLabel *l : page.findChildren<QLabel *>())
        shown = shown || (l->isVisibleTo(&page) && l->text().contains(u"outside"_s));
    QVERIFY(shown);
    QCOMPARE(value->text(), u"150"_s);
    QCOMPARE(source->text(), u"notice"_s);
    value->setText(u"45"_s);
    QVERIFY(page.addValue());
    QCOMPARE(sd::RuleRepository(ctx.db()).history(u"semi_jit.commission_reduction"_s).size(), 2);
}

void tst_MainWindow::orderNoteIsKeptWhenTheWorkspaceIsBusy()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::OrdersPage page(&ctx);
    page.resize(1280, 800);
    page.show();
    auto *view = page.findChild<QTableView *>();
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->setCurrentIndex(view->model()->index(0, 0));
    auto *note = page.findChild<QPlainTextEdit *>();
    QPushButton *save = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        save = b->text() == u"&Save note"_s ? b : save;
    QVERIFY(note && save);
    QTRY_VERIFY(save->isEnabled());
    const QString typed = u"Buyer wants the blue one; ship Monday"_s;
    note->setPlainText(typed);

    // Another window is in the middle of a write (an import, say).
    sd::Workspace other(m_ws->path());
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    QSqlQuery lock(other.connection());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(lock.exec(u"UPDATE stores SET account_id = account_id"_s));

    // Saving waits for the busy timeout, then says why; the note stays as typed.
    QString warning;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &page, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->close();
        }
    });
    closer.start(50);
    save->click();
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(u"busy"_s) && warning.contains(u"Nothing was changed"_s), qPrintable(warning));
    QCOMPARE(note->toPlainText(), typed);

    // When the other write ends, Save again stores it.
    QVERIFY(lock.exec(u"ROLLBACK"_s));
    warning.clear();
    save->click();
    closer.stop();
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(sdtest::scalar(m_ws->db(), u"SELECT count(*) FROM orders WHERE staff_note = "
                                        "'Buyer wants the blue one; ship Monday'"_s),
             1);
}

void tst_MainWindow::claimReplyIsCopiedOnlyWhenComplete()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::ClaimsPage page(&ctx);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    sd::ClaimFilter f;
    f.view = sd::ClaimFilter::View::AwaitingReply;
    const sd::ClaimRepository claims(m_ws->db());
    const qint64 owedBefore = claims.countAwaitingReply(0);
    QVERIFY(owedBefore > 0);
    const qint64 id = claims.awaitingReply(0, 1).first().id;
    page.applyFilter(f, id);
    sd::ui::ReplyEditor *editor = page.replyEditor();
    auto *draft = editor->findChild<QPlainTextEdit *>();
    QVERIFY(draft);
    // Nobody has said how to sign: {agent_name} stays in red and the reply cannot be copied.
    QVERIFY(editor->draftText().contains(u"{agent_name}"_s));
    QVERIFY(!editor->canCopy());
    QApplication::clipboard()->setText(u"before"_s);
    draft->setFocus();
    QTest::keyClick(draft, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
    QCOMPARE(claims.replies(id).size(), 0);

    QLineEdit *signAs = nullptr;
    for (QLineEdit *e : editor->findChildren<QLineEdit *>()) {
        if (e->placeholderText().contains(u"Your name"_s))
            signAs = e;
    }
    QVERIFY(signAs);
    signAs->setText(u"Mei"_s);
    Q_EMIT signAs->editingFinished();
    QVERIFY(!editor->draftText().contains(u'{'));
    QVERIFY(editor->canCopy());
    // A placeholder typed into the draft blocks copying again, until it is removed.
    draft->moveCursor(QTextCursor::End);
    draft->insertPlainText(u"\n{coupon_code}"_s);
    QVERIFY(!editor->canCopy());
    draft->undo();
    QVERIFY(editor->canCopy());

    draft->setFocus();
    const QString sent = editor->draftText();
    QTest::keyClick(draft, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), sent);
    const auto replies = claims.replies(id);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().body, sent);
    QCOMPARE(replies.first().version, 1);
    QVERIFY(!replies.first().templateKey.isEmpty());
    QCOMPARE(claims.countAwaitingReply(0), owedBefore - 1);
    QVERIFY(claims.timeline(id).last().detail.contains(replies.first().templateKey));
}

void tst_MainWindow::templateEditsBecomeVersions()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::TemplatesPage page(&ctx);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *list = page.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"request_photos"_s);
    QPlainTextEdit *body = nullptr;
    for (QPlainTextEdit *e : page.findChildren<QPlainTextEdit *>()) {
        if (!e->isReadOnly())
            body = e;
    }
    QVERIFY(body);
    auto button = [&page](const QString &prefix) {
        for (QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->text().remove(u'&').startsWith(prefix))
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    QPushButton *save = button(u"Save as version 2"_s);
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    // An unknown placeholder cannot be saved.
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(u"\nP.S. {parcel}"_s);
    QVERIFY(page.isModified());
    QVERIFY(!save->isEnabled());
    body->undo();
    body->insertPlainText(u"\nP.S. Order {order_id} ships with extra padding."_s);
    QVERIFY(save->isEnabled());
    body->setFocus();
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    const sd::TemplateRepository repo(m_ws->db());
    QCOMPARE(repo.current(u"request_photos"_s)->version, 2);
    QVERIFY(repo.current(u"request_photos"_s)->texts.value(u"en"_s).endsWith(u"extra padding."_s));
    QVERIFY(!page.isModified());
    // The shipped wording comes back as version 3.
    QPushButton *restore = button(u"Restore shipped wording"_s);
    QVERIFY(restore && restore->isVisible());
    restore->click();
    QCOMPARE(repo.current(u"request_photos"_s)->version, 3);
    QVERIFY(repo.current(u"request_photos"_s)->sameContent(*repo.version(u"request_photos"_s, 1)));
    // The regional variants show their region.
    auto *languages = page.findChildren<QComboBox *>().value(0);
    QVERIFY(languages);
    bool variant = false;
    for (int i = 0; i < languages->count(); ++i)
        variant |= languages->itemText(i) == u"Español · Latinoamérica (es_419)"_s;
    QVERIFY(variant);
}

void tst_MainWindow::newerShippedWordingIsOffered()
{
    // A workspace seeded by an earlier SellerDesk, whose coupon reply the team edited:
    // the edit stays in use, the new shipped wording is offered on the Templates page.
    QSqlQuery q(m_ws->db());
    QVERIFY(q.exec(u"UPDATE reply_template_texts SET body = 'Earlier wording, {buyer_name}' WHERE lang = 'en' "
                   "AND version_ref IN (SELECT v.id FROM reply_template_versions v JOIN reply_templates t "
                   "ON t.id = v.template_ref WHERE t.key = 'coupon_offer')"_s));
    sd::TemplateRepository repo(m_ws->db());
    sd::ReplyTemplate mine = *repo.current(u"coupon_offer"_s);
    mine.texts.insert(u"en"_s, u"Our wording: {coupon_code}, {buyer_name}"_s);
    QString error;
    QCOMPARE(repo.save(mine, &error), 2);
    QVERIFY(repo.seedBuiltins(&error));
    QCOMPARE(repo.current(u"coupon_offer"_s)->version, 2);

    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::TemplatesPage page(&ctx);
    page.show();
    auto *list = page.findChild<QListWidget *>();
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == u"coupon_offer"_s)
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY2(list->item(row)->text().contains(u"new wording offered"_s), qPrintable(list->item(row)->text()));
    list->setCurrentRow(row);
    QPushButton *keep = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == u"Keep mine"_s)
            keep = b;
    }
    QVERIFY(keep && keep->isVisible());
    keep->click();
    QVERIFY(!keep->isVisible());
    QVERIFY(repo.offeredUpdates().isEmpty());
    QCOMPARE(repo.current(u"coupon_offer"_s)->version, 2);
}

void tst_MainWindow::calculatorShowsEveryModelLiveAndExact()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::CalculatorsPage page(&ctx);
    QTableWidget *table = page.breakdown();
    auto field = [&page](const QString &tip) {
        for (QLineEdit *e : page.findChildren<QLineEdit *>()) {
            if (e->toolTip().startsWith(tip))
                return e;
        }
        return static_cast<QLineEdit *>(nullptr);
    };
    auto cell = [table](const QString &row, int column) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->verticalHeaderItem(r)->text().trimmed() == row)
                return table->item(r, column) ? table->item(r, column)->text() : QString();
        }
        return u"(no row)"_s;
    };
    QLineEdit *commission = field(u"The category's commission rate"_s);
    QVERIFY(commission);
    commission->setText(u"8"_s); // edits recompute at once
    // 12.99, cost 4.10, packaging 0.35, first mile 0.60, delivery 2.50 (the page's example).
    QCOMPARE(cell(u"Commission charged"_s, 0), u"USD 1.04"_s); // POP: 12.99 × 8 % = 1.0392
    QCOMPARE(cell(u"Commission charged"_s, 2), u"USD 0.52"_s); // JIT: half of it
    QCOMPARE(cell(u"Profit"_s, 1), u"USD 7.94"_s); // warehoused: 12.99 - 4.10 - 0.35 - 0.60
    QVERIFY(table->horizontalHeaderItem(1)->text().endsWith(u"★"_s));
    // The rule behind a line is in its tooltip.
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->verticalHeaderItem(r)->text().trimmed() == u"Commission waived"_s)
            QVERIFY(table->item(r, 1)->toolTip().contains(u"semi_warehouse.commission_waiver"_s));
    }
    // A bad amount is marked, and the other fields still count.
    QLineEdit *price = field(u"The selling price per unit"_s);
    price->setText(u"12,99,0"_s);
    QVERIFY(!price->styleSheet().isEmpty());
    QCOMPARE(table->item(0, 0)->text(), u"needs input"_s); // POP cannot be computed without its price
    QVERIFY(table->item(0, 0)->toolTip().contains(u"selling price"_s));
    price->setText(u"100"_s);
    QVERIFY(price->styleSheet().isEmpty());
    QCOMPARE(cell(u"Gross revenue"_s, 0), u"USD 100.00"_s);
}

void tst_MainWindow::tierPageShowsStepAndWhatIf()
{
    // The page opens on the current month: a demo seeded for today.
    sdtest::TempWorkspace t;
    QString error;
    QVERIFY(sd::DemoSeeder(t.db()).seed(QDate::currentDate(), &error));
    sd::ui::AppContext ctx(t.ws.get(), false);
    sd::ui::TierPage page(&ctx);
    QComboBox *stores = nullptr;
    for (QComboBox *c : page.findChildren<QComboBox *>()) {
        if (c->findText(u"Lumen Gadgets"_s) >= 0)
            stores = c;
    }
    QVERIFY(stores);
    stores->setCurrentIndex(stores->findText(u"Lumen Gadgets"_s));
    auto labelWith = [&page](const QString &text) {
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->text().contains(text))
                return l;
        }
        return static_cast<QLabel *>(nullptr);
    };
    // Lumen is 12 warehoused orders short of S (demo/demotier.cpp).
    QLabel *step = labelWith(u"Smallest step to S"_s);
    QVERIFY(step);
    QVERIFY2(step->text().contains(u"Warehoused orders 12 more"_s), qPrintable(step->text()));
    QVERIFY(labelWith(u"Score <b>85.00</b>"_s));

    QTableWidget *table = nullptr;
    for (QTableWidget *w : page.findChildren<QTableWidget *>()) {
        if (w->columnCount() == 8)
            table = w;
    }
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == u"Warehoused orders"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 6)->text(), u"12 more"_s);
    // What if 600 warehoused orders: S, and nothing is saved.
    table->item(row, 7)->setText(u"600"_s);
    QLabel *whatIf = labelWith(u"What if:"_s);
    QVERIFY(whatIf);
    QVERIFY2(whatIf->text().contains(u">S</span>"_s) && whatIf->text().contains(u"91.00"_s), qPrintable(whatIf->text()));
    QCOMPARE(sdtest::scalar(t.db(), u"SELECT count(*) FROM tier_indicator_values WHERE value = 600"_s), 0);
    // A value that is not a number is pointed out, not graded.
    table->item(row, 7)->setText(u"six hundred"_s);
    QVERIFY(!whatIf->text().contains(u"What if:"_s));
    QVERIFY(whatIf->text().contains(u"Warehoused orders"_s));
}

void tst_MainWindow::screenshotsOfEveryPage()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), true);
    sd::ui::MainWindow w(&ctx);
    QTemporaryDir out;
    QString error;
    const int written = sd::ui::renderScreenshots(w, out.path(), &error);
    // Every page, plus a second image of each page taller than the window, and the
    // dialogs of the File menu.
    const QStringList files = QDir(out.path()).entryList({u"*.png"_s}, QDir::Files);
    QCOMPARE(written, int(files.size()));
    QVERIFY(written >= int(sd::ui::PageRegistry::pages().size()));
    QVERIFY(!QImage(out.filePath(u"dialog-settings.png"_s)).isNull());
    QVERIFY(!QImage(out.filePath(u"dialog-import.png"_s)).isNull());
    for (const QString &file : files) {
        if (file.startsWith(u"dialog-"_s))
            continue;
        const QString id = file.section(u'.', 0, 0).section(u'-', 0, 0);
        QVERIFY2(std::any_of(sd::ui::PageRegistry::pages().cbegin(), sd::ui::PageRegistry::pages().cend(),
                             [&](const auto &p) { return p.id == id; }),
                 qPrintable(file));
    }
    for (const auto &page : sd::ui::PageRegistry::pages()) {
        const QImage img(out.filePath(page.id + u".png"_s));
        QVERIFY2(!img.isNull(), qPrintable(page.id));
        QCOMPARE(img.size() / img.devicePixelRatio(), QSize(1280, 800));
    }
    // The Claims page drafting a reply before and after a decision, in the buyer's
    // language and in English.
    for (const QString &shot : {u"claims-draft-before"_s, u"claims-draft-after"_s, u"claims-draft-before-en"_s,
                                u"claims-draft-after-en"_s})
        QVERIFY2(!QImage(out.filePath(shot + u".png"_s)).isNull(), qPrintable(shot));
}

void tst_MainWindow::switchesToChinese()
{
    sd::ui::AppContext ctx(m_ws->ws.get(), false);
    sd::ui::MainWindow w(&ctx);
    w.show();
    QVERIFY(sd::i18n::apply(u"zh_CN"_s));
    QTRY_VERIFY(w.findChild<QListWidget *>(u"navigation"_s) != nullptr);
    QTRY_COMPARE(w.findChild<QListWidget *>(u"navigation"_s)->item(0)->text(), u"今日"_s);
    QCOMPARE(w.findChild<QComboBox *>(u"storePicker"_s)->itemText(0),
             QCoreApplication::translate("sd::ui::MainWindow", "All stores"));
    QVERIFY(w.findChild<QComboBox *>(u"storePicker"_s)->itemText(0) != u"All stores"_s);
    sd::i18n::apply(u"en"_s);
    QTRY_COMPARE(w.findChild<QListWidget *>(u"navigation"_s)->item(0)->text(), u"Today"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
