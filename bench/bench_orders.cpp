// bench_orders: the orders workload at a million rows. Not a test: it prints figures
// that docs/performance.md records, next to the targets of the orders issue.
//
//   bench_orders [--orders N] [--dir DIR] [--keep] [--import-only | --page-only]
//
// 1. Writes N orders (default 1,000,000) as a CSV in the seller-center layout.
// 2. Imports it into a fresh workspace with OrderImporter, and times `sqlite3 .import`
//    of the same file into a plain table as the reference (when sqlite3 is installed).
// 3. Opens the Orders page (offscreen) and times its first paint, a filter change, a
//    sort, a search and a jump to the last row, each until the view has painted the
//    rows, and then until the match count that follows the paint is shown.
// 4. Reports the peak resident memory.
//
// --import-only stops after step 2 (for profiling the importer); --page-only skips
// steps 1 and 2 and reuses the workspace a --keep run left in --dir.

#include "appcontext.h"
#include "orders/orderimporter.h"
#include "orders/orderstablemodel.h"
#include "pages/orderspage.h"
#include "sellercentercsv.h"
#include "store/workspace.h"
#include "stores/storerepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

qint64 peakRssMiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#if defined(Q_OS_MACOS)
    return usage.ru_maxrss / (1024 * 1024); // bytes
#else
    return usage.ru_maxrss / 1024; // KiB
#endif
#else
    return -1;
#endif
}

void report(const char *what, double ms, const char *target)
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << qSetFieldWidth(12)
        << Qt::right << QString::number(ms, 'f', 1) << qSetFieldWidth(0) << " ms   target "
        << target << Qt::endl;
}

struct Timing
{
    double painted = 0; // the change made and the rows painted
    double settled = 0; // and what the page does right after the paint (the count)
};

