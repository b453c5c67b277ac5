#include "ui/certification/certificationtablemodel.h"

#include <QBrush>
#include <QColor>

namespace skl {

CertificationTableModel::CertificationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CertificationTableModel::setRecords(QList<CertificationRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int CertificationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CertificationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificationTableModel::display(const CertificationRecord &r, int column) const
{
    switch (column) {
    case Id:
        return r.id;
    case Status:
        return CertificationNames::display(r.status);
    case EmployeeNo:
        return r.employeeNo;
    case Name:
        return r.workerName;
    case Workshop:
        return r.site.isEmpty() ? r.workshop : r.site + QStringLiteral(" / ") + r.workshop;
    case Occupation:
        return r.occupation;
    case FromGrade:
        return r.fromGrade ? GradeNames::display(*r.fromGrade) : tr("—");
    case ToGrade:
        return GradeNames::display(r.grade);
    case Way:
        // The honour or project an exceptional promotion rests on, for the approver (issue 17).
        if (r.ground && !r.basis.isEmpty())
            return tr("%1: %2 · %3")
                .arg(CertificationNames::display(r.way), CertificationNames::display(*r.ground),
                    r.basis);
        return r.ground ? tr("%1: %2").arg(
                   CertificationNames::display(r.way), CertificationNames::display(*r.ground))
                        : CertificationNames::display(r.way);
    case Evidence:
        return r.evidence;
    case Date:
        return r.date.toString(Qt::ISODate);
    case ProposedBy:
        return r.proposedBy;
    case DecidedBy:
        return r.status == CertificationStatus::Revoked ? r.revokedBy : r.decidedBy;
    case CertificateNumber:
        return r.certificateNumber;
    case Round:
        return r.roundName;
    }
    return {};
}

QVariant CertificationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const CertificationRecord &r = m_records.at(index.row());
    if (role == Qt::DisplayRole)
        return display(r, index.column());
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (r.status) {
        case CertificationStatus::Proposed:
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        case CertificationStatus::Approved:
            return QBrush(QColor(0x1b, 0x7a, 0x34));
        case CertificationStatus::Rejected:
        case CertificationStatus::Revoked:
            return QBrush(QColor(0xa8, 0x1d, 0x1d));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (r.status == CertificationStatus::Rejected && !r.decisionReason.isEmpty())
            return tr("Rejected: %1").arg(r.decisionReason);
        if (r.status == CertificationStatus::Revoked)
            return tr("Revoked: %1").arg(r.revokeReason);
        if (index.column() == Evidence)
            return r.evidence;
    }
    return {};
}

QVariant CertificationTableModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case Status:
        return tr("Status");
    case EmployeeNo:
        return tr("Employee No.");
    case Name:
        return tr("Name");
    case Workshop:
        return tr("Workshop");
    case Occupation:
        return tr("Occupation");
    case FromGrade:
        return tr("From");
    case ToGrade:
        return tr("To");
    case Way:
        return tr("Way");
    case Evidence:
        return tr("Evidence");
    case Date:
        return tr("Date");
    case ProposedBy:
        return tr("Proposed by");
    case DecidedBy:
        return tr("Decided by");
    case CertificateNumber:
        return tr("Certificate No.");
    case Round:
        return tr("Round");
    }
    return {};
}

} // namespace skl
