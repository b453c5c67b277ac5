#include "ui/rounds/roundproblems.h"

#include <QMessageBox>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace skl {

QString RoundProblems::line(const RowProblem &problem)
{
    if (problem.line > 0)
        return problem.toString();
    const QString who = problem.name.isEmpty() ? problem.employeeNo
                                               : tr("%1 %2").arg(problem.employeeNo, problem.name);
    return who.isEmpty() ? problem.reason : tr("%1: %2").arg(who, problem.reason);
}

void RoundProblems::show(
    QWidget *parent, const QString &title, const QString &headline, const RowProblems &problems)
{
    QStringList lines;
    for (const RowProblem &p : problems)
        lines += line(p);
    QMessageBox box(QMessageBox::Warning, title, headline, QMessageBox::Ok, parent);
    box.setInformativeText(lines.mid(0, 8).join(u'\n'));
    if (lines.size() > 8)
        box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

} // namespace skl
