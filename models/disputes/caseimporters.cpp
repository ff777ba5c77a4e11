#include "caseimporters.h"

#include "disputes/chargebackrepository.h"
#include "disputes/disputedeadlines.h"
#include "disputes/disputerepository.h"
#include "disputes/disputeterms.h"
#include "io/rowupsert.h"
#include "ledger/ledgerrepository.h"

#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

using Columns = RowUpsert::Columns;

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : nullInt();
}

const DisputeTerms::Codes &yesNo()
{
    static const DisputeTerms::Codes codes = {
            {u"1"_s, {u"yes"_s, u"true"_s, u"y"_s, u"是"_s}},
            {u"0"_s, {u"no"_s, u"false"_s, u"n"_s, u"否"_s}},
    };
    return codes;
}

RecordHandler::Outcome combine(RowUpsert::Result r, bool *changed)
{
    if (r == RowUpsert::Result::Inserted)
        return RecordHandler::Outcome::Inserted;
    if (r == RowUpsert::Result::Updated)
        *changed = true;
    return RecordHandler::Outcome::Unchanged;
}

// ---- disputes -----------------------------------------------------------------------

class DisputeHandler final : public RecordHandler
{
public:
    enum Field {
        IssueId, OrderId, ChildId, Buyer, Reason, Opened, Status, Currency_, RefundMax, ReturnTracking,
        Escalated, Outcome_, Refunded, SellerCost, Closed,
        BuyerSolution, BuyerAmount, BuyerStatus, BuyerAt,
        SellerSolution, SellerAmount, SellerStatus, SellerAt,
        PlatformSolution, PlatformAmount, PlatformStatus, PlatformAt,
    };

