#include "core/printing/rosterprintout.h"

#include <numeric>

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include "core/common/appsettings.h"
#include "core/domain/grade.h"
#include "core/printing/reportblock.h"
#include "core/printing/rowspool.h"
#include "core/store/companystore.h"
#include "core/store/exportlog.h"
#include "core/store/officerstore.h"
#include "core/store/workerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    using Column = RosterViewExport::Column;

    constexpr int kPdfResolution = 300;
    // Rows read from the database at a time: the screen's keyset page.
    constexpr int kReadPage = 2000;
    constexpr double kBodyPoints = 9;
    constexpr double kTitlePoints = 14;
    constexpr double kSmallPoints = 8.5;
    // Measured strings remembered per column: units, grades and flags repeat over a roster.
    constexpr qsizetype kRememberedStrings = 4096;
    const QMarginsF kMarginsMm(12, 10, 12, 9);

    // The columns whose text may be long enough to wrap: names of people and units.
    bool mayWrap(Column column)
    {
        return column == Column::Name || column == Column::Site || column == Column::Workshop
            || column == Column::Occupation;
    }

    Error cannotWrite(const QString &path, const QString &reason)
    {
        return Error { RosterPrintout::tr("%1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), reason),
            {} };
    }

    Error cancelled()
    {
        return Error { RosterPrintout::tr("Printing was cancelled; nothing was printed."), {} };
    }

    // Steps of the three passes, for one progress bar: read, break into pages, paint.
    class Passes
    {
    public:
        Passes(ProgressSink &progress, qint64 rows)
            : m_progress(progress)
            , m_rows(std::max<qint64>(rows, 1))
        { }
        void report(int pass, qint64 done)
        {
            m_progress.report(pass * m_rows + std::min(done, m_rows), 3 * m_rows);
        }
        void setRows(qint64 rows) { m_rows = std::max<qint64>(rows, 1); }

    private:
        ProgressSink &m_progress;
        qint64 m_rows;
    };

} // namespace

// The measures of the printout on its device: the columns' widths and fonts, and where the
// parts of a page go.
struct RosterPrintout::Layout
{
    ReportStyle style;
    QFont body;
    QFont bold;
    double padding = 0;
    QList<double> widths;
    QList<bool> wrapping; // a text of the column may be wider than the column: it wraps
    double lineHeight = 0; // a row of one line
    double headHeight = 0; // the table's header row
    double headingHeight = 0;
    double descriptionHeight = 0;
    QRectF area;
    QRectF table; // the table's room on every page, its header row included

    double textWidth(qsizetype column) const
    {
        // A little narrower than drawn: text at its exact width may wrap when drawn.
        return widths[column] - 2 * padding - 0.25 * style.mm;
    }
    double rowHeight(const QStringList &cells) const
    {
        double h = lineHeight;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (wrapping[c])
                h = std::max(h, style.wrappedHeight(body, textWidth(c), cells[c]) + 2 * padding);
        }
        return h;
    }
    double room() const { return table.height() - headHeight; }
    void fitColumns(const QList<double> &widest, const QList<double> &headers,
        const QList<bool> &wrappable, double width);
};

RosterPrintout::RosterPrintout(
    RosterQuery query, QList<RosterViewExport::Shown> columns, Options options)
    : m_query(std::move(query))
    , m_columns(std::move(columns))
    , m_options(std::move(options))
{
    if (m_options.fontFamily.isEmpty())
        m_options.fontFamily = AppSettings::printFont();
}

QList<RosterViewExport::Shown> RosterPrintout::allColumns()
{
    return { { Column::EmployeeNo, tr("Employee no.") }, { Column::Name, tr("Name") },
        { Column::Gender, tr("Gender") }, { Column::IdNumber, tr("ID number") },
        { Column::Site, tr("Site") }, { Column::Workshop, tr("Workshop") },
        { Column::Occupation, tr("Occupation") }, { Column::Grade, tr("Grade") },
        { Column::GradeDate, tr("Grade since") }, { Column::Frontline, tr("Frontline") },
        { Column::TeamLeader, tr("Team leader") }, { Column::HireDate, tr("Hired") },
        { Column::LeaveDate, tr("Left") } };
}

QDate RosterPrintout::asOf() const
{
    return m_query.filter.serviceDate.isValid() ? m_query.filter.serviceDate : QDate::currentDate();
}

void RosterPrintout::setUp(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, kMarginsMm, QPageLayout::Millimeter));
}

