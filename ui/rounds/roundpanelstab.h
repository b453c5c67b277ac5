#pragma once

#include <array>

#include <QWidget>

#include "ui/rounds/roundcontext.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

// 考评组: the theory exam's invigilators (监考人员), the practical examiners (操作技能 考评员) and,
// for 技师 and above, the review panel (综合评审 考评员), each with what keeps it from assessing
// (RoundPanels::problems) in red, or a green 可以开考.
class RoundPanelsTab : public QWidget
{
    Q_OBJECT
public:
    explicit RoundPanelsTab(QWidget *parent = nullptr);

    void show(const RoundContext &context);
    QTableWidget *table(AssessmentPart part) const { return m_groups[int(part)].table; }
    QLabel *check(AssessmentPart part) const { return m_groups[int(part)].check; }
    QPushButton *addButton(AssessmentPart part) const { return m_groups[int(part)].add; }
    QPushButton *removeButton(AssessmentPart part) const { return m_groups[int(part)].remove; }
    bool isShown(AssessmentPart part) const;
    // Adds a member by the officer; a refusal (naming both people of a 回避) is shown.
    bool addStaff(AssessmentPart part, const QString &employeeNo, const QString &certificateNo);

Q_SIGNALS:
    void written();

private:
    struct Group
    {
        QGroupBox *box = nullptr;
        QTableWidget *table = nullptr;
        QLabel *check = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        QList<RoundStaffMember> staff;
    };
    void askToAdd(AssessmentPart part);
    void removeSelected(AssessmentPart part);

    std::optional<RoundContext> m_context;
    std::array<Group, 3> m_groups;
};

} // namespace skl