    QString kind() const override { return u"disputes"_s; }
    QList<ImportField> fields() const override
    {
        QList<ImportField> f = {
                {u"issue_id"_s, {u"issueId"_s, u"dispute id"_s, u"纠纷编号"_s, u"纠纷ID"_s}, true},
                {u"order_id"_s, {u"orderId"_s, u"order number"_s, u"订单号"_s, u"订单编号"_s}, false},
                {u"child_id"_s, {u"child order id"_s, u"sub order id"_s, u"子订单号"_s}, false},
                {u"buyer_login_id"_s, {u"buyer"_s, u"buyer login"_s, u"买家"_s, u"买家账号"_s}, false},
                {u"reason"_s, {u"issue_reason"_s, u"dispute reason"_s, u"纠纷原因"_s}, false},
                {u"opened_at"_s, {u"gmt_create"_s, u"open time"_s, u"纠纷开始时间"_s, u"创建时间"_s}, true},
                {u"issue_status"_s, {u"status"_s, u"纠纷状态"_s}, true},
                {u"currency"_s, {u"币种"_s}, false},
                {u"refund_money_max"_s, {u"refund max"_s, u"最高退款金额"_s, u"退款上限"_s}, true},
                {u"return_tracking"_s, {u"return tracking number"_s, u"退货运单号"_s}, false},
                {u"escalated_at"_s, {u"escalated"_s, u"升级时间"_s}, false},
                {u"outcome"_s, {u"结果"_s}, false},
                {u"refunded"_s, {u"refunded amount"_s, u"实际退款金额"_s}, false},
                {u"seller_cost"_s, {u"at seller cost"_s, u"卖家承担"_s}, false},
                {u"closed_at"_s, {u"closed"_s, u"gmt_modified"_s, u"结束时间"_s}, false},
        };
        for (const QString &owner : {u"buyer"_s, u"seller"_s, u"platform"_s}) {
            f.append({owner + u"_solution"_s, {owner + u"_solution_type"_s}, false});
            f.append({owner + u"_amount"_s, {owner + u"_refund_amount"_s}, false});
            f.append({owner + u"_solution_status"_s, {owner + u"_status"_s}, false});
            f.append({owner + u"_proposed_at"_s, {owner + u"_gmt_create"_s}, false});
        }
        return f;
    }
    bool begin(const QSqlDatabase &db, QString *) override
    {
        m_db = db;
        return true;
    }
    Outcome write(ImportRecord &r, QString *error) override
    {
        const QString issueId = r.text(IssueId);
        bool repeat = false;
        if (!m_seen.check(r, issueId, IssueId, &repeat))
            return Outcome::Rejected;
        if (repeat)
            return Outcome::Unchanged;
        const Currency currency = r.currency(Currency_).value_or(r.storeCurrency());
        const auto opened = r.time(Opened, true);
        const auto status = r.code(Status, DisputeTerms::statuses(), true);
        const auto refundMax = r.amount(RefundMax, currency, true);
        if (r.failed())
            return Outcome::Rejected;

        Columns values = {{u"opened_utc"_s, *opened},
                          {u"status"_s, *status},
                          {u"currency"_s, currency.code()},
                          {u"refund_max_minor"_s, *refundMax}};
        const std::pair<Field, QString> texts[] = {{OrderId, u"order_id"_s}, {ChildId, u"child_id"_s},
                                                   {Buyer, u"buyer_login"_s}, {Reason, u"reason"_s},
                                                   {ReturnTracking, u"return_tracking"_s}};
        for (const auto &[field, column] : texts) {
            if (r.has(field))
                values.append({column, r.text(field)});
        }
        if (r.has(Escalated))
            values.append({u"escalated_utc"_s, optional(r.time(Escalated))});
        if (r.has(Closed))
            values.append({u"closed_utc"_s, optional(r.time(Closed))});
        std::optional<QString> outcome;
        if (r.has(Outcome_)) {
            outcome = r.code(Outcome_, DisputeTerms::outcomes());
            values.append({u"outcome"_s, outcome.value_or(QString())});
        }
        if (r.has(Refunded)) {
            const auto refunded = r.amount(Refunded, currency);
            if (refunded && *refunded > *refundMax)
                r.fail(Refunded, CaseImporter::tr("the refund is more than refund_money_max"));
            values.append({u"refunded_minor"_s, optional(refunded)});
        }
        if (r.has(SellerCost)) {
            const auto cost = r.code(SellerCost, yesNo());
            values.append({u"seller_cost"_s, cost ? cost->toLongLong() : qint64(0)});
        }
        if (outcome && !outcome->isEmpty() && *status == u"processing"_s)
            r.fail(Outcome_, CaseImporter::tr("a dispute still in progress has no outcome yet"));

        struct Proposal
        {
            QString owner;
            Columns values;
        };
        QList<Proposal> proposals;
        const QString owners[] = {u"buyer"_s, u"seller"_s, u"platform"_s};
        for (int i = 0; i < 3; ++i) {
            const int base = BuyerSolution + 4 * i;
            if (!r.has(base + 3) || r.text(base + 3).isEmpty())
                continue;
            const auto at = r.time(base + 3);
            const auto type = r.code(base, DisputeTerms::solutionTypes(), true);
            const auto amount = r.amount(base + 1, currency, true);
            const auto pstatus = r.code(base + 2, DisputeTerms::proposalStatuses(), true);
            if (amount && refundMax && *amount > *refundMax)
                r.fail(base + 1, CaseImporter::tr("the proposal is more than refund_money_max"));
            if (r.failed())
                break;
            proposals.append({owners[i], {{u"solution_type"_s, *type}, {u"amount_minor"_s, *amount},
                                          {u"status"_s, *pstatus}}});
            proposals.last().values.append({u"proposed_utc"_s, *at});
        }
        if (r.failed())
            return Outcome::Rejected;

        qint64 id = 0;
        QStringList changed;
        const auto result = RowUpsert::write(m_db, u"disputes"_s,
                                             {{u"store_id"_s, r.storeId()}, {u"issue_id"_s, issueId}},
                                             values, &id, &changed, error);
        if (result == RowUpsert::Result::Failed)
            return Outcome::Failed;
        bool anyChange = false;
        Outcome outcomeOf = combine(result, &anyChange);
        for (const Proposal &p : std::as_const(proposals)) {
            const qint64 at = p.values.last().second.toLongLong();
            qint64 pid = 0;
            const auto pr = RowUpsert::write(
                    m_db, u"dispute_proposals"_s,
                    {{u"dispute_ref"_s, id}, {u"owner"_s, p.owner}, {u"proposed_utc"_s, at}},
                    p.values.mid(0, 3), &pid, nullptr, error);
            if (pr == RowUpsert::Result::Failed)
                return Outcome::Failed;
            if (pr != RowUpsert::Result::Unchanged) {
                anyChange = true;
                changed.append(p.owner + u"_proposal"_s);
            }
        }
        if (outcomeOf == Outcome::Inserted) {
            if (!DisputeRepository::addEvent(m_db, u"disputes"_s, id, u"import"_s,
                                             CaseImporter::tr("Imported from %1").arg(m_file), error))
                return Outcome::Failed;
        } else if (anyChange) {
            outcomeOf = Outcome::Updated;
            if (!DisputeRepository::addEvent(m_db, u"disputes"_s, id, u"import"_s,
                                             CaseImporter::tr("Updated from %1: %2").arg(m_file, changed.join(u", "_s)),
                                             error))
                return Outcome::Failed;
        }
        if (outcomeOf != Outcome::Unchanged && !DisputeDeadlines(m_db).update(id, error))
            return Outcome::Failed;
        return outcomeOf;
    }

