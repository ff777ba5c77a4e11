// No SQL is built from user text: every value reaches SQLite as a bound value. This
// test reads the sources of the app, the widgets and the models and fails on
//   - a text getter of a widget or the command line (text(), currentText(),
//     toPlainText(), arguments()...) inside the SQL of prepare() or exec();
//   - SQL text completed with QString::arg(), unless the statement is marked
//     "sql-safe:" with the reason (PRAGMAs, which take no bound values, and column
//     lists that are constants of the code).
// SQL composed from fragments of the code itself (a WHERE clause of fixed terms with
// "?" placeholders, a sort column from a fixed table) is allowed.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Finding
{
    int line = 0;
    QString why;
};

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

// The three lines before `offset`, or the text up to `end`, hold a "sql-safe:" reason.
bool markedSafe(const QString &text, qsizetype offset, qsizetype end)
{
    qsizetype from = offset;
    for (int lines = 0; lines < 4 && from > 0; ++lines)
        from = text.lastIndexOf(u'\n', from - 1);
    from = qMax<qsizetype>(0, from);
    return QStringView(text).mid(from, end - from).contains(u"sql-safe:"_s);
}

// The argument text of the call whose "(" is at `open`, string literals skipped.
QString callArguments(const QString &text, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return text.mid(open + 1, i - open - 1);
    }
    return text.mid(open + 1);
}

QList<Finding> scan(const QString &text)
{
    static const QRegularExpression sqlWord(
            u"\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|PRAGMA|WHERE|VALUES|CREATE|DROP|ATTACH)\\b"_s);
    static const QRegularExpression userText(
            u"(\\btext\\(\\)|currentText\\(|toPlainText\\(|displayText\\(|selectedText\\(|"
            "arguments\\(\\)|\\bargv\\b|QInputDialog|placeholderText\\()"_s);
    QList<Finding> out;

    // 1. User text inside the SQL of prepare() and exec().
    static const QRegularExpression call(u"\\b(prepare|exec)\\s*\\("_s);
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString args = callArguments(text, m.capturedEnd() - 1);
        const auto bad = userText.match(args);
        if (bad.hasMatch())
            out.append({lineOf(text, m.capturedStart()),
                        u"SQL built from %1"_s.arg(bad.captured(0))});
    }

    // 2. SQL literals (adjacent literals joined) completed with arg().
    static const QRegularExpression argOnLiteral(
            u"((?:u?\"(?:[^\"\\\\\\n]|\\\\.)*\"\\s*)+)(?:_s)?\\s*\\)?\\s*\\.arg\\("_s);
    for (auto it = argOnLiteral.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!sqlWord.match(m.captured(1)).hasMatch())
            continue;
        const qsizetype end = text.indexOf(u';', m.capturedEnd());
        if (!markedSafe(text, m.capturedStart(), end < 0 ? text.size() : end))
            out.append({lineOf(text, m.capturedStart()), u"SQL completed with arg()"_s});
    }
    return out;
}

} // namespace

class tst_SqlSources : public QObject
{
    Q_OBJECT
private slots:
    void theCheckFindsWhatItLooksFor_data();
    void theCheckFindsWhatItLooksFor();
    void noSqlIsBuiltFromUserText();
};

void tst_SqlSources::theCheckFindsWhatItLooksFor_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("findings");
    QTest::newRow("bound value") << u"q.prepare(u\"SELECT id FROM orders WHERE buyer = ?\"_s);\n"
                                    "q.addBindValue(m_search->text());\n"_s
                                 << 0;
    QTest::newRow("search box in the SQL")
            << u"q.prepare(u\"SELECT id FROM orders WHERE buyer = '\"_s + m_search->text() + u\"'\"_s);\n"_s
            << 1;
    QTest::newRow("combo text in exec") << u"q.exec(u\"DELETE FROM stores WHERE name = '\"_s\n"
                                           "       + m_store->currentText() + u\"'\"_s);\n"_s
                                        << 1;
    QTest::newRow("arg into SQL") << u"const QString sql = u\"SELECT * FROM orders \"\n"
                                     "    \"WHERE order_id = '%1'\"_s.arg(id);\n"_s
                                  << 1;
    QTest::newRow("arg into SQL, marked safe")
            << u"// sql-safe: PRAGMA takes no bound values; the number is a constant.\n"
               "q.exec(u\"PRAGMA busy_timeout = %1\"_s.arg(BusyTimeoutMs));\n"_s
            << 0;
    QTest::newRow("arg into a message") << u"*error = tr(\"%1: cannot open\").arg(path);\n"_s << 0;
}

void tst_SqlSources::theCheckFindsWhatItLooksFor()
{
    QFETCH(QString, source);
    QFETCH(int, findings);
    QCOMPARE(scan(source).size(), findings);
}

void tst_SqlSources::noSqlIsBuiltFromUserText()
{
    QStringList problems;
    int files = 0;
    for (const QString &folder : {u"app"_s, u"models"_s, u"widgets"_s}) {
        QDirIterator it(QStringLiteral(SELLERDESK_SOURCE_DIR) + u'/' + folder,
                        {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            for (const Finding &finding : scan(QString::fromUtf8(f.readAll())))
                problems << u"%1:%2: %3"_s.arg(path).arg(finding.line).arg(finding.why);
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_SqlSources)
#include "tst_sqlsources.moc"
