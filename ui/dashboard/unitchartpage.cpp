#include "ui/dashboard/unitchartpage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace skl {

UnitChartPage::UnitChartPage(
    QList<UnitTargets> units, QString level, bool withSite, UnitClicked clicked, QWidget *parent)
    : QWidget(parent)
    , m_units(std::move(units))
    , m_level(std::move(level))
    , m_withSite(withSite)
    , m_clicked(std::move(clicked))
    , m_ratio(new QComboBox(this))
    , m_view(new QChartView(this))
{
    m_ratio->addItem(tr("Skilled workers of employees"), int(TargetCharts::Ratio::Skilled));
    m_ratio->addItem(tr("High-skilled of skilled workers"), int(TargetCharts::Ratio::HighSkilled));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Share:"), this));
    bar->addWidget(m_ratio);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Click a bar to see the unit's workers."), this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    // Each unit's bar keeps room for its name (Qt Charts elides names that lack it); when the
    // units outgrow the window, the chart scrolls.
    constexpr int kPixelsPerUnit = 34;
    constexpr int kChartFrame = 170; // title, axis and margins
    m_view->setMinimumHeight(int(m_units.size()) * kPixelsPerUnit + kChartFrame);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_view);
    layout->addWidget(scroll, 1);
    connect(m_ratio, &QComboBox::currentIndexChanged, this, &UnitChartPage::rebuild);
    rebuild();
}

void UnitChartPage::setRatio(TargetCharts::Ratio ratio)
{
    m_ratio->setCurrentIndex(m_ratio->findData(int(ratio)));
}

void UnitChartPage::rebuild()
{
    const auto ratio = TargetCharts::Ratio(m_ratio->currentData().toInt());
    const QString title = ratio == TargetCharts::Ratio::Skilled
        ? tr("%1: skilled workers of employees").arg(m_level)
        : tr("%1: high-skilled of skilled workers").arg(m_level);
    QChart *old = m_view->chart();
    m_view->setChart(TargetCharts::unitRatios(
        m_units, ratio, title, m_withSite, [this](int index) { m_clicked(m_units.at(index)); }));
    delete old;
}

} // namespace skl
