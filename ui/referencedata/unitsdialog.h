#pragma once

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/store/unitstore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;

// 基础数据 ▸ Sites and workshops (issue 15): every site with its province (东部地区 or not: the
// 35 % target follows it) and every workshop with its site, how many workers and workshop heads
// each has. hr adds, renames and moves them and deletes what nothing uses; the form under each
// list checks the name as it is typed. Others read, the acts disabled with the role they need.
class UnitsDialog : public QDialog
{
    Q_OBJECT
public:
    UnitsDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    // Reads the lists again, keeping the selected rows.
    void reload();

    QTableWidget *sitesTable() const { return m_sites; }
    QTableWidget *workshopsTable() const { return m_workshops; }
    QLineEdit *siteName() const { return m_siteName; }
    QComboBox *siteProvince() const { return m_siteProvince; }
    QPushButton *saveSiteButton() const { return m_saveSite; }
    QPushButton *newSiteButton() const { return m_newSite; }
    QPushButton *removeSiteButton() const { return m_removeSite; }
    QLineEdit *workshopName() const { return m_workshopName; }
    QComboBox *workshopSite() const { return m_workshopSite; }
    QPushButton *saveWorkshopButton() const { return m_saveWorkshop; }
    QPushButton *newWorkshopButton() const { return m_newWorkshop; }
    QPushButton *removeWorkshopButton() const { return m_removeWorkshop; }
    // Why the site or workshop form cannot be saved, or the last refusal; empty when nothing is.
    QString siteProblem() const;
    QString workshopProblem() const;

    // What the buttons do.
    void saveSite();
    void removeSite();
    void saveWorkshop();
    void removeWorkshop();
    // Empties a form for a new site or workshop.
    void startNewSite();
    void startNewWorkshop();

Q_SIGNALS:
    // A site or workshop was written: the window reloads the roster and the targets.
    void unitsChanged();

private:
    void fillSites();
    void fillWorkshops();
    void showSelectedSite();
    void showSelectedWorkshop();
    void checkSite();
    void checkWorkshop();
    qint64 selectedSiteId() const;
    qint64 selectedWorkshopId() const;
    bool mayEdit() const;
    void written(const Status &done, QLabel *problem);

    Connection &m_connection;
    Officer m_by;
    QList<SiteEntry> m_siteRows;
    QList<WorkshopEntry> m_workshopRows;
    QTableWidget *m_sites;
    QLineEdit *m_siteName;
    QComboBox *m_siteProvince;
    QLabel *m_siteProblem;
    QPushButton *m_newSite;
    QPushButton *m_saveSite;
    QPushButton *m_removeSite;
    QTableWidget *m_workshops;
    QComboBox *m_workshopSite;
    QLineEdit *m_workshopName;
    QLabel *m_workshopProblem;
    QPushButton *m_newWorkshop;
    QPushButton *m_saveWorkshop;
    QPushButton *m_removeWorkshop;
};

} // namespace skl