    QString m_file;

private:
    QSqlDatabase m_db;
    ImportDuplicateGuard m_seen;
};

// ---- chargebacks --------------------------------------------------------------------

class ChargebackHandler final : public RecordHandler
{
public:
    enum Field { CaseId, OrderId, Filed, Currency_, Frozen, ReasonCode, DefenceDue, Submitted, Outcome_, Recovered, Note };

    QString kind() const override { return u"chargebacks"_s; }
    QList<ImportField> fields() const override
    {
        return {
                {u"case_id"_s, {u"chargeback id"_s, u"chargeback_id"_s, u"拒付编号"_s, u"拒付ID"_s}, true},
                {u"order_id"_s, {u"orderId"_s, u"订单号"_s, u"订单编号"_s}, false},
                {u"filed_at"_s, {u"chargeback time"_s, u"拒付时间"_s, u"发起时间"_s}, true},
                {u"currency"_s, {u"币种"_s}, false},
                {u"frozen_amount"_s, {u"amount frozen"_s, u"chargeback amount"_s, u"冻结金额"_s, u"拒付金额"_s}, true},
                {u"reason_code"_s, {u"reason"_s, u"拒付原因"_s, u"原因代码"_s}, false},
                {u"defence_due"_s, {u"defense due"_s, u"defence deadline"_s, u"defense deadline"_s, u"申诉截止时间"_s, u"举证截止时间"_s}, false},
                {u"submitted_at"_s, {u"defence submitted"_s, u"defense submitted"_s, u"提交时间"_s}, false},
                {u"outcome"_s, {u"result"_s, u"结果"_s}, false},
                {u"recovered"_s, {u"recovered amount"_s, u"追回金额"_s}, false},
                {u"note"_s, {u"备注"_s}, false},
        };
    }
    bool begin(const QSqlDatabase &db, QString *) override
    {
        m_db = db;
        return true;
    }
    Outcome write(ImportRecord &r, QString *error) override
    {
        const QString caseId = r.text(CaseId);
        bool repeat = false;
        if (!m_seen.check(r, caseId, CaseId, &repeat))
            return Outcome::Rejected;
        if (repeat)
            return Outcome::Unchanged;
        const Currency currency = r.currency(Currency_).value_or(r.storeCurrency());
        const auto filed = r.time(Filed, true);
        const auto frozen = r.amount(Frozen, currency, true);
        if (r.failed())
            return Outcome::Rejected;
        Columns values = {{u"filed_utc"_s, *filed}, {u"currency"_s, currency.code()},
                          {u"frozen_minor"_s, *frozen}};
        for (const auto &[field, column] : {std::pair{OrderId, u"order_id"_s},
                                            std::pair{ReasonCode, u"reason_code"_s}, std::pair{Note, u"note"_s}}) {
            if (r.has(field))
                values.append({column, r.text(field)});
        }
        std::optional<qint64> due = r.has(DefenceDue) ? r.time(DefenceDue) : std::nullopt;
        if (due && *due < *filed)
            r.fail(DefenceDue, CaseImporter::tr("the defence deadline is before the chargeback was filed"));
        if (r.has(Submitted))
            values.append({u"submitted_utc"_s, optional(r.time(Submitted))});
        std::optional<QString> outcome;
        if (r.has(Outcome_)) {
            static const DisputeTerms::Codes codes = {{u"won"_s, {u"胜诉"_s, u"成功"_s}},
                                                      {u"lost"_s, {u"败诉"_s, u"失败"_s}},
                                                      {u"partial"_s, {u"partly won"_s, u"部分胜诉"_s}}};
            outcome = r.code(Outcome_, codes);
            values.append({u"outcome"_s, outcome.value_or(QString())});
        }
        if (r.has(Recovered)) {
            const auto recovered = r.amount(Recovered, currency);
            if (recovered && *recovered > *frozen)
                r.fail(Recovered, CaseImporter::tr("more is recovered than was frozen"));
            values.append({u"recovered_minor"_s, optional(recovered)});
        }
        if (r.failed())
            return Outcome::Rejected;

        qint64 id = 0;
        QStringList changed;
        // A stated deadline is written; a new case without one gets the rule's.
        Columns defaults;
        if (due)
            values.append({u"defence_due_utc"_s, *due});
        else
            defaults.append({u"defence_due_utc"_s,
                             optional(ChargebackRepository::defaultDefenceDue(m_db, r.storeId(), *filed))});
        const auto result = RowUpsert::write(m_db, u"chargebacks"_s,
                                             {{u"store_id"_s, r.storeId()}, {u"case_id"_s, caseId}},
                                             values, &id, &changed, error, defaults);
        if (result == RowUpsert::Result::Failed)
            return Outcome::Failed;
        if (result == RowUpsert::Result::Unchanged)
            return Outcome::Unchanged;
        const QString detail = result == RowUpsert::Result::Inserted
                ? CaseImporter::tr("Imported from %1").arg(m_file)
                : CaseImporter::tr("Updated from %1: %2").arg(m_file, changed.join(u", "_s));
        if (!DisputeRepository::addEvent(m_db, u"chargebacks"_s, id, u"import"_s, detail, error))
            return Outcome::Failed;
        return result == RowUpsert::Result::Inserted ? Outcome::Inserted : Outcome::Updated;
    }

