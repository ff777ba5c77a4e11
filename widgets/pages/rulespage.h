#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sd {
class RuleHistoryModel;
class RulesModel;
}

namespace sd::ui {

class AppContext;

// Rules: every platform policy number with its history, and a form to add a
// dated value (never overwriting the past).
class RulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)
public:
    explicit RulesPage(AppContext *context, QWidget *parent = nullptr);

    void selectKey(const QString &key);
    // Validates and stores the form's value; on error keeps the input and shows why.
    bool addValue();

private:
    void showRule(const QString &key);

    AppContext *m_context;
    RulesModel *m_rules;
    RuleHistoryModel *m_history;
    QDateEdit *m_asOf;
    QTableView *m_rulesView;
    QLabel *m_ruleTitle;
    QLabel *m_ruleDescription;
    QLabel *m_ruleKey;
    QTableView *m_historyView;
    QLineEdit *m_value;
    QLabel *m_unit;
    QDateEdit *m_effective;
    QLineEdit *m_source;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace sd::ui
