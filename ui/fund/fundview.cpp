#include "ui/fund/fundview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/domain/figureformat.h"
#include "core/exporting/fundexport.h"
#include "core/store/connection.h"
#include "core/store/exportlog.h"
#include "ui/fund/wagebilldialog.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    Result<FundPage> loadPage(const QString &path, const Officer &by, int year)
    {
        return withConnection(
            path, Connection::Mode::MustExist, [&by, year](QSqlDatabase &db) -> Result<FundPage> {
                auto trend = EducationFundStore::trend(db, by, year);
                if (!trend)
                    return trend.error();
                auto units = EducationFundStore::byUnit(db, by, year);
                if (!units)
                    return units.error();
                const FundYear last = trend->constLast();
                return FundPage { last, std::move(*units), std::move(*trend) };
            });
    }

    void allowFor(QAbstractButton *button, const Officer &officer, Act act, bool enabled)
    {
        const bool may = officer.may(act);
        button->setEnabled(may && enabled);
        button->setToolTip(may || officer.id == 0
                ? QString()
                : FundView::tr("Needs the role %1.").arg(Permissions::rolesFor(act).titles()));
    }

    QString yuan(std::optional<Fen> amount)
    {
        return amount ? FundView::tr("%1 yuan").arg(FigureFormat::amount(*amount))
                      : FundView::tr("none");
    }

    QString shareText(const std::optional<Fraction> &share)
    {
        return share ? EducationFund::percentText(*share) : u"—"_s;
    }

    // Chart coordinates only: the bars need yuan as numbers.
    double chartYuan(Fen amount)
    {
        return double(amount.fen()) / 100;
    }

    const QColor kMet(0x1b, 0x7a, 0x3d);
    const QColor kNotMet(0xa8, 0x1d, 0x1d);
    const QColor kNoShare(0x6b, 0x6b, 0x6b);

    QColor verdictColour(std::optional<bool> met)
    {
        return !met ? kNoShare : *met ? kMet : kNotMet;
    }

} // namespace

FundView::FundView(QWidget *parent)
    : QWidget(parent)
    , m_year(new QSpinBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_wageBill(new QPushButton(tr("Enter the wage bill…"), this))
    , m_figures(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_status(new QLabel(this))
    , m_units(newReadOnlyTable(this,
          { tr("Site"), tr("Workshop"), tr("Spent (yuan)"), tr("Frontline (yuan)"),
              tr("Frontline share"), tr("Target") }))
    , m_chart(new QChartView(this))
    , m_loader([](const Request &r) { return loadPage(r.path, r.officer, r.year); },
          [this](const Request &, Result<FundPage> result) {
              updateButtons();
              if (!result) {
                  ErrorPresenter::show(this, tr("Education fund"), result.error());
                  return;
              }
              display(std::move(*result));
          })
{
    HelpTopic::set(this, u"fund"_s);
    m_year->setRange(1905, 9998);
    // Last year's accounts are the ones closed: the page opens on them.
    m_year->setValue(QDate::currentDate().year() - 1);
    m_year->setGroupSeparatorShown(false);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumWidth(180);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_refresh);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_wageBill);
    bar->addWidget(m_export);
    auto *top = new QHBoxLayout;
    top->addWidget(m_figures, 1);
    top->addWidget(m_verdict);
    auto *figures = new QWidget(this);
    auto *lower = new QVBoxLayout(figures);
    lower->setContentsMargins(0, 0, 0, 0);
    lower->addWidget(new QLabel(tr("By site and workshop (the workers' current units)"), this));
    lower->addWidget(m_units);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(figures);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &FundView::refresh);
    connect(m_year, &QSpinBox::valueChanged, this, &FundView::refresh);
    connect(m_export, &QPushButton::clicked, this, &FundView::exportPage);
    connect(m_wageBill, &QPushButton::clicked, this, &FundView::editWageBill);
    updateButtons();
}

void FundView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_loader.discard();
    m_connection = connection;
    display({});
    updateButtons();
    m_stale = true;
    if (isVisible())
        refresh();
}

void FundView::setYear(int year)
{
    m_year->setValue(year);
}