    QString m_file;

private:
    QSqlDatabase m_db;
    ImportDuplicateGuard m_seen;
};

// ---- ledger -------------------------------------------------------------------------

class LedgerHandler final : public RecordHandler
{
public:
    enum Field { EntryId, At, Kind_, Amount, Currency_, Reason, OrderId, IssueId, ChargebackId };

    QString kind() const override { return u"ledger"_s; }
    QList<ImportField> fields() const override
    {
        return {
                {u"entry_id"_s, {u"transaction id"_s, u"transaction_id"_s, u"流水号"_s, u"交易流水号"_s}, true},
                {u"time"_s, {u"date"_s, u"at"_s, u"transaction time"_s, u"时间"_s, u"交易时间"_s}, true},
                {u"type"_s, {u"kind"_s, u"direction"_s, u"类型"_s, u"收支类型"_s}, true},
                {u"amount"_s, {u"金额"_s}, true},
                {u"currency"_s, {u"币种"_s}, false},
                {u"reason"_s, {u"description"_s, u"remark"_s, u"说明"_s, u"备注"_s, u"原因"_s}, false},
                {u"order_id"_s, {u"orderId"_s, u"订单号"_s}, false},
                {u"issue_id"_s, {u"dispute id"_s, u"纠纷编号"_s}, false},
                {u"chargeback_id"_s, {u"case_id"_s, u"拒付编号"_s}, false},
        };
    }
    bool begin(const QSqlDatabase &db, QString *) override
    {
        m_db = db;
        return true;
    }
    Outcome write(ImportRecord &r, QString *error) override
    {
        static const DisputeTerms::Codes kinds = {
                {u"payout"_s, {u"loan"_s, u"credit"_s, u"income"_s, u"放款"_s, u"收入"_s}},
                {u"deduction"_s, {u"deduct"_s, u"debit"_s, u"expense"_s, u"扣款"_s, u"支出"_s}}};
        const QString entryId = r.text(EntryId);
        bool repeat = false;
        if (!m_seen.check(r, entryId, EntryId, &repeat))
            return Outcome::Rejected;
        if (repeat)
            return Outcome::Unchanged;
        const Currency currency = r.currency(Currency_).value_or(r.storeCurrency());
        const auto at = r.time(At, true);
        const auto kind = r.code(Kind_, kinds, true);
        // Statements often sign deductions; the type says the direction, so take the size.
        auto amount = r.amount(Amount, currency, true, true);
        if (r.failed())
            return Outcome::Rejected;
        if (amount && *amount < 0 && *kind == u"payout"_s) {
            r.fail(Amount, CaseImporter::tr("a payout cannot be negative"));
            return Outcome::Rejected;
        }
        Columns values = {{u"at_utc"_s, *at}, {u"kind"_s, *kind}, {u"currency"_s, currency.code()},
                          {u"amount_minor"_s, qAbs(*amount)}};
        for (const auto &[field, column] : {std::pair{Reason, u"reason"_s}, std::pair{OrderId, u"order_id"_s},
                                            std::pair{IssueId, u"issue_id"_s},
                                            std::pair{ChargebackId, u"chargeback_case_id"_s}}) {
            if (r.has(field))
                values.append({column, r.text(field)});
        }
        qint64 id = 0;
        QStringList changed;
        const auto result = RowUpsert::write(m_db, u"ledger_entries"_s,
                                             {{u"store_id"_s, r.storeId()}, {u"entry_id"_s, entryId}},
                                             values, &id, &changed, error);
        switch (result) {
        case RowUpsert::Result::Failed:
            return Outcome::Failed;
        case RowUpsert::Result::Unchanged:
            return Outcome::Unchanged;
        case RowUpsert::Result::Inserted:
            return Outcome::Inserted;
        case RowUpsert::Result::Updated:
            if (!DisputeRepository::addEvent(m_db, u"ledger_entries"_s, id, u"import"_s,
                                             CaseImporter::tr("Updated from %1: %2").arg(m_file, changed.join(u", "_s)),
                                             error))
                return Outcome::Failed;
            return Outcome::Updated;
        }
        return Outcome::Failed;
    }

