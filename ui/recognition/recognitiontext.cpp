#include "ui/recognition/recognitiontext.h"

#include <QTableWidget>

#include "core/store/paystore.h"

using namespace Qt::StringLiterals;

namespace skl {

QString RecognitionText::worker(const NamedWorker &worker)
{
    if (worker.hidden)
        return tr("(another workshop)");
    return u"%1 %2"_s.arg(worker.employeeNo, worker.name);
}

QString RecognitionText::qualification(const ProjectMemberRecord &member)
{
    if (member.worker.hidden)
        return {};
    QStringList parts;
    if (member.grade)
        parts += GradeNames::display(*member.grade);
    if (member.titleLevel > 0)
        parts += PayStore::titleName(member.titleLevel);
    return parts.isEmpty() ? tr("none") : parts.join(u" / ");
}

void RecognitionText::fillRow(QTableWidget *table, int row, const QStringList &cells, bool struck)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (struck) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
        }
        table->setItem(row, column, item);
    }
}

} // namespace skl
