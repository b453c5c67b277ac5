#pragma once

#include <QDialog>

#include "core/store/competitionstore.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace skl {

// A new competition (技能竞赛). Its level has no default: a preselected 世界技能大赛 was saved
// unnoticed for a plant's own contest, and the level decides the promotion the policy offers.
class CompetitionDialog : public QDialog
{
    Q_OBJECT
public:
    // occupations: the company's, by name, for a competition held in one occupation.
    explicit CompetitionDialog(const QStringList &occupations, QWidget *parent = nullptr);

    // What was entered, for CompetitionStore::add (by is left to the caller).
    CompetitionInput input() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *levelChooser() const { return m_level; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit *m_name;
    QComboBox *m_level;
    QLineEdit *m_organiser;
    QDateEdit *m_date;
    QComboBox *m_occupation;
    QDialogButtonBox *m_buttons;
};

} // namespace skl
