// Certificates painted into PDFs and read back with pdftotext and pdftoppm (issue 15). Painting
// needs a QGuiApplication: these run with the window's tests.
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/domain/iddocument.h"
#include "core/printing/certificatepdf.h"
#include "core/store/certificatestore.h"
#include "core/store/certificationstore.h"
#include "core/store/policystore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::run;
using skl::test::TempDatabase;

namespace {

const QString kLongCompany
    = QStringLiteral("中国第一重型机械集团有限公司齐齐哈尔分公司铸锻钢事业部第二生产基地");

// One approved certificate (A1 张伟, 高级工), printed with the certificates' own font.
struct Issued
{
    TempDatabase db;
    Officer hr = db.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    Officer chief = db.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    qint64 id = 0;

    Issued()
    {
        db.importCsv(
            QStringLiteral("工号,姓名,性别,身份证号,入职日期,单位,省份,车间,职业(工种),技能等级,"
                           "等级取得日期\n"
                           "A1,张伟,男,%1,2015-01-01,济南厂,山东,机加车间,车工,中级工,2020-03-01\n")
                .arg(test::validId(QStringLiteral("37010219800101123"))));
        ProposalRequest r;
        r.employeeNo = QStringLiteral("A1");
        r.occupation = QStringLiteral("车工");
        r.grade = Grade::Senior;
        r.way = CertificationWay::Regular;
        r.date = QDate(2025, 3, 1);
        r.by = hr;
        const auto proposed = CertificationStore::propose(db.db(), r);
        REQUIRE(proposed.ok());
        id = *proposed;
        REQUIRE(CertificationStore::approve(db.db(), id, chief).ok());
    }

    void set(const char16_t *key, const QString &value)
    {
        const auto done = PolicyStore::set(
            db.db(), { { QString::fromUtf16(key), value, QDate::currentDate() } }, db.admin());
        INFO((done ? QString() : done.error().userMessage).toStdString());
        REQUIRE(done.ok());
    }

    // The company says it is filed with the defaults 0000 / 000001.
    void confirmNumbers() { set(PolicyKeys::kCertificateNumbersConfirmed, QStringLiteral("1")); }

    Result<int> print(const QString &name, CertificatePdf::Purpose purpose,
        CertificateFormat format = CertificateFormat::A4Landscape, const QString &reason = {})
    {
        CertificatePdf::Options options;
        options.format = format;
        options.fontFamily = QStringLiteral("WenQuanYi Zen Hei");
        options.by = hr;
        options.purpose = purpose;
        options.reissueReason = reason;
        NullProgress progress;
        return CertificatePdf::write(db.db(), { id }, db.filePath(name), options, progress);
    }

    CertificateData stored()
    {
        const auto data = CertificateStore::forCertification(db.db(), id);
        REQUIRE(data.ok());
        return *data;
    }

    void sql(const QString &statement, const QVariant &value)
    {
        QSqlQuery q(db.db());
        q.prepare(statement);
        q.addBindValue(value);
        REQUIRE(q.exec());
    }
};

QString textOf(const QString &pdf)
{
    const auto text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.exitCode == 0);
    return text.out;
}

QImage pageImage(const QString &pdf)
{
    const QString image = pdf + QStringLiteral("-page");
    REQUIRE(run(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                    QStringLiteral("-singlefile"), pdf, image })
                .exitCode
        == 0);
    QImage loaded(image + QStringLiteral(".png"));
    REQUIRE_FALSE(loaded.isNull());
    return loaded;
}

struct Word
{
    QRectF box; // PDF points, from the top left
    QString text;
};

// The words of the first page and its width, by pdftotext -bbox.
std::pair<QList<Word>, qreal> wordsOf(const QString &pdf)
{
    const auto html = run(QStringLiteral("pdftotext"),
        { QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
            QStringLiteral("1"), pdf, QStringLiteral("-") });
    REQUIRE(html.exitCode == 0);
    const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\""));
    const auto pageMatch = page.match(html.out);
    REQUIRE(pageMatch.hasMatch());
    const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                                 "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)<"));
    QList<Word> words;
    for (auto it = word.globalMatch(html.out); it.hasNext();) {
        const auto m = it.next();
        words += Word { QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                            QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
            m.captured(5) };
    }
    return { words, pageMatch.captured(1).toDouble() };
}

// The words printed inside the value box of row (0 姓名 … 9 评价机构), in reading order, and
// whether every one of them lies wholly inside the box: the layout's millimetres of A4,
// scaled to the page.
std::pair<QString, bool> valueRow(const QString &pdf, int row)
{
    const auto [words, width] = wordsOf(pdf);
    const qreal ptPerMm = width / 297.0;
    const QRectF box(
        QPointF(132 * ptPerMm, (48 + row * 11.6) * ptPerMm), QSizeF(140 * ptPerMm, 10.6 * ptPerMm));
    const QRectF slack = box.adjusted(-0.5, -1.5, 0.5, 1.5); // glyph boxes overhang a little
    QString text;
    bool inside = true;
    for (const Word &w : words) {
        if (!box.contains(w.box.center()))
            continue;
        text += w.text;
        inside = inside && slack.contains(w.box);
    }
    return { text, inside };
}

} // namespace

