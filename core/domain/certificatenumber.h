#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/domain/grade.h"

namespace skl {

// The enterprise's settings of the national certificate coding rule (DOMAIN.md §6), in force on
// the issue date. A number is category + body code + province code + site serial + year + grade
// code + serial: 1 letter and 21 digits, or for 特级技师 / 首席技师 2 letters and 20 digits (the
// serial one digit shorter). Both are 22 characters.
struct CertificateNumberScheme
{
    QString category = QStringLiteral("Y"); // Y employer, S social evaluation body
    QString bodyCode = QStringLiteral("0000"); // 4 digits, 0000 when filed with a province
    QString siteSerial = QStringLiteral("000001"); // 6 digits from the provincial department
    QString variantCategory = QStringLiteral("YT"); // 2 letters, for 特级技师 / 首席技师
    QString specialCode = QStringLiteral("6"); // the grade digit of 特级技师
    QString chiefCode = QStringLiteral("7"); // the grade digit of 首席技师

    // Everything but the serial; nullopt for 学徒工, which has no certificate.
    std::optional<QString> prefix(int provinceCode, int year, Grade grade) const;
    static int serialDigits(Grade grade); // 6, or 5 for the two-letter variant
    static int maxSerial(Grade grade);
    static QString number(const QString &prefix, Grade grade, int serial);
};

class CertificateNumbers
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificateNumbers)
public:
    static constexpr int kLength = 22;
    // Why text is not a certificate number of the coding rule, or nullopt when it is one:
    // length, letters then digits, a known province code.
    static std::optional<QString> layoutProblem(const QString &text);
    // Why the scheme cannot make numbers (a setting of the wrong shape), or nullopt.
    static std::optional<QString> schemeProblem(const CertificateNumberScheme &scheme);
};

} // namespace skl
