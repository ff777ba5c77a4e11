#include "demo/demoseeder.h"
#include "rules/rulecatalog.h"
#include "rules/rulerepository.h"
#include "rules/rulesmodel.h"
#include "stores/storerepository.h"
#include "stores/storesmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void storesModel();
    void rulesModel();
    void ruleHistoryModel();
};

void tst_ItemModels::storesModel()
{
    sdtest::TempWorkspace t;
    sd::StoresModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QString error;
    QVERIFY(sd::DemoSeeder(t.db()).seed(QDate(2026, 11, 21), &error));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(sd::StoresModel::ColumnCount));
    // Sorted by name; order counts shown per store.
    QCOMPARE(model.index(0, sd::StoresModel::NameColumn).data().toString(), u"Harbor Home Goods"_s);
    QCOMPARE(model.index(0, sd::StoresModel::OrdersColumn).data().toString(), QLocale().toString(1800));
    const qint64 id = model.index(1, 0).data(sd::StoresModel::StoreIdRole).toLongLong();
    QCOMPARE(model.rowOf(id), 1);
    QVERIFY(sd::StoreRepository(t.db()).setArchived(id, true, &error));
    model.reload();
    QCOMPARE(model.index(1, 0).data(sd::StoresModel::ArchivedRole).toBool(), true);
    QCOMPARE(model.index(1, sd::StoresModel::StatusColumn).data().toString(), u"Archived"_s);
    QCOMPARE(model.headerData(sd::StoresModel::NameColumn, Qt::Horizontal).toString(), u"Store"_s);
}

void tst_ItemModels::rulesModel()
{
    sdtest::TempWorkspace t;
    sd::RulesModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(sd::RuleCatalog::all().size()));
    const int row = model.rowOfKey(u"pop.new_product_delivery_hours"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.keyAt(row), u"pop.new_product_delivery_hours"_s);
    model.setAsOf(QDate(2024, 1, 1));
    QCOMPARE(model.index(row, sd::RulesModel::ValueColumn).data().toString(), u"72 h"_s);
    QCOMPARE(model.index(row, sd::RulesModel::EffectiveColumn).data().toString(), u"2023-01-01"_s);
    model.setAsOf(QDate(2025, 1, 1));
    QCOMPARE(model.index(row, sd::RulesModel::ValueColumn).data().toString(), u"96 h"_s);
    // Before any value, the model says so.
    model.setAsOf(QDate(2020, 1, 1));
    QCOMPARE(model.index(row, sd::RulesModel::ValueColumn).data().toString(), u"not in force yet"_s);
    const int money = model.rowOfKey(u"pop.semi_managed_price_threshold"_s);
    model.setAsOf(QDate(2026, 1, 1));
    QCOMPARE(model.index(money, sd::RulesModel::ValueColumn).data().toString(), u"USD 10.00"_s);
}

void tst_ItemModels::ruleHistoryModel()
{
    sdtest::TempWorkspace t;
    sd::RuleHistoryModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setKey(u"pop.new_product_delivery_hours"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, sd::RuleHistoryModel::EffectiveColumn).data().toString(), u"2024-09-09"_s);
    QCOMPARE(model.rowInForce(QDate(2024, 1, 1)), 1);
    QCOMPARE(model.rowInForce(QDate(2022, 1, 1)), -1);
    QString error;
    QVERIFY(sd::RuleRepository(t.db()).addValue(u"pop.new_product_delivery_hours"_s, u"120"_s,
                                                QDate(2027, 1, 1), u"notice"_s, &error));
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, sd::RuleHistoryModel::ValueColumn).data().toString(), u"120 h"_s);
    QCOMPARE(model.index(2, sd::RuleHistoryModel::ByColumn).data().toString(), u"SellerDesk default"_s);
}

QTEST_GUILESS_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
