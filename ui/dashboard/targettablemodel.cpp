#include "ui/dashboard/targettablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include "core/reports/targetreportformat.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QColor kMet(0x1b, 0x7f, 0x3b); // green: target met
    const QColor kNotMet(0xc6, 0x28, 0x28); // red: target missed

    QString unitName(const UnitTargets &unit, TargetTableModel::RowKind kind)
    {
        if (kind == TargetTableModel::RowKind::Workshop && !unit.site.isEmpty())
            return unit.site + u" / "_s + unit.name;
        return unit.name;
    }

} // namespace

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TargetTableModel::setReport(const TargetReport &report)
{
    beginResetModel();
    m_report = report;
    m_hasReport = true;
    endResetModel();
}

void TargetTableModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

TargetTableModel::RowKind TargetTableModel::kindAt(int row) const
{
    if (row == 0)
        return RowKind::Company;
    return row <= m_report.sites.size() ? RowKind::Site : RowKind::Workshop;
}

const UnitTargets &TargetTableModel::unitAt(int row) const
{
    switch (kindAt(row)) {
    case RowKind::Company:
        return m_report.company;
    case RowKind::Site:
        return m_report.sites.at(row - 1);
    case RowKind::Workshop:
        break;
    }
    return m_report.workshops.at(row - 1 - m_report.sites.size());
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_hasReport)
        return 0;
    return int(1 + m_report.sites.size() + m_report.workshops.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowKind kind = kindAt(index.row());
    const UnitTargets &unit = unitAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(unit, kind, index.column());
    case Qt::ForegroundRole:
        return foreground(unit, index.column());
    case Qt::ToolTipRole:
        return toolTip(unit, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Employees ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (kind == RowKind::Company) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant TargetTableModel::display(const UnitTargets &unit, RowKind kind, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Level:
        switch (kind) {
        case RowKind::Company:
            return tr("Company");
        case RowKind::Site:
            return tr("Site");
        case RowKind::Workshop:
            return tr("Workshop");
        }
        return {};
    case Unit:
        return unitName(unit, kind);
    case Province:
        return unit.province ? unit.province->shortName() : u"—"_s;
    case Employees:
        return locale.toString(unit.employees);
    case Skilled:
        return locale.toString(unit.skilled);
    case HighSkilled:
        return locale.toString(unit.highSkilled);
    case SkilledRatio:
        return TargetReportFormat::percent(unit.skilledRatio());
    case SkilledTarget:
        return TargetReportFormat::percent(unit.skilledTarget.toDouble());
    case HighSkilledRatio:
        return TargetReportFormat::percent(unit.highSkilledRatio());
    case HighSkilledTarget:
        return TargetReportFormat::percent(unit.highSkilledTarget.toDouble());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetTableModel::foreground(const UnitTargets &unit, int column) const
{
    std::optional<bool> met;
    if (column == SkilledRatio)
        met = unit.skilledTargetMet();
    else if (column == HighSkilledRatio)
        met = unit.highSkilledTargetMet();
    if (!met)
        return {};
    return QBrush(*met ? kMet : kNotMet);
}

QString TargetTableModel::toolTip(const UnitTargets &unit, int column) const
{
    if (column == SkilledRatio) {
        if (!unit.skilledTargetMet())
            return tr("Nobody is in service here on this date, so there is no ratio.");
        return *unit.skilledTargetMet()
            ? tr("Skilled workers are at least %1 of employees: target met.")
                  .arg(TargetReportFormat::percent(unit.skilledTarget.toDouble()))
            : tr("Skilled workers are below %1 of employees: target not met.")
                  .arg(TargetReportFormat::percent(unit.skilledTarget.toDouble()));
    }
    if (column == HighSkilledRatio) {
        if (!unit.highSkilledTargetMet())
            return tr("Nobody here holds a skill grade on this date, so there is no ratio.");
        return *unit.highSkilledTargetMet()
            ? tr("High-skilled workers are at least %1 of skilled workers: target met.")
                  .arg(TargetReportFormat::percent(unit.highSkilledTarget.toDouble()))
            : tr("High-skilled workers are below %1 of skilled workers: target not met.")
                  .arg(TargetReportFormat::percent(unit.highSkilledTarget.toDouble()));
    }
    if (column == HighSkilledTarget && unit.isEastern())
        return tr("The eastern threshold applies: the unit is in an eastern province (东部地区).");
    return {};
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Skilled:
            return tr("Employees in service holding 初级工 or a higher grade");
        case HighSkilled:
            return tr("Employees in service holding 高级工 or a higher grade");
        case SkilledRatio:
            return tr("Skilled workers ÷ employees in service (target T1)");
        case HighSkilledRatio:
            return tr("High-skilled workers ÷ skilled workers (target T2, T3 in the east)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Level:
        return tr("Level");
    case Unit:
        return tr("Unit");
    case Province:
        return tr("Province");
    case Employees:
        return tr("Employees");
    case Skilled:
        return tr("Skilled");
    case HighSkilled:
        return tr("High-skilled");
    case SkilledRatio:
        return tr("Skilled %");
    case SkilledTarget:
        return tr("Target");
    case HighSkilledRatio:
        return tr("High-skilled %");
    case HighSkilledTarget:
        return tr("Target");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace skl