// Runs `change` and paints the view, then lets the page finish what it queued for after
// the paint (counting the matches).
template<typename F>
Timing timed(QWidget *view, F change)
{
    QElapsedTimer t;
    t.start();
    change();
    view->repaint();
    Timing result;
    result.painted = double(t.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    result.settled = double(t.nsecsElapsed()) / 1e6;
    return result;
}

void report(const char *what, const Timing &t, const char *target)
{
    report(what, t.painted, target);
    out << "    ... and the match count shown" << qSetFieldWidth(19) << Qt::right
        << QString::number(t.settled, 'f', 1) << qSetFieldWidth(0) << " ms" << Qt::endl;
}

double importAndReference(const QString &dir, const QString &csv, int orders, sd::Workspace &ws,
                          qint64 storeId)
{
    QElapsedTimer t;
    t.start();
    if (!sdtest::writeSellerCenterCsv(csv, orders)) {
        out << "cannot write " << csv << Qt::endl;
        return -1;
    }
    out << "generated CSV: " << QFile(csv).size() / (1024 * 1024) << " MiB in " << t.elapsed()
        << " ms" << Qt::endl;

    sd::OrderImportOptions options;
    options.storeId = storeId;
    options.defaultModel = u"semi_jit"_s;
    t.restart();
    const auto result = sd::OrderImporter(ws.connection()).run(csv, options);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    if (!result.committed) {
        out << "import failed: " << result.fatal << ' ' << result.errors.join(u'\n') << Qt::endl;
        return -1;
    }
    report("import (OrderImporter)", importMs, "ratio <= 1.0 to sqlite3 .import");

    // Reference: the sqlite3 shell loading the same file into an untyped table.
    const QString refDb = dir + u"/reference.sqlite"_s;
    QFile::remove(refDb);
    QProcess sqlite;
    t.restart();
    sqlite.start(u"sqlite3"_s, {refDb});
    if (!sqlite.waitForStarted()) {
        out << "reference: sqlite3 not found (apt install sqlite3)" << Qt::endl;
        return importMs;
    }
    sqlite.write(QByteArray(".mode csv\n.import '") + csv.toUtf8() + "' t\n.quit\n");
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double referenceMs = double(t.nsecsElapsed()) / 1e6;
    QFile::remove(refDb);
    report("reference: sqlite3 .import", referenceMs, "-");
    out << "import ratio: " << QString::number(importMs / referenceMs, 'f', 2)
        << " (target <= 1.0)" << Qt::endl;
    return importMs;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int orders = 1'000'000;
    QString dirPath;
    bool keep = false;
    bool importOnly = false;
    bool pageOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--orders"_s && i + 1 < args.size())
            orders = args[++i].toInt();
        else if (args[i] == u"--dir"_s && i + 1 < args.size())
            dirPath = args[++i];
        else if (args[i] == u"--keep"_s)
            keep = true;
        else if (args[i] == u"--import-only"_s)
            importOnly = true;
        else if (args[i] == u"--page-only"_s)
            pageOnly = true;
    }
    if (pageOnly && dirPath.isEmpty()) {
        out << "--page-only needs the --dir of an earlier --keep run" << Qt::endl;
        return 1;
    }
    QTemporaryDir temp;
    temp.setAutoRemove(!keep);
    const QString dir = dirPath.isEmpty() ? temp.path() : dirPath;
    out << "bench_orders: " << (pageOnly ? u"the workspace"_s : QString::number(orders) + u" orders"_s)
        << " in " << dir << Qt::endl;

    sd::Workspace ws(dir + u"/bench.sqlite"_s);
    QString error;
    if (!pageOnly)
        QFile::remove(ws.path());
    if (!ws.open(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    qint64 storeId = 0;
    if (pageOnly) {
        const auto stores = sd::StoreRepository(ws.connection()).all();
        if (stores.isEmpty()) {
            out << "no store in " << ws.path() << Qt::endl;
            return 1;
        }
        storeId = stores.first().id;
    } else {
        sd::Store store;
        store.name = u"Bench store"_s;
        const auto id = sd::StoreRepository(ws.connection()).add(store, &error);
        if (!id) {
            out << error << Qt::endl;
            return 1;
        }
        storeId = *id;
        if (importAndReference(dir, dir + u"/orders.csv"_s, orders, ws, storeId) < 0)
            return 1;
    }
    const qint64 importRss = peakRssMiB();
    if (importOnly)
        return 0;

    // The Orders page over the store.
    sd::ui::AppContext context(&ws, false);
    QWidget window;
    window.resize(1280, 800);
    sd::ui::OrdersPage *page = nullptr;
    report("Orders page: open to first paint", timed(&window, [&] {
               page = new sd::ui::OrdersPage(&context, &window);
               page->resize(window.size());
               window.show();
           }),
           "150 ms");
    auto *view = page->findChild<QTableView *>();
    sd::OrdersTableModel *model = page->model();

    sd::OrderFilter filter;
    filter.storeId = storeId;
    filter.status = u"FINISH"_s;
    report("change a filter (status)", timed(&window, [&] { model->setFilter(filter); }),
           "100 ms");
    report("sort (order total)", timed(&window, [&] {
               view->sortByColumn(sd::OrdersTableModel::TotalColumn, Qt::AscendingOrder);
           }),
           "100 ms");
    filter.status.clear();
    filter.search = u"earbuds"_s;
    report("search (\"earbuds\", 1 order in 6)", timed(&window, [&] { model->setFilter(filter); }),
           "100 ms");
    {
        QSqlQuery q(ws.connection());
        q.exec(u"SELECT order_id FROM orders ORDER BY id LIMIT 1 OFFSET 777776"_s);
        filter.search = q.next() ? q.value(0).toString() : u"8000000000777776"_s;
    }
    report("search (an order id)", timed(&window, [&] { model->setFilter(filter); }), "100 ms");
    filter.search.clear();
    model->setFilter(filter);
    QCoreApplication::processEvents(); // counted
    report("scroll to the last row", timed(&window, [&] { view->scrollToBottom(); }), "100 ms");
    out << "rows in the view: " << model->rowCount() << Qt::endl;
    out << "peak memory after import: " << importRss << " MiB; at the end: " << peakRssMiB()
        << " MiB (target 250 MB)" << Qt::endl;
    ws.releaseConnection();
    return 0;
}
