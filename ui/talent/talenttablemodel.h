#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/talentpoolstore.h"

namespace skl {

// The workers of the talent pool as the page lists them (after its filters): one row a worker,
// the cells as TalentPool formats them for the export, so that screen and file agree.
class TalentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EmployeeNo,
        Name,
        Site,
        Workshop,
        Occupation,
        Grade,
        CertificateNo,
        Reasons,
        Honours,
        Medals,
        Studios,
        Projects,
        Apprentices,
        ColumnCount
    };

    explicit TalentTableModel(QObject *parent = nullptr);

    void setWorkers(QList<TalentWorker> workers);
    const QList<TalentWorker> &workers() const { return m_workers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TalentWorker> m_workers;
};

} // namespace skl
