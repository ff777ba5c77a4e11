#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sd {

// Values SellerDesk derives from rules and keeps in rows (so that filters run on an
// index) must follow a rule change. RuleRepository calls this inside the transaction
// that adds the value, so the rule and what depends on it change together.
class RuleEffects final
{
public:
    // Recomputes what depends on `key`. False with *error set when that fails.
    static bool apply(const QSqlDatabase &db, const QString &key, QString *error);
};

} // namespace sd