TEST_CASE("The certificate prints the national template's fields, with no empty photo frame",
    "[ui][certificate][printing]")
{
    Issued c;
    c.confirmNumbers();
    c.set(PolicyKeys::kCertificateProvincialQuery, QStringLiteral("ggfw.hrss.example.gov.cn"));
    REQUIRE(c.print(QStringLiteral("a.pdf"), CertificatePdf::Purpose::Issue).ok());
    const QString text = textOf(c.db.filePath(QStringLiteral("a.pdf")));
    CHECK(text.contains(QStringLiteral("证件类型")));
    CHECK(text.contains(QStringLiteral("居民身份证")));
    CHECK(text.contains(test::validId(QStringLiteral("37010219800101123"))));
    CHECK(text.contains(QStringLiteral("评价机构")));
    CHECK(text.contains(QStringLiteral("jndj.osta.org.cn")));
    CHECK(text.contains(QStringLiteral("ggfw.hrss.example.gov.cn")));
    CHECK_FALSE(text.contains(QStringLiteral("照片"))); // no photo, no frame waiting for one
}

TEST_CASE("The kind of identity document is told by its number", "[ui][certificate]")
{
    CHECK(IdDocuments::typeOf(test::validId(QStringLiteral("37010219800101123")))
        == QStringLiteral("居民身份证"));
    CHECK(IdDocuments::typeOf(test::validId(QStringLiteral("81000019800101123")))
        == QStringLiteral("港澳台居民居住证"));
    CHECK(IdDocuments::typeOf(QStringLiteral("H12345678"))
        == QStringLiteral("港澳居民来往内地通行证"));
    CHECK(IdDocuments::typeOf(QStringLiteral("12345678"))
        == QStringLiteral("台湾居民来往大陆通行证"));
    CHECK(IdDocuments::typeOf(QStringLiteral("E12345678")) == QStringLiteral("护照"));
    CHECK(IdDocuments::typeOf(QString()).isEmpty());
}

TEST_CASE("A new company's placeholder codes stop issuing until set or confirmed; a proof needs "
          "neither and is recorded nowhere",
    "[ui][certificate][printing]")
{
    Issued c;
    const auto refused = c.print(QStringLiteral("x.pdf"), CertificatePdf::Purpose::Issue);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("certificate.body_code")));
    CHECK(refused.error().userMessage.contains(QStringLiteral("certificate.site_serial")));
    CHECK_FALSE(QFile::exists(c.db.filePath(QStringLiteral("x.pdf"))));

    REQUIRE(c.print(QStringLiteral("proof.pdf"), CertificatePdf::Purpose::Proof).ok());
    CHECK(c.stored().timesPrinted == 0);

    SECTION("the codes of the filing notice open issuing")
    {
        // One placeholder left is still a placeholder.
        c.set(PolicyKeys::kCertificateSiteSerial, QStringLiteral("370102"));
        CHECK_FALSE(c.print(QStringLiteral("x.pdf"), CertificatePdf::Purpose::Issue).ok());
        c.set(PolicyKeys::kCertificateBodyCode, QStringLiteral("0012"));
        CHECK(c.print(QStringLiteral("x.pdf"), CertificatePdf::Purpose::Issue).ok());
    }
    SECTION("so does the confirmation that the company is filed with the defaults")
    {
        c.confirmNumbers();
        CHECK(c.print(QStringLiteral("x.pdf"), CertificatePdf::Purpose::Issue).ok());
        CHECK(c.stored().timesPrinted == 1);
    }
}

