#pragma once

#include <QStringList>

namespace sd::sqlscript {

// Splits an SQL script into single statements (QSqlQuery runs one at a time).
// Semicolons inside quotes, comments and CREATE TRIGGER ... BEGIN ... END bodies
// do not split. Comments are dropped; empty statements are skipped.
QStringList split(QStringView script);

// The first line of a migration file when it is a comment: "-- Stores and audit log".
QString description(QStringView script);

} // namespace sd::sqlscript
