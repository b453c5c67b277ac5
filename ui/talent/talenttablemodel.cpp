#include "ui/talent/talenttablemodel.h"

#include "core/reports/talentpool.h"

namespace skl {

TalentTableModel::TalentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TalentTableModel::setWorkers(QList<TalentWorker> workers)
{
    beginResetModel();
    m_workers = std::move(workers);
    endResetModel();
}

int TalentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int TalentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TalentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workers.size())
        return {};
    const TalentWorker &w = m_workers[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Apprentices)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        // The long lists read whole in the tooltip; the cell may be cut by its width.
        switch (index.column()) {
        case Honours:
            return TalentPool::honoursText(w);
        case Medals:
            return TalentPool::medalsText(w);
        case Studios:
            return TalentPool::studiosText(w);
        case Projects:
            return TalentPool::projectsText(w);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EmployeeNo:
        return w.employeeNo;
    case Name:
        return w.name;
    case Site:
        return w.site;
    case Workshop:
        return w.workshop;
    case Occupation:
        return w.occupation;
    case Grade:
        return w.grade ? GradeNames::display(*w.grade) : QString();
    case CertificateNo:
        return w.certificateNo;
    case Reasons:
        return TalentPool::reasonsText(w);
    case Honours:
        return TalentPool::honoursText(w);
    case Medals:
        return TalentPool::medalsText(w);
    case Studios:
        return TalentPool::studiosText(w);
    case Projects:
        return TalentPool::projectsText(w);
    case Apprentices:
        return w.apprenticesTrained;
    default:
        return {};
    }
}

QVariant TalentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmployeeNo:
        return tr("Employee No.");
    case Name:
        return tr("Name");
    case Site:
        return tr("Site");
    case Workshop:
        return tr("Workshop");
    case Occupation:
        return tr("Occupation");
    case Grade:
        return tr("Grade");
    case CertificateNo:
        return tr("Certificate No.");
    case Reasons:
        return tr("In the pool for");
    case Honours:
        return tr("Honours");
    case Medals:
        return tr("Competition medals");
    case Studios:
        return tr("Studios");
    case Projects:
        return tr("Projects");
    case Apprentices:
        return tr("Apprentices trained");
    default:
        return {};
    }
}

} // namespace skl
