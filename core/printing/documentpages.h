#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include "core/common/result.h"

class QPagedPaintDevice;
class QPainter;

namespace skl {

class ReportBlock;
struct ReportStyle;

// A document's blocks flowed down its pages, as the round's public notice and the dossier's
// volumes are printed (issue 16): each block measured for the content's width, its rows placed
// while they fit, the rest (with the block's head again) on the next page; a block that cannot
// start with keepTogether() rows goes to the next page whole.
class DocumentPages
{
    Q_DECLARE_TR_FUNCTIONS(skl::DocumentPages)
public:
    struct Part
    {
        const ReportBlock *block = nullptr;
        int from = 0;
        int to = 0;
        QRectF rect;
    };
    using Page = QList<Part>;
    using Blocks = std::vector<std::unique_ptr<ReportBlock>>;

    // The pages of blocks in content (device pixels), gapMm apart; never empty.
    static QList<Page> flow(
        const Blocks &blocks, const ReportStyle &style, const QRectF &content, double gapMm);
    // Paints each part of page.
    static void paint(QPainter &painter, const Page &page);

    // The style of device with the print font family (empty: the settings' print font).
    static ReportStyle styleFor(QPagedPaintDevice &device, const QString &family);

    // Writes a PDF at path, whole or not at all: paint draws on the writer, which has the
    // document's title and 300 dpi, and says whether it succeeded.
    static Status writePdf(const QString &path, const QString &title,
        const std::function<Status(QPagedPaintDevice &)> &paint);

    // "第 1 页 共 3 页".
    static QString pageOf(int number, int count);
};

} // namespace skl
