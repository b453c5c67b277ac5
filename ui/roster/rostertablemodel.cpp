#include "ui/roster/rostertablemodel.h"

#include <QLocale>

#include "core/domain/cellvalues.h"
#include "core/exporting/rosterviewexport.h"
#include "core/store/workerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

// The export of the roster as shown names the columns by the model's numbers.
static_assert(int(RosterViewExport::Column::EmployeeNo) == RosterTableModel::EmployeeNo);
static_assert(int(RosterViewExport::Column::IdNumber) == RosterTableModel::IdNumber);
static_assert(int(RosterViewExport::Column::LeaveDate) + 1 == RosterTableModel::ColumnCount);

namespace {

    std::optional<RosterQuery::SortKey> sortKeyOf(int column)
    {
        switch (column) {
        case RosterTableModel::EmployeeNo:
            return RosterQuery::SortKey::EmployeeNo;
        case RosterTableModel::Name:
            return RosterQuery::SortKey::Name;
        case RosterTableModel::Grade:
            return RosterQuery::SortKey::Grade;
        case RosterTableModel::GradeDate:
            return RosterQuery::SortKey::GradeDate;
        case RosterTableModel::HireDate:
            return RosterQuery::SortKey::HireDate;
        default:
            return std::nullopt;
        }
    }

    QString shortDate(QDate date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

} // namespace

RosterTableModel::RosterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RosterTableModel::setWorkers(WorkerStore *workers, const Officer &reader)
{
    m_workers = workers;
    m_reader = reader;
    reload();
}

void RosterTableModel::setFilter(const RosterFilter &filter)
{
    m_query.filter = filter;
    reload();
}

int RosterTableModel::columnOf(RosterQuery::SortKey key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortKeyOf(column) == key)
            return column;
    }
    return EmployeeNo;
}

bool RosterTableModel::isSortable(int column)
{
    return sortKeyOf(column).has_value();
}

void RosterTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_readAhead.clear();
    m_lastKey.reset();
    m_readToEnd = m_workers == nullptr;
    endResetModel();
    fetchMore({}); // the first page at once, so the view is never briefly empty
}

int RosterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RosterTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && (!m_readAhead.isEmpty() || !m_readToEnd);
}

void RosterTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_workers)
        return;
    if (m_readAhead.isEmpty() && !m_readToEnd) {
        // The first page alone, so that it shows as soon as possible.
        const int wanted = m_rows.isEmpty() ? kPageSize : kReadAhead;
        auto read = m_workers->page(m_reader, m_query, m_lastKey, wanted);
        if (!read) {
            m_readToEnd = true;
            Q_EMIT loadFailed(read.error());
            return;
        }
        m_readToEnd = read->size() < wanted;
        if (!read->isEmpty())
            m_lastKey = m_query.keyOf(read->constLast());
        m_readAhead = std::move(*read);
    }
    if (m_readAhead.isEmpty())
        return;
    const qsizetype shown = std::min<qsizetype>(kPageSize, m_readAhead.size());
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + shown - 1));
    m_rows.append(m_readAhead.cbegin(), m_readAhead.cbegin() + shown);
    m_readAhead.remove(0, shown);
    endInsertRows();
}

void RosterTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key || (*key == m_query.sortKey && order == m_query.order))
        return;
    m_query.sortKey = *key;
    m_query.order = order;
    reload();
}

QVariant RosterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Frontline || index.column() == TeamLeader || index.column() == Gender)
            return Qt::AlignCenter;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Grade && row.grade)
            return GradeNames::chineseWithLevel(*row.grade);
        return {};
    default:
        return {};
    }
}

QVariant RosterTableModel::display(const WorkerRow &row, int column) const
{
    switch (Column(column)) {
    case EmployeeNo:
        return row.employeeNo;
    case Name:
        return row.name;
    case Gender:
        if (!row.gender)
            return QString();
        return *row.gender == skl::Gender::Male ? tr("Male") : tr("Female");
    case IdNumber:
        return row.maskedIdNumber;
    case Site:
        return row.site;
    case Workshop:
        return row.workshop;
    case Occupation:
        return row.occupation;
    case Grade:
        return row.grade ? GradeNames::display(*row.grade) : QString();
    case GradeDate:
        return shortDate(row.gradeDate);
    case Frontline:
        return row.frontline ? tr("Yes") : QString();
    case TeamLeader:
        return row.teamLeader ? tr("Yes") : QString();
    case HireDate:
        return shortDate(row.hireDate);
    case LeaveDate:
        return shortDate(row.leaveDate);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The periods pay the allowance; the column shows them, not the imported flag (issue #12).
    if (role == Qt::ToolTipRole && section == TeamLeader)
        return tr("Yes when a team-leader period covers today: those periods pay the team-leader "
                  "allowance. A roster import with 班组长 = 是 opens one from the import's day, 否 "
                  "closes it the day before.");
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("Filter by this column above the table; it is not sorted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case EmployeeNo:
        return tr("Employee no.");
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case IdNumber:
        return tr("ID number");
    case Site:
        return tr("Site");
    case Workshop:
        return tr("Workshop");
    case Occupation:
        return tr("Occupation");
    case Grade:
        return tr("Grade");
    case GradeDate:
        return tr("Grade since");
    case Frontline:
        return tr("Frontline");
    case TeamLeader:
        return tr("Team leader");
    case HireDate:
        return tr("Hired");
    case LeaveDate:
        return tr("Left");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace skl
