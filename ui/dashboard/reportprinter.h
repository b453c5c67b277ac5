#pragma once

#include <QCoreApplication>
#include <QFont>

#include "ui/dashboard/dashboardview.h"

class QPagedPaintDevice;
class QChart;

namespace skl {

// The dashboard as a report for leadership: A4 landscape, one page per section (overview, sites,
// workshops, grades, trend), each with the company's name and the as-of date, the chart on the
// left and its figures as a table beside it. Drawn with the print font chosen by name.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(skl::ReportPrinter)
public:
    explicit ReportPrinter(const DashboardData &data);

    // Paints every page on device (a QPrinter for preview and paper, a QPdfWriter for a file).
    void paint(QPagedPaintDevice &device) const;
    static constexpr int kPages = 5;

private:
    struct Section
    {
        QString title;
        QList<QChart *> charts; // owned by the caller of section()
        QString tableHtml;
    };
    Section section(int index) const;
    void paintPage(QPainter &painter, const QRect &page, const Section &section, int number) const;
    QString unitTable(const QList<UnitTargets> &units, bool withSite) const;

    const DashboardData &m_data;
    QFont m_font;
};

} // namespace skl
