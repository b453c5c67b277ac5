#include "core/printing/certificatepage.h"

#include <algorithm>

#include <QPagedPaintDevice>
#include <QPainter>

#include "core/printing/fittedtext.h"
#include "core/printing/outlinedtext.h"
#include "core/printing/qrcode.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QColor kInk(0x1a, 0x1a, 0x1a);
    const QColor kFrame(0x9c, 0x1c, 0x1c);
    const QColor kMuted(0x6b, 0x6b, 0x6b);
    const QColor kRule(0xd0, 0xc8, 0xc0);
    const QColor kWatermark(0xc8, 0x1e, 0x1e, 0x55);
    constexpr qreal kDesignWidthMm = 297; // A4 landscape

    // The printed fields: a label column and a value column, one row each.
    constexpr qreal kLabelX = 88;
    constexpr qreal kLabelWidth = 42;
    constexpr qreal kValueX = 132;
    constexpr qreal kValueWidth = 140;
    constexpr qreal kFirstRowY = 48;
    constexpr qreal kRowPitch = 11.6;
    constexpr qreal kRowHeight = 10.6;
    // Sizes on A4 paper, and the smallest still read on any paper (points).
    constexpr qreal kValuePoints = 15;
    constexpr qreal kValueMinimum = 7;
    constexpr qreal kNotePoints = 8;
    constexpr qreal kNoteMinimum = 5;

    // Millimetres of the A4 design to device pixels of this page, and points scaled alike.
    struct Scale
    {
        qreal pxPerMm;
        QPointF origin;
        qreal points; // of the A4 design, on this paper
        qreal mm(qreal v) const { return v * pxPerMm; }
        QPointF at(qreal x, qreal y) const { return origin + QPointF(mm(x), mm(y)); }
        QRectF rect(const QRectF &designMm) const
        {
            return QRectF(at(designMm.x(), designMm.y()),
                QSizeF(mm(designMm.width()), mm(designMm.height())));
        }
        QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return rect(QRectF(x, y, w, h)); }
    };

    Scale scaleOf(const QPaintDevice &device, const QRectF &page)
    {
        // Points are device-independent; the A5 page takes them in proportion.
        return { page.width() / kDesignWidthMm, page.topLeft(),
            page.width() / (kDesignWidthMm / 25.4 * device.logicalDpiX()) };
    }

    QString chineseDate(QDate day)
    {
        return u"%1年%2月%3日"_s.arg(day.year()).arg(day.month()).arg(day.day());
    }

} // namespace

// A value in its box of the design (millimetres of A4), as fitted.
struct CertificatePage::Value
{
    QString field; // named when it does not fit
    QString text;
    QRectF box;
    qreal points = kValuePoints;
    qreal minimumPoints = kValueMinimum;
    int maxLines = 1;
    bool bold = true;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    QColor colour = kInk;
};

CertificatePage::CertificatePage(QImage seal, QString fontFamily, QString provincialQueryAddress)
    : m_seal(std::move(seal))
    , m_fontFamily(std::move(fontFamily))
    , m_provincialQueryAddress(std::move(provincialQueryAddress))
{ }

