#include "core/printing/documentpages.h"

#include <algorithm>

#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/common/appsettings.h"
#include "core/printing/reportblock.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kPdfResolution = 300;

    Error cannotWrite(const QString &path, const QString &reason)
    {
        return Error { DocumentPages::tr("%1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), reason),
            {} };
    }

} // namespace

QList<DocumentPages::Page> DocumentPages::flow(
    const Blocks &blocks, const ReportStyle &style, const QRectF &content, double gapMm)
{
    QList<Page> pages { Page {} };
    double y = content.top();
    for (const auto &block : blocks) {
        block->layout(style, content.width());
        const int rows = int(block->rowHeights().size());
        int from = 0;
        do {
            const double room = content.bottom() - y;
            int to = from;
            while (to < rows && block->height(from, to + 1) <= room)
                ++to;
            const int wanted = std::min(block->keepTogether(), rows - from);
            const bool headFits = block->height(from, from) <= room;
            if ((to - from < wanted || !headFits) && y > content.top()) {
                pages += Page {};
                y = content.top();
                continue;
            }
            // A row taller than a whole page still goes on one, cut at its foot.
            if (to == from && rows > 0)
                to = from + 1;
            const double h = block->height(from, to);
            pages.last()
                += Part { block.get(), from, to, QRectF(content.left(), y, content.width(), h) };
            y += h + gapMm * style.mm;
            from = to;
        } while (from < rows);
    }
    return pages;
}

void DocumentPages::paint(QPainter &painter, const Page &page)
{
    for (const Part &part : page)
        part.block->paint(painter, part.rect, part.from, part.to);
}

ReportStyle DocumentPages::styleFor(QPagedPaintDevice &device, const QString &family)
{
    ReportStyle style;
    style.device = &device;
    style.mm = device.logicalDpiX() / 25.4;
    style.family = family.isEmpty() ? AppSettings::printFont() : family;
    return style;
}

Status DocumentPages::writePdf(const QString &path, const QString &title,
    const std::function<Status(QPagedPaintDevice &)> &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    Status painted = success();
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setCreator(u"SkillLadder"_s);
        writer.setTitle(title);
        painted = paint(writer);
    }
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return success();
}

QString DocumentPages::pageOf(int number, int count)
{
    return tr("Page %1 of %2").arg(number).arg(count);
}

} // namespace skl