QString RosterPrintout::sortName() const
{
    using Key = RosterQuery::SortKey;
    const Column column = [this] {
        switch (m_query.sortKey) {
        case Key::EmployeeNo:
            return Column::EmployeeNo;
        case Key::Name:
            return Column::Name;
        case Key::Grade:
            return Column::Grade;
        case Key::GradeDate:
            return Column::GradeDate;
        case Key::HireDate:
            return Column::HireDate;
        }
        return Column::EmployeeNo;
    }();
    for (const auto &shown : m_columns) {
        if (shown.column == column)
            return shown.header;
    }
    switch (column) {
    case Column::Name:
        return tr("name");
    case Column::Grade:
        return tr("grade");
    case Column::GradeDate:
        return tr("grade date");
    case Column::HireDate:
        return tr("hire date");
    default:
        return tr("employee number");
    }
}

QString RosterPrintout::describeFilter(QSqlDatabase &db) const
{
    const RosterFilter &f = m_query.filter;
    QStringList parts;
    auto unitName = [&db](WorkerStore::UnitTable table, qint64 id) {
        const auto names = WorkerStore::namesById(db, table);
        return names ? names->value(id, QString::number(id)) : QString::number(id);
    };
    if (f.siteId)
        parts += tr("site %1").arg(unitName(WorkerStore::UnitTable::Site, *f.siteId));
    if (f.workshopId)
        parts += tr("workshop %1").arg(unitName(WorkerStore::UnitTable::Workshop, *f.workshopId));
    if (f.occupationId)
        parts += tr("occupation %1")
                     .arg(unitName(WorkerStore::UnitTable::Occupation, *f.occupationId));
    if (f.hasGradeFilter)
        parts += f.grade ? tr("grade %1").arg(GradeNames::display(*f.grade)) : tr("no grade yet");
    if (f.frontline)
        parts += *f.frontline ? tr("front-line workers") : tr("not front-line");
    if (f.service == RosterFilter::Service::InService)
        parts += tr("in service");
    else if (f.service == RosterFilter::Service::Left)
        parts += tr("left");
    if (!f.search.trimmed().isEmpty())
        parts += tr("search “%1”").arg(f.search.trimmed());
    return parts.isEmpty() ? tr("All workers, no filter")
                           : tr("Filter: %1").arg(parts.join(tr("; ")));
}

// The widths of the columns for the widest text of each, measured at kBodyPoints: at that size
// when the table fits the page's width, else smaller down to the minimum, else the names wrap.
void RosterPrintout::Layout::fitColumns(const QList<double> &widest, const QList<double> &headers,
    const QList<bool> &wrappable, double width)
{
    Layout &layout = *this;
    const double mm = style.mm;
    layout.padding = 1.2 * mm;
    const qsizetype count = widest.size();
    auto total
        = [&layout] { return std::accumulate(layout.widths.cbegin(), layout.widths.cend(), 0.0); };
    // Advances scale with the size (fonts are unhinted); 2 % and half a millimetre of slack
    // cover the rounding of another size.
    auto scaled = [&](double advance, double points) {
        return advance * points / kBodyPoints * 1.02 + 2 * layout.padding + 0.5 * mm;
    };
    QList<double> natural(count); // each column's width for its widest text
    double points = kBodyPoints;
    for (;; points -= 0.5) {
        layout.widths = QList<double>(count);
        for (qsizetype c = 0; c < count; ++c) {
            natural[c] = scaled(widest[c], points);
            layout.widths[c] = std::max(natural[c], scaled(headers[c], points));
        }
        if (total() <= width || points - 0.5 < ReportStyle::kMinimumPoints)
            break;
    }
    layout.body = style.font(points);
    layout.bold = style.font(points, true);
    const double character = style.metrics(layout.body).height();
    if (total() > width) {
        // Headings wrap first, keeping four characters a line.
        for (qsizetype c = 0; c < count; ++c)
            layout.widths[c] = std::max(natural[c],
                std::min(scaled(headers[c], points), 4 * character + 2 * layout.padding));
    }
    if (total() > width) {
        // Then the names share what the other columns leave, each in proportion to its
        // longest, and at least five characters wide.
        double fixed = 0;
        double names = 0;
        for (qsizetype c = 0; c < count; ++c)
            (wrappable[c] ? names : fixed) += layout.widths[c];
        const double left = width - fixed;
        for (qsizetype c = 0; c < count; ++c) {
            if (wrappable[c] && names > 0)
                layout.widths[c]
                    = std::max(5 * character + 2 * layout.padding, left * layout.widths[c] / names);
        }
    }
    if (total() > width) {
        // Too many columns for the page even so: every column shares the width, and wraps.
        const double scale = width / total();
        for (double &w : layout.widths)
            w *= scale;
    }
    layout.wrapping = QList<bool>(count);
    for (qsizetype c = 0; c < count; ++c)
        layout.wrapping[c] = layout.widths[c] + 0.01 < natural[c];
    // A table wider than half the page fills it: the eye follows a row across less space.
    if (total() > width / 2 && total() < width) {
        const double extra = (width - total()) / double(count);
        for (double &w : layout.widths)
            w += extra;
    }
}

