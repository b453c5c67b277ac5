#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

#include "core/common/result.h"
#include "core/store/certificatestore.h"

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace skl {

enum class CertificateFormat { A4Landscape, A5Landscape };

// One 职业技能等级证书 page with the fields of the national template (人社鉴发〔2021〕1号): title,
// photo when there is one, name, gender, 证件类型 and 证件号码, work unit, occupation, grade with
// its national level, number, issue date, the evaluating body as filed with the company seal
// over it, the QR code with the signed code, and the national query address (with the
// provincial one when set). Laid out in millimetres of A4 landscape and scaled to the page, so
// A5 is the same page smaller; every value shrinks or wraps inside its box down to a minimum
// size on the paper, and check() refuses, naming the field, what would not fit even then.
// Marks (样张 on a proof, 补发 on a reissued certificate) and the seal are graphics, never text.
class CertificatePage
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificatePage)
public:
    // The national query address printed on every certificate.
    static constexpr auto kNationalQueryAddress = u"jndj.osta.org.cn";
    enum class Copy { Issued, Proof };

    CertificatePage(QImage seal, QString fontFamily, QString provincialQueryAddress = {});

    static QPageLayout pageLayout(CertificateFormat format);
    // Sets the device's page layout for format (no margins: the page draws its own frame).
    static void setUp(QPagedPaintDevice &device, CertificateFormat format);

    // Whether every value of d fits its box on device's page (in device pixels), or an Error
    // naming the certificate and the field that does not.
    Status check(const QPaintDevice &device, const QRectF &page, const CertificateData &d) const;
    // Paints on the whole of page, in device pixels; what check() refused is drawn at the
    // minimum size, cut.
    void paint(QPainter &painter, const QRectF &page, const CertificateData &d,
        Copy copy = Copy::Issued) const;

private:
    struct Value;
    QList<Value> values(const CertificateData &d) const;

    QImage m_seal;
    QString m_fontFamily;
    QString m_provincialQueryAddress;
};

} // namespace skl
