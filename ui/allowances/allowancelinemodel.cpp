#include "ui/allowances/allowancelinemodel.h"

#include "core/domain/figureformat.h"

namespace skl {

AllowanceLineModel::AllowanceLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AllowanceLineModel::setLines(QList<AllowanceLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    select();
    endResetModel();
}

void AllowanceLineModel::setUnit(const QString &site, const QString &workshop)
{
    beginResetModel();
    m_site = site;
    m_workshop = workshop;
    m_all = site.isNull() && workshop.isNull();
    select();
    endResetModel();
}

void AllowanceLineModel::select()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_all || (m_lines[i].site == m_site && m_lines[i].workshop == m_workshop))
            m_rows += i;
    }
}

int AllowanceLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllowanceLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllowanceLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AllowanceLine &line = m_lines.at(m_rows.at(index.row()));
    if (role == Qt::TextAlignmentRole && index.column() >= Skill)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EmployeeNo:
        return line.employeeNo;
    case Name:
        return line.name;
    case Unit:
        return line.site.isEmpty() ? line.workshop
                                   : line.site + QStringLiteral(" / ") + line.workshop;
    case Skill:
        return FigureFormat::amount(line.amounts.skill);
    case TeamLeader:
        return FigureFormat::amount(line.amounts.teamLeader);
    case Mentoring:
        return FigureFormat::amount(line.amounts.mentoring);
    case Total:
        return FigureFormat::amount(line.amounts.total());
    }
    return {};
}

QVariant AllowanceLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmployeeNo:
        return tr("Employee No.");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Workshop");
    case Skill:
        return tr("Skill (yuan)");
    case TeamLeader:
        return tr("Team leader (yuan)");
    case Mentoring:
        return tr("Mentoring (yuan)");
    case Total:
        return tr("Total (yuan)");
    }
    return {};
}

} // namespace skl
