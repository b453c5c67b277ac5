#pragma once

#include <QAbstractTableModel>

#include "core/store/allowancerunstore.h"

namespace skl {

// A run's lines (one per worker paid), optionally of one workshop, amounts in yuan.
class AllowanceLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EmployeeNo, Name, Unit, Skill, TeamLeader, Mentoring, Total, ColumnCount };

    explicit AllowanceLineModel(QObject *parent = nullptr);
    void setLines(QList<AllowanceLine> lines);
    // Shows only the lines of this site and workshop (both empty: all).
    void setUnit(const QString &site, const QString &workshop);
    const QList<AllowanceLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void select();

    QList<AllowanceLine> m_lines;
    QList<qsizetype> m_rows;
    QString m_site;
    QString m_workshop;
    bool m_all = true;
};

} // namespace skl
