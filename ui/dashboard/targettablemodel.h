#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/reports/workforcetargets.h"

namespace skl {

// The target report as a table: the company first, then its sites, then its workshops, one row
// each, with the two ratios coloured by whether their target is met (section 二).
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Level,
        Unit,
        Province,
        Employees,
        Skilled,
        HighSkilled,
        SkilledRatio,
        SkilledTarget,
        HighSkilledRatio,
        HighSkilledTarget,
        ColumnCount
    };
    enum class RowKind { Company, Site, Workshop };

    explicit TargetTableModel(QObject *parent = nullptr);

    void setReport(const TargetReport &report);
    void clear();
    const TargetReport &report() const { return m_report; }
    RowKind kindAt(int row) const;
    const UnitTargets &unitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const UnitTargets &unit, RowKind kind, int column) const;
    QVariant foreground(const UnitTargets &unit, int column) const;
    QString toolTip(const UnitTargets &unit, int column) const;

    TargetReport m_report;
    bool m_hasReport = false;
};

} // namespace skl