int FundView::year() const
{
    return m_year->value();
}

void FundView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FundView::refresh()
{
    m_stale = !isVisible();
    if (m_stale || !m_connection)
        return;
    m_status->clear();
    if (!m_officer.may(Act::ReadFund)) {
        display({});
        m_figures->setText(tr("Reading the education fund needs the role %1.")
                               .arg(Permissions::rolesFor(Act::ReadFund).titles()));
        return;
    }
    m_refresh->setEnabled(false);
    m_figures->setText(tr("Computing the education fund of %1…").arg(m_year->value()));
    m_loader.load({ m_connection->path(), m_year->value(), m_officer });
}

void FundView::updateButtons()
{
    const bool open = m_connection != nullptr;
    allowFor(m_refresh, m_officer, Act::ReadFund, open);
    allowFor(m_export, m_officer, Act::ReadFund, open && m_loaded);
    // Only payroll enters the wage bill; the others read the page (issue 17).
    m_wageBill->setVisible(m_officer.may(Act::EnterWageBill));
    allowFor(m_wageBill, m_officer, Act::EnterWageBill, open && m_loaded);
}

void FundView::display(FundPage page)
{
    m_page = std::move(page);
    m_loaded = m_page.year.figures.year != 0;
    m_units->setRowCount(0);
    fillChart();
    updateButtons();
    if (!m_loaded) {
        m_figures->clear();
        m_verdict->clear();
        return;
    }
    showFigures();
    m_units->setRowCount(int(m_page.units.size()));
    for (int row = 0; row < m_page.units.size(); ++row) {
        const FundUnitRow &u = m_page.units[row];
        const QStringList cells { u.site.isEmpty() ? tr("(no site)") : u.site,
            u.workshop.isEmpty() ? tr("(no workshop)") : u.workshop, FigureFormat::amount(u.spent),
            FigureFormat::amount(u.frontline), shareText(u.share),
            EducationFund::verdictText(u.met) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 5)
                item->setForeground(verdictColour(u.met));
            m_units->setItem(row, column, item);
        }
    }
    m_units->resizeColumnsToContents();
    Q_EMIT refreshed();
}

void FundView::showFigures()
{
    const FundFigures &f = m_page.year.figures;
    const WageBill &bill = m_page.year.wageBill;
    QString source;
    switch (bill.source) {
    case WageBillSource::Entered:
        source = tr("entered by %1 on %2").arg(bill.enteredBy, bill.enteredAt.left(10));
        if (!bill.note.isEmpty())
            source += tr(": %1").arg(bill.note);
        break;
    case WageBillSource::PayRecords:
        source = tr("computed from the pay records (monthly pay × days in service)");
        if (bill.workersWithoutPay > 0)
            source += tr("; %n of %1 worker(s) in service have no pay record and are not in it",
                nullptr, int(bill.workersWithoutPay))
                          .arg(bill.workersInService);
        break;
    case WageBillSource::None:
        source = tr("no pay records and no entered figure: payroll may enter it");
        break;
    }
    const auto row = [](const QString &label, const QString &value, const QString &note = {}) {
        return u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td style=\"color:#555\">"
               "&nbsp;&nbsp;%3</td></tr>"_s.arg(
                   label.toHtmlEscaped(), value.toHtmlEscaped(), note.toHtmlEscaped());
    };
    QString html = u"<table cellspacing=\"2\">"_s;
    html += row(tr("Wage bill %1").arg(f.year), yuan(f.wageBill), source);
    html += row(tr("Deductible cap"), yuan(f.cap),
        f.cap ? tr("the wage bill × the policy's percentage") : tr("none without a wage bill"));
    html += row(
        tr("Spent on training"), yuan(f.spent), tr("training records that start in the year"));
    html += row(tr("Of it on frontline workers"), yuan(f.frontline));
    html += row(tr("Frontline share"), shareText(f.frontlineShare),
        tr("target at least %1").arg(EducationFund::percentText(f.frontlineTarget)));
    html += u"</table>"_s;
    m_figures->setText(html);
    m_verdict->setText(EducationFund::verdictText(f.met));
    m_verdict->setStyleSheet(
        u"color: %1; border: 2px solid %1; padding: 8px;"_s.arg(verdictColour(f.met).name()));
    m_verdict->setToolTip(
        f.frontlineShare ? QString() : tr("Nothing was spent: there is no share."));
}

