#include "core/printing/certificatepage.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include "core/printing/qrcode.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QColor kInk(0x1a, 0x1a, 0x1a);
    const QColor kFrame(0x9c, 0x1c, 0x1c);
    const QColor kMuted(0x6b, 0x6b, 0x6b);
    constexpr qreal kDesignWidthMm = 297; // A4 landscape

    // Millimetres of the A4 design to device pixels of this page, and points scaled alike.
    struct Scale
    {
        qreal pxPerMm;
        QPointF origin;
        qreal mm(qreal v) const { return v * pxPerMm; }
        QPointF at(qreal x, qreal y) const { return origin + QPointF(mm(x), mm(y)); }
        QRectF rect(qreal x, qreal y, qreal w, qreal h) const
        {
            return QRectF(at(x, y), QSizeF(mm(w), mm(h)));
        }
    };

    QString chineseDate(QDate day)
    {
        return u"%1年%2月%3日"_s.arg(day.year()).arg(day.month()).arg(day.day());
    }

} // namespace

CertificatePage::CertificatePage(QImage seal, QString fontFamily)
    : m_seal(std::move(seal))
    , m_fontFamily(std::move(fontFamily))
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
void CertificatePage::paint(QPainter &painter, const QRectF &page, const CertificateData &d) const
{
    const Scale s { page.width() / kDesignWidthMm, page.topLeft() };
    // Points are device-independent; the A5 page takes them in proportion.
    const qreal pointScale
        = page.width() / (kDesignWidthMm / 25.4 * painter.device()->logicalDpiX());
    const auto font = [&](qreal points, bool bold = false) {
        QFont f(m_fontFamily);
        f.setPointSizeF(points * pointScale);
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
    painter.drawText(s.rect(20, 22, 257, 18), Qt::AlignCenter, u"职业技能等级证书"_s);
    painter.setFont(font(10));
    painter.setPen(kMuted);
    painter.drawText(
        s.rect(20, 40, 257, 7), Qt::AlignCenter, u"Vocational Skill Level Certificate"_s);

    if (d.isDuplicate()) {
        painter.setPen(QPen(kFrame, s.mm(0.6)));
        painter.setFont(font(16, true));
        const QRectF stamp = s.rect(246, 20, 26, 12);
        painter.drawRect(stamp);
        painter.drawText(stamp, Qt::AlignCenter, u"补发"_s);
    }

    // Photo (or its empty frame) and the QR code below it.
    const QRectF photoBox = s.rect(34, 60, 35, 45);
    painter.setPen(QPen(kMuted, s.mm(0.3)));
    painter.drawRect(photoBox);
    const QImage photo = QImage::fromData(d.photo);
    if (!photo.isNull()) {
        const QSizeF fitted = QSizeF(photo.size()).scaled(photoBox.size(), Qt::KeepAspectRatio);
        painter.drawImage(
            QRectF(photoBox.center() - QPointF(fitted.width(), fitted.height()) / 2, fitted),
            photo);
    } else {
        painter.setFont(font(10));
        painter.drawText(photoBox, Qt::AlignCenter, u"照片"_s);
    }
    QrCode(d.verification).paint(painter, s.rect(33, 118, 37, 37));
    painter.setFont(font(8));
    painter.setPen(kMuted);
    painter.drawText(s.rect(25, 156, 53, 6), Qt::AlignCenter, u"扫码核验"_s);

    // The printed fields.
    const QList<std::pair<QString, QString>> fields {
        { u"姓　　名"_s, d.workerName },
        { u"性　　别"_s, d.gender },
        { u"身份证号"_s, d.idNumber },
        { u"工作单位"_s, d.companyName },
        { u"职业（工种）"_s, d.occupation },
        { u"职业技能等级"_s, GradeNames::chineseWithLevel(d.grade) },
        { u"证书编号"_s, d.number },
        { u"发证日期"_s, chineseDate(d.issueDate) },
    };
    qreal y = 58;
    for (const auto &[label, value] : fields) {
        painter.setPen(kMuted);
        painter.setFont(font(13));
        painter.drawText(s.rect(88, y, 42, 11), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setPen(kInk);
        painter.setFont(font(15, true));
        painter.drawText(s.rect(132, y, 140, 11), Qt::AlignLeft | Qt::AlignVCenter, value);
        painter.setPen(QPen(QColor(0xd0, 0xc8, 0xc0), s.mm(0.2)));
        painter.drawLine(s.at(88, y + 11), s.at(270, y + 11));
        y += 13;
    }

    // The evaluating body and the seal over it.
    painter.setPen(kInk);
    painter.setFont(font(13));
    painter.drawText(s.rect(150, 168, 120, 9), Qt::AlignRight | Qt::AlignVCenter,
        u"评价机构：%1"_s.arg(d.bodyName));
    painter.drawText(
        s.rect(150, 177, 120, 9), Qt::AlignRight | Qt::AlignVCenter, chineseDate(d.issueDate));
    if (!m_seal.isNull()) {
        painter.setOpacity(0.85);
        painter.drawImage(s.rect(214, 146, 42, 42), m_seal);
        painter.setOpacity(1);
    }
    painter.setPen(kMuted);
    painter.setFont(font(7));
    painter.drawText(s.rect(20, 190, 257, 6), Qt::AlignCenter,
        u"扫描二维码，用%1公布的证书核验页（无需联网）核验本证书信息是否真实、未被改动。"_s.arg(
            d.companyName));
    painter.restore();
}

} // namespace skl