    QString m_file;

private:
    QSqlDatabase m_db;
    ImportDuplicateGuard m_seen;
};

} // namespace

ImportResult CaseImporter::run(Kind kind, const QString &path, const ImportOptions &options)
{
    const QString file = QFileInfo(path).fileName();
    RecordImporter importer(m_db);
    switch (kind) {
    case Kind::Disputes: {
        DisputeHandler h;
        h.m_file = file;
        return importer.run(path, options, h);
    }
    case Kind::Chargebacks: {
        ChargebackHandler h;
        h.m_file = file;
        return importer.run(path, options, h);
    }
    case Kind::Ledger: {
        LedgerHandler h;
        h.m_file = file;
        return importer.run(path, options, h);
    }
    }
    return {};
}

std::optional<CaseImporter::Kind> CaseImporter::kindFromText(const QString &text)
{
    if (text == u"disputes"_s)
        return Kind::Disputes;
    if (text == u"chargebacks"_s)
        return Kind::Chargebacks;
    if (text == u"ledger"_s)
        return Kind::Ledger;
    return std::nullopt;
}

QString CaseImporter::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Disputes:
        return u"disputes"_s;
    case Kind::Chargebacks:
        return u"chargebacks"_s;
    case Kind::Ledger:
        return u"ledger"_s;
    }
    return {};
}

QStringList CaseImporter::columns(Kind kind)
{
    QList<ImportField> fields;
    switch (kind) {
    case Kind::Disputes:
        fields = DisputeHandler().fields();
        break;
    case Kind::Chargebacks:
        fields = ChargebackHandler().fields();
        break;
    case Kind::Ledger:
        fields = LedgerHandler().fields();
        break;
    }
    QStringList out;
    for (const ImportField &f : std::as_const(fields))
        out.append(f.required ? f.key + u" *"_s : f.key);
    return out;
}

} // namespace sd