QPageLayout CertificatePage::pageLayout(CertificateFormat format)
{
    return QPageLayout(
        QPageSize(format == CertificateFormat::A4Landscape ? QPageSize::A4 : QPageSize::A5),
        QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
}

void CertificatePage::setUp(QPagedPaintDevice &device, CertificateFormat format)
{
    device.setPageLayout(pageLayout(format));
}

// The certificate is an official Chinese document: its text is Chinese whatever the UI language.
QList<CertificatePage::Value> CertificatePage::values(const CertificateData &d) const
{
    struct Field
    {
        QString label;
        QString value;
        int maxLines = 1;
    };
    const Field fields[] = {
        { u"姓　　名"_s, d.workerName }, { u"性　　别"_s, d.gender }, { u"证件类型"_s, d.idType() },
        { u"证件号码"_s, d.idNumber }, { u"工作单位"_s, d.companyName, 2 },
        { u"职业（工种）"_s, d.occupation, 2 },
        { u"职业技能等级"_s, GradeNames::chineseWithLevel(d.grade) }, { u"证书编号"_s, d.number },
        { u"发证日期"_s, chineseDate(d.issueDate) },
        { u"评价机构"_s, d.bodyName, 2 }, // as filed (备案), under the seal
    };
    QList<Value> all;
    qreal y = kFirstRowY;
    for (const Field &f : fields) {
        Value v;
        v.field = f.label;
        v.text = f.value;
        v.box = QRectF(kValueX, y, kValueWidth, kRowHeight);
        v.maxLines = f.maxLines;
        all += v;
        y += kRowPitch;
    }
    QString query = u"全国联网查询：%1"_s.arg(QString::fromUtf16(kNationalQueryAddress));
    if (!m_provincialQueryAddress.isEmpty())
        query += u"　　省级查询：%1"_s.arg(m_provincialQueryAddress);
    Value queryLine { u"证书查询"_s, query, QRectF(20, 168, 257, 9), 10, kNoteMinimum, 2, false,
        Qt::AlignCenter, kInk };
    all += queryLine;
    Value note { u"核验说明"_s,
        u"扫描二维码，用%1公布的证书核验页（无需联网）核验本证书信息是否真实、未被改动。"_s.arg(
            d.companyName),
        QRectF(20, 178, 257, 17), kNotePoints, kNoteMinimum, 2, false, Qt::AlignCenter, kMuted };
    all += note;
    return all;
}

Status CertificatePage::check(
    const QPaintDevice &device, const QRectF &page, const CertificateData &d) const
{
    const Scale s = scaleOf(device, page);
    for (const Value &v : values(d)) {
        QFont font(m_fontFamily);
        font.setBold(v.bold);
        const qreal minimum = std::min(v.minimumPoints, v.points * s.points);
        if (!FittedText::fit(v.text, s.rect(v.box), font,
                { v.points * s.points, minimum, v.maxLines }, v.alignment, &device))
            return Error { tr("Certificate %1 cannot be printed: its %2 \"%3\" does not fit its "
                              "box even at %4 pt, the smallest size still read on this paper. "
                              "Shorten it, or print on A4.")
                               .arg(d.number, v.field, v.text)
                               .arg(minimum),
                {} };
    }
    return success();
}

void CertificatePage::paint(
    QPainter &painter, const QRectF &page, const CertificateData &d, Copy copy) const
{
    const Scale s = scaleOf(*painter.device(), page);
    const auto font = [&](qreal points, bool bold = false) {
        QFont f(m_fontFamily);
        f.setPointSizeF(points * s.points);
        f.setBold(bold);
        return f;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(page, Qt::white);

    // Frame: a strong outer line and a fine inner one.
    painter.setPen(QPen(kFrame, s.mm(1.6)));
    painter.drawRect(s.rect(9, 9, 279, 192));
    painter.setPen(QPen(kFrame, s.mm(0.4)));
    painter.drawRect(s.rect(12.5, 12.5, 272, 185));

    painter.setPen(kInk);
    painter.setFont(font(30, true));
    painter.drawText(s.rect(20, 18, 257, 16), Qt::AlignCenter, u"职业技能等级证书"_s);
    painter.setFont(font(10));
    painter.setPen(kMuted);
    painter.drawText(
        s.rect(20, 34, 257, 6), Qt::AlignCenter, u"Vocational Skill Level Certificate"_s);

    // The photo, with no empty frame when there is none (issue 15), and the QR code below.
    const QImage photo = QImage::fromData(d.photo);
    if (!photo.isNull()) {
        const QRectF photoBox = s.rect(34, 52, 35, 45);
        const QSizeF fitted = QSizeF(photo.size()).scaled(photoBox.size(), Qt::KeepAspectRatio);
        painter.drawImage(
            QRectF(photoBox.center() - QPointF(fitted.width(), fitted.height()) / 2, fitted),
            photo);
    }
    QrCode(d.verification).paint(painter, s.rect(33, 104, 37, 37));
    painter.setFont(font(8));
    painter.setPen(kMuted);
    painter.drawText(s.rect(25, 142, 53, 6), Qt::AlignCenter, u"扫码核验"_s);

    // The labels, the rules under the rows, then every value fitted into its box.
    const QList<Value> all = values(d);
    painter.setFont(font(13));
    for (const Value &v : all) {
        if (v.box.x() != kValueX)
            continue;
        painter.setPen(kMuted);
        painter.drawText(s.rect(kLabelX, v.box.y(), kLabelWidth, kRowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, v.field);
        painter.setPen(QPen(kRule, s.mm(0.2)));
        painter.drawLine(s.at(kLabelX, v.box.bottom() + 0.4), s.at(270, v.box.bottom() + 0.4));
    }
    for (const Value &v : all) {
        const QRectF box = s.rect(v.box);
        QFont base(m_fontFamily);
        base.setBold(v.bold);
        const qreal minimum = std::min(v.minimumPoints, v.points * s.points);
        const auto fitted = FittedText::fit(v.text, box, base,
            { v.points * s.points, minimum, v.maxLines }, v.alignment, painter.device());
        painter.setPen(v.colour);
        if (fitted) {
            fitted->draw(painter, box, v.text);
        } else {
            base.setPointSizeF(minimum);
            painter.setFont(base);
            painter.drawText(box, int(v.alignment) | Qt::TextWordWrap, v.text);
        }
    }

    // The seal over the evaluating body, drawn as the image it is.
    if (!m_seal.isNull()) {
        painter.setOpacity(0.85);
        painter.drawImage(s.rect(212, 134, 40, 40), m_seal);
        painter.setOpacity(1);
    }
    // A reissued certificate says so in a stamp; a proof across the page. Outlines, not text.
    if (d.reissued) {
        const QRectF stamp = s.rect(246, 18, 26, 12);
        painter.setPen(QPen(kFrame, s.mm(0.6)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(stamp);
        OutlinedText::draw(painter, stamp.adjusted(s.mm(3), s.mm(2), -s.mm(3), -s.mm(2)), u"补发"_s,
            font(16, true), kFrame);
    }
    if (copy == Copy::Proof) {
        OutlinedText::draw(
            painter, s.rect(78, 60, 140, 70), u"样张"_s, font(150, true), kWatermark, -20);
        OutlinedText::draw(
            painter, s.rect(16, 16, 36, 7), u"样张　不作发证"_s, font(12, true), kWatermark);
    }
    painter.restore();
}

} // namespace skl