TEST_CASE("Printing an issued certificate again, in either size, is no 补发; a reissue with its "
          "reason is, and marks every later printing",
    "[ui][certificate][printing]")
{
    Issued c;
    c.confirmNumbers();
    REQUIRE(c.print(QStringLiteral("issued.pdf"), CertificatePdf::Purpose::Issue).ok());
    REQUIRE(c.print(QStringLiteral("again.pdf"), CertificatePdf::Purpose::Issue,
                 CertificateFormat::A5Landscape)
                .ok());
    CertificateData d = c.stored();
    CHECK(d.timesPrinted == 2);
    CHECK_FALSE(d.reissued);
    CHECK(c.db.scalar(QStringLiteral("SELECT sum(duplicate) FROM certificate_print")).toInt() == 0);

    // A 补发 needs its reason, and a certificate issued before.
    const auto noReason = c.print(QStringLiteral("r.pdf"), CertificatePdf::Purpose::Reissue);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().userMessage.contains(QStringLiteral("reason")));
    REQUIRE(c.print(QStringLiteral("reissued.pdf"), CertificatePdf::Purpose::Reissue,
                 CertificateFormat::A4Landscape, QStringLiteral("原证书遗失"))
                .ok());
    d = c.stored();
    CHECK(d.reissued);
    CHECK(c.db.scalar(QStringLiteral("SELECT reissue_reason FROM certificate_print "
                                     "WHERE reissue_reason IS NOT NULL"))
              .toString()
        == QStringLiteral("原证书遗失"));
    CHECK(c.db.scalar(QStringLiteral("SELECT summary FROM audit_event "
                                     "WHERE action = 'certificate-reissue'"))
              .toString()
              .contains(QStringLiteral("原证书遗失")));
    // The next printing shows 补发 too, and is no second reissue.
    REQUIRE(c.print(QStringLiteral("later.pdf"), CertificatePdf::Purpose::Issue).ok());
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM certificate_print "
                                     "WHERE reissue_reason IS NOT NULL"))
              .toInt()
        == 1);
    CHECK(pageImage(c.db.filePath(QStringLiteral("later.pdf")))
        != pageImage(c.db.filePath(QStringLiteral("issued.pdf"))));
}

TEST_CASE("Reissuing a certificate never issued is refused", "[ui][certificate][printing]")
{
    Issued c;
    c.confirmNumbers();
    const auto refused = c.print(QStringLiteral("r.pdf"), CertificatePdf::Purpose::Reissue,
        CertificateFormat::A4Landscape, QStringLiteral("遗失"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("never issued")));
    CHECK(c.stored().timesPrinted == 0);
}

TEST_CASE("The 样张 and 补发 marks are drawn on the page, never put in its text layer",
    "[ui][certificate][printing]")
{
    Issued c;
    c.confirmNumbers();
    REQUIRE(c.print(QStringLiteral("proof.pdf"), CertificatePdf::Purpose::Proof).ok());
    REQUIRE(c.print(QStringLiteral("issued.pdf"), CertificatePdf::Purpose::Issue).ok());
    REQUIRE(c.print(QStringLiteral("reissued.pdf"), CertificatePdf::Purpose::Reissue,
                 CertificateFormat::A4Landscape, QStringLiteral("损毁"))
                .ok());
    const QString proof = c.db.filePath(QStringLiteral("proof.pdf"));
    const QString issued = c.db.filePath(QStringLiteral("issued.pdf"));
    const QString reissued = c.db.filePath(QStringLiteral("reissued.pdf"));
    for (const QString &pdf : { proof, issued, reissued }) {
        const QString text = textOf(pdf);
        CHECK(text.contains(QStringLiteral("张伟")));
        CHECK_FALSE(text.contains(QStringLiteral("样张")));
        CHECK_FALSE(text.contains(QStringLiteral("补发")));
    }
    // The words' text is the same, yet the pages differ: the marks are graphics.
    CHECK(textOf(proof) == textOf(issued));
    const QImage plain = pageImage(issued);
    CHECK(pageImage(proof) != plain);
    CHECK(pageImage(reissued) != plain);
}

TEST_CASE("The longest real values shrink or wrap inside their boxes on A4 and A5",
    "[ui][certificate][printing]")
{
    Issued c;
    c.confirmNumbers();
    c.sql(QStringLiteral("UPDATE company SET name = ?"), kLongCompany);
    c.sql(QStringLiteral("UPDATE certificate SET body_name = ?"), kLongCompany);
    for (const auto format : { CertificateFormat::A4Landscape, CertificateFormat::A5Landscape }) {
        INFO((format == CertificateFormat::A4Landscape ? "A4" : "A5"));
        REQUIRE(c.print(QStringLiteral("long.pdf"), CertificatePdf::Purpose::Proof, format).ok());
        const QString pdf = c.db.filePath(QStringLiteral("long.pdf"));
        const auto [company, companyInside] = valueRow(pdf, 4); // 工作单位
        CHECK(company == kLongCompany);
        CHECK(companyInside);
        const auto [body, bodyInside] = valueRow(pdf, 9); // 评价机构
        CHECK(body == kLongCompany);
        CHECK(bodyInside);
        const auto [name, nameInside] = valueRow(pdf, 0);
        CHECK(name == QStringLiteral("张伟"));
        CHECK(nameInside);
    }
}

TEST_CASE("A value too long for its box even at the smallest size is refused, naming the field",
    "[ui][certificate][printing]")
{
    Issued c;
    c.confirmNumbers();
    c.sql(QStringLiteral("UPDATE certificate SET occupation = ?"), QString(120, QChar(u'锻')));
    const auto refused = c.print(QStringLiteral("x.pdf"), CertificatePdf::Purpose::Issue);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("职业（工种）")));
    CHECK_FALSE(QFile::exists(c.db.filePath(QStringLiteral("x.pdf"))));
    CHECK(c.stored().timesPrinted == 0);
}
