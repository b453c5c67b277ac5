#pragma once

#include <QImage>
#include <QPageLayout>

#include "core/store/certificatestore.h"

class QPainter;
class QPagedPaintDevice;

namespace skl {

enum class CertificateFormat { A4Landscape, A5Landscape };

// One 职业技能等级证书 page: title, photo, the printed fields (name, gender, full ID number,
// occupation, grade with its national level, number, issue date, evaluating body), the company
// seal over the body's name, the QR code with the verification string, and 补发 on a duplicate.
// Laid out in millimetres of A4 landscape and scaled to the page, so A5 is the same page smaller.
class CertificatePage
{
public:
    CertificatePage(QImage seal, QString fontFamily);

    static QPageLayout pageLayout(CertificateFormat format);
    // Sets the device's page layout for format (no margins: the page draws its own frame).
    static void setUp(QPagedPaintDevice &device, CertificateFormat format);

    // Paints on the whole of page, in device pixels.
    void paint(QPainter &painter, const QRectF &page, const CertificateData &data) const;

private:
    QImage m_seal;
    QString m_fontFamily;
};

} // namespace skl
