#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/certificationstore.h"

namespace skl {

// Certifications as a table, newest first, with their status coloured.
class CertificationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Status,
        EmployeeNo,
        Name,
        Workshop,
        Occupation,
        FromGrade,
        ToGrade,
        Way,
        Evidence,
        Date,
        ProposedBy,
        DecidedBy,
        CertificateNumber,
        Round,
        ColumnCount
    };

    explicit CertificationTableModel(QObject *parent = nullptr);

    void setRecords(QList<CertificationRecord> records);
    const CertificationRecord &recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CertificationRecord &r, int column) const;
    QList<CertificationRecord> m_records;
};

} // namespace skl
