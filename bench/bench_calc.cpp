// Times the batch calculator: N products (default 10,000) read from a CSV product list
// and computed under all five fulfillment models, then written as CSV. Prints the
// figures recorded in docs/performance.md. Target: the computation under one second.

#include "calc/batchcalculator.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"products"_s, u"How many products (default 10000)."_s, u"N"_s, u"10000"_s);
    parser.addOption(countOption);
    parser.process(app);
    const int count = parser.value(countOption).toInt();

    QTemporaryDir dir;
    sd::Workspace ws(dir.filePath(u"bench.sqlite"_s));
    QString error;
    if (!ws.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // A product list with varied prices, costs and rates (deterministic).
    const QString list = dir.filePath(u"products.csv"_s);
    {
        QFile f(list);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(list));
            return 1;
        }
        QTextStream out(&f);
        out << "product_id,name,price,supply_price,cost,packaging,first_mile,delivery,commission_rate,"
               "affiliate_rate,affiliate_share\n";
        for (int i = 0; i < count; ++i) {
            const int price = 199 + (i * 37) % 4800; // 1.99 .. 49.98
            out << "P" << i << ",Product " << i << ',' << price / 100 << '.' << QString::number(price % 100).rightJustified(2, u'0')
                << ',' << (price * 7 / 10) / 100 << '.' << QString::number((price * 7 / 10) % 100).rightJustified(2, u'0')
                << ",1." << (i % 90 + 10) << ",0.25,0.40,2.10," << (5 + i % 4) << ',' << (i % 3) * 5 << ",20\n";
        }
    }
    QElapsedTimer timer;
    timer.start();
    QStringList problems;
    const auto products = sd::BatchCalculator::read(list, {}, &problems, &error);
    const qint64 readMs = timer.restart();
    if (!products) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(error), qPrintable(problems.join(u'\n')));
        return 1;
    }
    const sd::BatchCalculator batch(ws.connection());
    const auto rows = batch.compute(*products, QDate(2026, 6, 1));
    const qint64 computeMs = timer.restart();
    if (!sd::BatchCalculator::write(rows, dir.filePath(u"out.csv"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 writeMs = timer.restart();
    std::printf("products: %d (x5 models = %d calculations)\n", count, count * 5);
    std::printf("read the CSV list: %lld ms\n", readMs);
    std::printf("compute every model: %lld ms (target < 1000 ms)\n", computeMs);
    std::printf("write the CSV: %lld ms\n", writeMs);
    return 0;
}
