#pragma once

#include <QString>

#include "core/domain/certificatenumber.h"

namespace skl {

// What a certificate needs from the company beyond the worker (人社鉴发〔2021〕1号, DOMAIN.md §6):
// the numbering, the evaluating body's name as filed, the provincial query address. A new
// company holds the coding rule's defaults (body code 0000, site serial 000001): they are real
// values for a company filed that way, but a company that never looked at them would print
// numbers its province never gave it (issue 15). Issuing waits until they differ from the
// defaults or an officer confirmed the company is filed with them.
struct CertificateSettings
{
    static constexpr auto kPlaceholderBodyCode = u"0000";
    static constexpr auto kPlaceholderSiteSerial = u"000001";

    CertificateNumberScheme scheme;
    QString bodyName; // 评价机构名称 as filed; empty: the company's name
    QString provincialQueryAddress; // printed beside the national one when set
    bool numbersConfirmed = false; // "the company is filed with these numbers"

    bool holdsPlaceholders() const
    {
        return scheme.bodyCode == QStringView(kPlaceholderBodyCode)
            || scheme.siteSerial == QStringView(kPlaceholderSiteSerial);
    }
    bool readyToIssue() const { return numbersConfirmed || !holdsPlaceholders(); }
};

} // namespace skl
