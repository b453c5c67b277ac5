#include "core/exporting/verificationpage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // A JSON value as a script literal: "</" is broken up so that no text of the company's can
    // close the script element.
    QString scriptLiteral(const QJsonValue &value)
    {
        const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        QString literal = QString::fromUtf8(json.mid(1, json.size() - 2));
        return literal.replace(u"</"_s, u"<\\/"_s);
    }

} // namespace

QString VerificationPage::html(const CertificatePublicKey &key)
{
    QFile resource(u":/skillladder/pages/verificationpage.html"_s);
    // A resource compiled into the program always opens.
    const bool opened = resource.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    QString page = QString::fromUtf8(resource.readAll());
    QJsonArray grades;
    for (const Grade grade : kGrades)
        grades.append(GradeNames::chineseWithLevel(grade));
    const QString keyText = QString::fromLatin1(
        key.key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    page.replace(u"/*COMPANY*/\"\""_s, scriptLiteral(key.companyName));
    page.replace(u"/*PUBLIC_KEY*/\"\""_s, scriptLiteral(keyText));
    page.replace(u"/*GRADES*/[]"_s,
        QString::fromUtf8(QJsonDocument(grades).toJson(QJsonDocument::Compact))
            .replace(u"</"_s, u"<\\/"_s));
    return page;
}

Status VerificationPage::write(const QString &path, const CertificatePublicKey &key)
{
    QSaveFile file(path);
    const QByteArray bytes = html(key).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { tr("The verification page %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
            {} };
    return success();
}

} // namespace skl
