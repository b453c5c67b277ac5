#include "ui/certification/duetablemodel.h"

#include <QFont>

namespace skl {

DueTableModel::DueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_header(DueList::header())
{ }

void DueTableModel::setList(QList<DueWorker> due, TargetPlan plan)
{
    beginResetModel();
    m_due = std::move(due);
    m_plan = std::move(plan);
    select();
    endResetModel();
}

void DueTableModel::setWorkshop(qint64 workshopId)
{
    beginResetModel();
    m_workshopId = workshopId;
    select();
    endResetModel();
}

void DueTableModel::select()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_due.size(); ++i) {
        if (m_workshopId == 0 || m_due[i].workshopId == m_workshopId)
            m_rows += i;
    }
}

int DueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant DueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DueWorker &w = workerAt(index.row());
    if (role == Qt::DisplayRole) {
        // Grades in the UI language on screen; the export keeps the official Chinese terms.
        switch (index.column()) {
        case 5:
            return GradeNames::display(w.grade);
        case 8:
            return GradeNames::display(w.next);
        default:
            return DueList::cells(w, &m_plan).value(index.column());
        }
    }
    if (role == Qt::FontRole && m_plan.recommendedBy.contains(w.workerId)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant DueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_header.value(section);
    return {};
}

} // namespace skl
