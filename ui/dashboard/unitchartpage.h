#pragma once

#include <functional>

#include <QWidget>

#include "core/reports/workforcetargets.h"
#include "ui/dashboard/targetcharts.h"

class QChartView;
class QComboBox;

namespace skl {

// One level of units (sites or workshops) in one chart at the full height of the page, with a
// choice of the ratio shown: twenty workshops do not fit twice on one page.
class UnitChartPage : public QWidget
{
    Q_OBJECT
public:
    using UnitClicked = std::function<void(const UnitTargets &unit)>;

    UnitChartPage(QList<UnitTargets> units, QString level, bool withSite, UnitClicked clicked,
        QWidget *parent = nullptr);

    void setRatio(TargetCharts::Ratio ratio);
    QChartView *chartView() const { return m_view; }

private:
    void rebuild();

    QList<UnitTargets> m_units;
    QString m_level;
    bool m_withSite;
    UnitClicked m_clicked;
    QComboBox *m_ratio = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace skl
