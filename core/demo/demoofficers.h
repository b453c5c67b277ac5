#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The demo company's sample officers, one per role, so that each role can be tried (issue 13).
// They share one published password: the demo holds made-up people only, and the login screen of
// a demo file lists them.
class DemoOfficers
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoOfficers)
public:
    struct Sample
    {
        QString login;
        QString displayName;
        Role role;
    };

    static QString password();
    static const QList<Sample> &samples();
    // "hr-zhang (人事专员), approver-li (审批人), …" for a message.
    static QString sampleList();
    // Adds the samples, by admin; the workshop head heads the demo's first workshop.
    static Status add(QSqlDatabase &db, const Officer &admin);
};

} // namespace skl
