#include "sqlscript.h"

using namespace Qt::StringLiterals;

namespace sd::sqlscript {

QStringList split(QStringView script)
{
    QStringList statements;
    QString current;
    QString word; // the identifier being read, upper-cased
    QStringList leadingWords; // first words of the statement, to spot triggers
    QString lastWord;
    bool trigger = false;

    auto finishWord = [&] {
        if (word.isEmpty())
            return;
        if (leadingWords.size() < 3)
            leadingWords << word;
        if (leadingWords.size() >= 2 && leadingWords[0] == u"CREATE"_s
            && (leadingWords[1] == u"TRIGGER"_s
                || (leadingWords.size() >= 3 && leadingWords[2] == u"TRIGGER"_s)))
            trigger = true;
        lastWord = word;
        word.clear();
    };
    auto finishStatement = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements << s;
        current.clear();
        leadingWords.clear();
        lastWord.clear();
        trigger = false;
    };

    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        if (c == u'-' && next == u'-') {
            finishWord();
            while (i < n && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && next == u'*') {
            finishWord();
            i += 2;
            while (i + 1 < n && !(script[i] == u'*' && script[i + 1] == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            finishWord();
            const QChar close = c == u'[' ? u']' : c;
            current += c;
            for (++i; i < n; ++i) {
                current += script[i];
                if (script[i] == close) {
                    if (close != u']' && i + 1 < n && script[i + 1] == close) {
                        current += script[++i]; // doubled quote
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            word += c.toUpper();
            current += c;
            continue;
        }
        finishWord();
        if (c == u';') {
            if (!trigger || lastWord == u"END"_s) {
                finishStatement();
                continue;
            }
        }
        current += c;
    }
    finishWord();
    finishStatement();
    return statements;
}

QString description(QStringView script)
{
    const QStringView first = script.left(script.indexOf(u'\n')).trimmed();
    if (first.startsWith(u"--"))
        return first.sliced(2).trimmed().toString();
    return {};
}

} // namespace sd::sqlscript
