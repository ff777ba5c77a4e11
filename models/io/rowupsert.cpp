#include "rowupsert.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// An empty QString binds as NULL; the text columns are NOT NULL DEFAULT ''.
QVariant bindable(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
        return QVariant(u""_s);
    return v;
}

bool same(const QVariant &stored, const QVariant &value)
{
    if (stored.isNull() || value.isNull())
        return stored.isNull() == value.isNull();
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return stored.toLongLong() == value.toLongLong();
    default:
        return stored.toString() == value.toString();
    }
}

} // namespace

RowUpsert::Result RowUpsert::write(const QSqlDatabase &db, const QString &table, const Columns &key,
                                   const Columns &values, qint64 *id, QStringList *changed,
                                   QString *error, const Columns &insertOnly)
{
    QStringList keyTerms, names;
    for (const auto &[name, value] : key)
        keyTerms.append(name + u" = ?"_s);
    for (const auto &[name, value] : values)
        names.append(name);

    QSqlQuery q(db);
    q.prepare(u"SELECT id"_s + (names.isEmpty() ? QString() : u", "_s + names.join(u", "_s))
              + u" FROM "_s + table + u" WHERE "_s + keyTerms.join(u" AND "_s));
    for (const auto &[name, value] : key)
        q.addBindValue(bindable(value));
    if (!q.exec()) {
        *error = q.lastError().text();
        return Result::Failed;
    }
    if (!q.next()) {
        QStringList all, marks;
        const Columns inserted = key + values + insertOnly;
        for (const auto &[name, value] : inserted) {
            all.append(name);
            marks.append(u"?"_s);
        }
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO "_s + table + u" ("_s + all.join(u", "_s) + u") VALUES ("_s
                       + marks.join(u", "_s) + u')');
        for (const auto &[name, value] : inserted)
            insert.addBindValue(bindable(value));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return Result::Failed;
        }
        *id = insert.lastInsertId().toLongLong();
        return Result::Inserted;
    }
    *id = q.value(0).toLongLong();
    QStringList sets;
    QVariantList binds;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant value = bindable(values.at(i).second);
        if (!same(q.value(int(i) + 1), value)) {
            sets.append(values.at(i).first + u" = ?"_s);
            binds.append(value);
            if (changed)
                changed->append(values.at(i).first);
        }
    }
    if (sets.isEmpty())
        return Result::Unchanged;
    QSqlQuery update(db);
    update.prepare(u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
    for (const QVariant &v : std::as_const(binds))
        update.addBindValue(v);
    update.addBindValue(*id);
    if (!update.exec()) {
        *error = update.lastError().text();
        return Result::Failed;
    }
    return Result::Updated;
}

} // namespace sd