Result<int> RosterPrintout::paint(QSqlDatabase &db, const Officer &by, QPagedPaintDevice &device,
    const QString &where, ProgressSink &progress) const
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportRoster); !allowed)
        return allowed.error();
    if (m_columns.isEmpty())
        return Error { tr("No column is shown in the roster; show at least one to print it."), {} };
    const auto company = CompanyStore::require(db);
    if (!company)
        return company.error();
    const QString filter = describeFilter(db);

    Layout layout;
    layout.style.device = &device;
    layout.style.mm = device.logicalDpiX() / 25.4;
    layout.style.family = m_options.fontFamily;
    const ReportStyle &style = layout.style;
    const double mm = style.mm;
    const qsizetype count = m_columns.size();

    // Pass 1: the rows as the screen reads them, to the spool, measuring each column's widest.
    WorkerStore workers(db);
    const auto expected = workers.count(by, m_query.filter);
    if (!expected)
        return expected.error();
    Passes passes(progress, *expected);
    RowSpool spool;
    if (auto opened = spool.open(); !opened)
        return opened.error();
    const QFontMetricsF measure = style.metrics(style.font(kBodyPoints));
    QList<double> widest(count, 0);
    QList<QSet<QString>> measured(count);
    std::optional<RosterQuery::Key> after;
    for (;;) {
        const auto page = workers.page(by, m_query, after, kReadPage);
        if (!page)
            return page.error();
        for (const WorkerRow &row : *page) {
            QStringList cells;
            cells.reserve(count);
            for (qsizetype c = 0; c < count; ++c) {
                QString text = RosterViewExport::cell(row, m_columns[c].column);
                if (!measured[c].contains(text)) {
                    widest[c] = std::max(widest[c], measure.horizontalAdvance(text));
                    if (measured[c].size() < kRememberedStrings)
                        measured[c].insert(text);
                }
                cells += std::move(text);
            }
            if (auto written = spool.write(cells); !written)
                return written.error();
        }
        if (progress.isCanceled())
            return cancelled();
        passes.report(0, spool.size());
        if (page->size() < kReadPage)
            break;
        after = m_query.keyOf(page->last());
    }
    const qint64 rows = spool.size();
    passes.setRows(rows);

    // The page: heading, the filter, the table, the foot.
    const QString description = m_query.order == Qt::AscendingOrder
        ? tr("%1 · sorted by %2, ascending · %n worker(s)", nullptr, int(rows))
              .arg(filter, sortName())
        : tr("%1 · sorted by %2, descending · %n worker(s)", nullptr, int(rows))
              .arg(filter, sortName());
    const QString heading = tr("%1 — roster").arg(company->name);
    const QString asOfText = tr("As of %1").arg(asOf().toString(Qt::ISODate));
    const QFont title = style.font(kTitlePoints, true);
    const QFont small = style.font(kSmallPoints);
    const QFont text = style.font(kBodyPoints);
    layout.area = QRectF(0, 0, device.width(), device.height());
    const double asOfWidth = style.metrics(small).horizontalAdvance(asOfText) + 2 * mm;
    layout.headingHeight
        = style.wrappedHeight(title, layout.area.width() - asOfWidth - 4 * mm - mm, heading);
    layout.descriptionHeight = style.wrappedHeight(text, layout.area.width() - mm, description);
    const double footHeight = style.metrics(small).lineSpacing() + 2 * mm;
    const double tableTop = layout.headingHeight + 2 * mm + layout.descriptionHeight + 3 * mm;
    layout.table = QRectF(layout.area.left(), tableTop, layout.area.width(),
        layout.area.height() - tableTop - footHeight - 3 * mm);

    const QFontMetricsF boldMeasure = style.metrics(style.font(kBodyPoints, true));
    QList<double> headers(count);
    QList<bool> wrappable(count);
    for (qsizetype c = 0; c < count; ++c) {
        headers[c] = boldMeasure.horizontalAdvance(m_columns[c].header);
        wrappable[c] = mayWrap(m_columns[c].column);
    }
    layout.fitColumns(widest, headers, wrappable, layout.table.width());
    layout.lineHeight = style.metrics(layout.body).height() + 2 * layout.padding;
    for (qsizetype c = 0; c < count; ++c)
        layout.headHeight = std::max(layout.headHeight,
            style.wrappedHeight(layout.bold, layout.textWidth(c), m_columns[c].header)
                + 2 * layout.padding);

    // Pass 2: the rows of each page, known before the first page is painted ("共 M 页").
    QList<int> pageSizes; // rows on each page, in order
    if (!layout.wrapping.contains(true)) {
        const int perPage = std::max(1, int(layout.room() / layout.lineHeight));
        for (qint64 from = 0; from < rows; from += perPage)
            pageSizes += int(std::min<qint64>(perPage, rows - from));
    } else {
        if (auto rewound = spool.rewind(); !rewound)
            return rewound.error();
        QStringList cells;
        double used = 0;
        int onPage = 0;
        qint64 done = 0;
        while (spool.read(cells)) {
            const double h = layout.rowHeight(cells);
            if (onPage > 0 && used + h > layout.room()) {
                pageSizes += onPage;
                onPage = 0;
                used = 0;
            }
            used += h;
            ++onPage;
            if (++done % kReadPage == 0) {
                if (progress.isCanceled())
                    return cancelled();
                passes.report(1, done);
            }
        }
        if (!spool.error().ok())
            return spool.error().error();
        if (onPage > 0)
            pageSizes += onPage;
    }
    if (pageSizes.isEmpty())
        pageSizes += 0; // one page that says no worker matches
    passes.report(2, 0);

    // Pass 3: the pages.
    if (auto rewound = spool.rewind(); !rewound)
        return rewound.error();
    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The printer or file cannot be opened for printing."), {} };
    auto abandon = [&](Error error) -> Result<int> {
        if (m_options.abort)
            m_options.abort();
        painter.end();
        return error;
    };
    const QString foot
        = tr("%1 · roster printed by %2 on %3 · SkillLadder")
              .arg(company->name, by.label(), QDate::currentDate().toString(Qt::ISODate));
    qint64 painted = 0;
    const int pageCount = int(pageSizes.size());
    for (int p = 0; p < pageCount; ++p) {
        if (progress.isCanceled())
            return abandon(cancelled());
        if (p > 0)
            device.newPage();
        const double mmPen = 0.15 * mm;
        painter.setPen(Qt::black);
        painter.setFont(title);
        const QRectF headingBox(layout.area.left(), layout.area.top(),
            layout.area.width() - asOfWidth - 4 * mm, layout.headingHeight);
        painter.drawText(headingBox,
            int(Qt::AlignLeft | Qt::AlignVCenter)
                | style.wrapFlags(title, headingBox.width(), heading),
            heading);
        painter.setFont(small);
        painter.drawText(QRectF(layout.area.right() - asOfWidth, layout.area.top(), asOfWidth,
                             layout.headingHeight),
            Qt::AlignRight | Qt::AlignVCenter, asOfText);
        painter.setPen(QPen(ReportStyle::ruleColor(), 0.3 * mm));
        const double ruleY = layout.headingHeight + mm;
        painter.drawLine(QPointF(layout.area.left(), ruleY), QPointF(layout.area.right(), ruleY));
        painter.setPen(Qt::black);
        painter.setFont(text);
        const QRectF descriptionBox(layout.area.left(), layout.headingHeight + 2 * mm,
            layout.area.width(), layout.descriptionHeight);
        painter.drawText(descriptionBox,
            style.wrapFlags(text, descriptionBox.width() - mm, description), description);

        // The table's header row, then the rows of this page.
        double x = layout.table.left();
        double y = layout.table.top();
        painter.fillRect(
            QRectF(x, y, layout.table.width(), layout.headHeight), ReportStyle::headerColor());
        painter.setFont(layout.bold);
        for (qsizetype c = 0; c < count; ++c) {
            const QRectF box
                = QRectF(x, y, layout.widths[c], layout.headHeight)
                      .adjusted(layout.padding, layout.padding, -layout.padding, -layout.padding);
            painter.drawText(box,
                int(Qt::AlignHCenter | Qt::AlignVCenter)
                    | style.wrapFlags(layout.bold, box.width(), m_columns[c].header),
                m_columns[c].header);
            x += layout.widths[c];
        }
        y += layout.headHeight;
        QList<double> rules { layout.table.top(), y };
        painter.setFont(layout.body);
        const QFontMetricsF bodyMetrics = style.metrics(layout.body);
        QStringList cells;
        for (int r = 0; r < pageSizes[p]; ++r) {
            if (!spool.read(cells))
                return abandon(spool.error().ok()
                        ? Error { tr("The roster changed while it was printed; print again."), {} }
                        : spool.error().error());
            const double h
                = layout.wrapping.contains(true) ? layout.rowHeight(cells) : layout.lineHeight;
            if (painted % 2 == 1)
                painter.fillRect(QRectF(layout.table.left(), y, layout.table.width(), h),
                    ReportStyle::bandColor());
            x = layout.table.left();
            for (qsizetype c = 0; c < count; ++c) {
                const QRectF box = QRectF(x, y, layout.widths[c], h)
                                       .adjusted(layout.padding, layout.padding, -layout.padding,
                                           -layout.padding);
                int flags = int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextDontClip;
                if (layout.wrapping[c]
                    && bodyMetrics.horizontalAdvance(cells[c]) > layout.textWidth(c))
                    flags |= style.wrapFlags(layout.body, box.width(), cells[c]);
                painter.drawText(box, flags, cells[c]);
                x += layout.widths[c];
            }
            y += h;
            rules += y;
            ++painted;
        }
        if (pageSizes[p] == 0) {
            const QRectF note(layout.table.left(), y, layout.table.width(), 3 * layout.lineHeight);
            painter.drawText(note, Qt::AlignCenter, tr("No worker matches the filter."));
        }
        QPen rule(ReportStyle::ruleColor());
        rule.setWidthF(mmPen);
        painter.setPen(rule);
        const double right = layout.table.left()
            + std::accumulate(layout.widths.cbegin(), layout.widths.cend(), 0.0);
        for (double at : std::as_const(rules))
            painter.drawLine(QPointF(layout.table.left(), at), QPointF(right, at));
        x = layout.table.left();
        painter.drawLine(QPointF(x, layout.table.top()), QPointF(x, y));
        for (double w : std::as_const(layout.widths)) {
            x += w;
            painter.drawLine(QPointF(x, layout.table.top()), QPointF(x, y));
        }

        // The foot: the company and who printed it, and the page's number.
        painter.setFont(small);
        const QFontMetricsF smallMetrics = style.metrics(small);
        const double footTop = layout.area.bottom() - smallMetrics.lineSpacing();
        painter.setPen(QPen(ReportStyle::ruleColor(), 0.3 * mm));
        painter.drawLine(
            QPointF(layout.area.left(), footTop - mm), QPointF(layout.area.right(), footTop - mm));
        painter.setPen(Qt::black);
        const QString number = tr("Page %1 of %2").arg(p + 1).arg(pageCount);
        const double numberWidth = smallMetrics.horizontalAdvance(number) + 2 * mm;
        painter.drawText(QRectF(layout.area.right() - numberWidth, footTop, numberWidth,
                             smallMetrics.lineSpacing()),
            Qt::AlignRight | Qt::AlignVCenter, number);
        painter.drawText(
            QRectF(layout.area.left(), footTop, layout.area.width() - numberWidth - 4 * mm,
                smallMetrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, foot);
        passes.report(2, painted);
    }
    // Recorded before the device closes: a printout that cannot be recorded is not sent.
    if (auto recorded
        = ExportLog::record(db, by, u"print-roster"_s, tr("the roster, printed"), rows, where);
        !recorded)
        return abandon(recorded.error());
    if (!painter.end())
        return Error { tr("The printer or file could not finish the printout."), {} };
    return pageCount;
}

Result<int> RosterPrintout::writePdf(
    QSqlDatabase &db, const Officer &by, const QString &path, ProgressSink &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setCreator(u"SkillLadder"_s);
        writer.setTitle(tr("Roster as of %1").arg(asOf().toString(Qt::ISODate)));
        setUp(writer);
        pages = paint(db, by, writer, path, progress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return pages;
}

} // namespace skl