// Five years: spent and frontline cost as bars (yuan, left), the frontline share as a line
// against the target line (%, right).
void FundView::fillChart()
{
    auto *chart = new QChart;
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    if (m_page.trend.isEmpty()) {
        chart->setTitle(tr("The five years' trend shows once the fund is read."));
        return;
    }
    chart->setTitle(tr("Education fund %1–%2: spending and the frontline share")
                        .arg(m_page.trend.constFirst().figures.year)
                        .arg(m_page.trend.constLast().figures.year));
    auto *spent = new QBarSet(tr("Spent (yuan)"));
    auto *frontline = new QBarSet(tr("On frontline workers (yuan)"));
    spent->setColor(QColor(0x7a, 0x9c, 0xc6));
    frontline->setColor(QColor(0x1f, 0x5f, 0xa8));
    auto *share = new QLineSeries;
    share->setName(tr("Frontline share (%)"));
    share->setPointsVisible(true);
    share->setColor(QColor(0xd9, 0x82, 0x1e));
    auto *target = new QLineSeries;
    target->setName(tr("Target (%)"));
    QPen dashed(kNotMet);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    target->setPen(dashed);
    QStringList years;
    double top = 0;
    for (int i = 0; i < m_page.trend.size(); ++i) {
        const FundFigures &f = m_page.trend[i].figures;
        years += QString::number(f.year);
        *spent << chartYuan(f.spent);
        *frontline << chartYuan(f.frontline);
        top = std::max(top, chartYuan(f.spent));
        // A year without spending has no share: the line skips it rather than drop to 0.
        if (f.frontlineShare)
            share->append(i, 100 * f.frontlineShare->toDouble());
        target->append(i - 0.5, 100 * f.frontlineTarget.toDouble());
        target->append(i + 0.5, 100 * f.frontlineTarget.toDouble());
    }
    auto *bars = new QBarSeries;
    bars->append({ spent, frontline });
    chart->addSeries(bars);
    chart->addSeries(target);
    chart->addSeries(share);
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    auto *x = new QBarCategoryAxis;
    x->append(years);
    auto *money = new QValueAxis;
    money->setRange(0, std::max(top * 1.15, 100.0));
    money->setLabelFormat(u"%.0f"_s);
    money->setTitleText(tr("yuan"));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    // The unit in the title: QtCharts keeps a "%%" of the label format as two characters.
    percent->setLabelFormat(u"%.0f"_s);
    percent->setTitleText(tr("frontline share, %"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(money);
    for (QLineSeries *line : { share, target }) {
        line->attachAxis(x);
        line->attachAxis(percent);
    }
    money->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void FundView::exportPage()
{
    if (!m_connection || !m_loaded)
        return;
    const int year = m_page.year.figures.year;
    QString chosenFilter = tr("Excel workbook (*.xlsx)");
    const QString path = SaveFileDialog::ask(this, tr("Export the education fund"),
        tr("education-fund-%1.xlsx").arg(year),
        tr("Excel workbook (*.xlsx)") + u";;"_s + tr("CSV, UTF-8 (*.csv)"), &chosenFilter);
    if (path.isEmpty())
        return;
    // A few dozen rows: written here. Every file that leaves the program is audited (issue 13).
    Status done = FundExport::write(path, m_page.year, m_page.units, m_page.trend);
    if (done)
        done = ExportLog::record(m_connection->db(), m_officer, u"export-fund"_s,
            tr("the education fund of %1").arg(year), m_page.units.size(), path);
    if (!done)
        return ErrorPresenter::show(this, tr("Export the education fund"), done.error());
    m_status->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

void FundView::editWageBill()
{
    if (!m_connection || !m_loaded)
        return;
    WageBillDialog dialog(
        *m_connection, m_officer, m_page.year.figures.year, m_page.year.wageBill, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace skl
