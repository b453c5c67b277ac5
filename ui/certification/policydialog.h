#pragma once

#include <QDialog>
#include <QHash>

#include "core/domain/officer.h"

class QComboBox;
class QDateEdit;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace skl {

class Connection;

// 认定政策与证书: the enterprise's certification policy (minimum years per rung, approvers,
// direct and exceptional limits, competition rewards) and its certificate settings (number
// scheme, evaluating body, seal), set from a date on, audited; plus this computer's print font.
// The values shown are those in force on the chosen date; only changed ones are recorded. Only an
// admin changes them (issue 13); a change from a day before today needs a written reason, which
// the audit trail keeps.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyDialog(Connection &connection, const Officer &officer, QWidget *parent = nullptr);

    void accept() override;
    // For tests: the editor of a key.
    QWidget *editorFor(const QString &key) const { return m_editors.value(key); }
    QDateEdit *effectiveFrom() const { return m_from; }
    QLineEdit *reason() const { return m_reason; }
    // The message shown when a change is refused; empty when none.
    QString problem() const;

private:
    QWidget *policyPage();
    QWidget *certificatePage();
    QWidget *assessmentPage();
    QWidget *fundPage();
    QWidget *historyPage();
    void load();
    void chooseSeal();
    void updateReason();
    void showProblem(const QString &message);
    QString valueOf(const QString &key) const;

    Connection &m_connection;
    Officer m_officer;
    QDateEdit *m_from;
    QLineEdit *m_reason;
    QTabWidget *m_tabs;
    QHash<QString, QWidget *> m_editors; // key → QSpinBox, QLineEdit or QComboBox
    QHash<QString, QString> m_loaded;
    QLabel *m_seal = nullptr;
    QByteArray m_newSeal;
    QFontComboBox *m_font = nullptr;
    QLabel *m_problem;
};

} // namespace skl
