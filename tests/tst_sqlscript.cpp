#include "store/sqlscript.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SqlScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void description();
};

void tst_SqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);"_s
                         << QStringList{u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
    QTest::newRow("semicolon in string")
            << u"INSERT INTO a VALUES ('x;y');INSERT INTO a VALUES ('it''s; fine');"_s
            << QStringList{u"INSERT INTO a VALUES ('x;y')"_s,
                           u"INSERT INTO a VALUES ('it''s; fine')"_s};
    QTest::newRow("comments dropped")
            << u"-- first; not a statement\nSELECT 1; /* a; b */ SELECT 2;"_s
            << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::newRow("trigger body kept whole")
            << u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\n  SELECT 1;\nEND;\nSELECT 3;"_s
            << QStringList{u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\n  SELECT 1;\nEND"_s,
                           u"SELECT 3"_s};
    QTest::newRow("temp trigger")
            << u"CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END; SELECT 2"_s
            << QStringList{u"CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END"_s,
                           u"SELECT 2"_s};
    QTest::newRow("empty statements skipped") << u";;  ;\n"_s << QStringList{};
    QTest::newRow("quoted identifier") << u"CREATE TABLE \"a;b\" (x);"_s
                                       << QStringList{u"CREATE TABLE \"a;b\" (x)"_s};
}

void tst_SqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(sd::sqlscript::split(script), statements);
}

void tst_SqlScript::description()
{
    QCOMPARE(sd::sqlscript::description(u"-- Stores and audit log\nCREATE TABLE a (x);"),
             u"Stores and audit log"_s);
    QCOMPARE(sd::sqlscript::description(u"CREATE TABLE a (x);"), QString());
}

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_sqlscript.moc"
