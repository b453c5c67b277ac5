#pragma once

#include <QDialog>
#include <QHash>

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
// The values shown are those in force on the chosen date; only changed ones are recorded.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyDialog(Connection &connection, QWidget *parent = nullptr);

    void accept() override;
    // For tests: the editor of a key.
    QWidget *editorFor(const QString &key) const { return m_editors.value(key); }
    QDateEdit *effectiveFrom() const { return m_from; }

private:
    QWidget *policyPage();
    QWidget *certificatePage();
    QWidget *historyPage();
    void load();
    void chooseSeal();
    QString valueOf(const QString &key) const;

    Connection &m_connection;
    QDateEdit *m_from;
    QTabWidget *m_tabs;
    QHash<QString, QWidget *> m_editors; // key → QSpinBox, QLineEdit or QComboBox
    QHash<QString, QString> m_loaded;
    QLabel *m_seal = nullptr;
    QByteArray m_newSeal;
    QFontComboBox *m_font = nullptr;
    QLabel *m_problem;
};

} // namespace skl
