#pragma once

#include <functional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/exporting/rosterviewexport.h"
#include "core/store/rosterquery.h"

class QPagedPaintDevice;

namespace skl {

// The roster as the officer sees it, on paper (文件 ▸ 打印花名册, `roster print`, issue 15): the
// rows of the screen's filter, search and sort in the columns shown, A4 landscape, every page
// headed by the company, the as-of date and the filter, the table's header row repeated, and
// "第 N 页 共 M 页" at its foot. ID numbers are masked as the screen masks them; no name is ever
// cut (a column too narrow wraps). The rows go through a spool file in three passes (read and
// measure, break into pages, paint), so that a million workers print in bounded memory and the
// page count is known before the first page. Every printout is an audit event (print-roster).
class RosterPrintout
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterPrintout)
public:
    struct Options
    {
        QString fontFamily; // empty: the print font of the settings
        // Called when printing is cancelled while the device is still open: a printer's
        // abort(), so that no partial job reaches the printer.
        std::function<void()> abort;
    };

    RosterPrintout(RosterQuery query, QList<RosterViewExport::Shown> columns, Options options = {});

    // A4 landscape with the printout's margins (a printer's dialog may change them after).
    static void setUp(QPagedPaintDevice &device);
    // Paints every page on device, which setUp() prepared, and records the printout as sent
    // to where (a file or a printer's name). Refused for an officer who may not export the
    // roster. Returns the number of pages.
    Result<int> paint(QSqlDatabase &db, const Officer &by, QPagedPaintDevice &device,
        const QString &where, ProgressSink &progress) const;
    // Writes the printout as a PDF, whole or not at all; returns the number of pages.
    Result<int> writePdf(
        QSqlDatabase &db, const Officer &by, const QString &path, ProgressSink &progress) const;

    // Every column of the roster screen in its order, headed as the screen heads them: what the
    // command line prints.
    static QList<RosterViewExport::Shown> allColumns();

    // The date the printout speaks for: the filter's service date, or today.
    QDate asOf() const;

private:
    struct Layout;
    QString describeFilter(QSqlDatabase &db) const;
    QString sortName() const;

    RosterQuery m_query;
    QList<RosterViewExport::Shown> m_columns;
    Options m_options;
};

} // namespace skl
