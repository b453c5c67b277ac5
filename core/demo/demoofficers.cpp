#include "core/demo/demoofficers.h"

#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

QString DemoOfficers::password()
{
    return u"skillladder-demo"_s;
}

const QList<DemoOfficers::Sample> &DemoOfficers::samples()
{
    static const QList<Sample> all {
        { u"hr-zhang"_s, u"张敏"_s, Role::Hr },
        { u"approver-li"_s, u"李建国"_s, Role::Approver },
        { u"payroll-wang"_s, u"王芳"_s, Role::Payroll },
        { u"head-zhao"_s, u"赵强"_s, Role::WorkshopHead },
        { u"auditor-sun"_s, u"孙丽"_s, Role::Auditor },
    };
    return all;
}

QString DemoOfficers::sampleList()
{
    QStringList words;
    for (const Sample &sample : samples())
        words += u"%1 (%2)"_s.arg(sample.login, Roles::title(sample.role));
    return words.join(tr(", "));
}

Status DemoOfficers::add(QSqlDatabase &db, const Officer &admin)
{
    const auto workshop = OfficerStore::firstWorkshop(db);
    if (!workshop)
        return workshop.error();
    for (const Sample &sample : samples()) {
        NewOfficer made { sample.login, sample.displayName, password(), Roles { sample.role }, {} };
        if (sample.role == Role::WorkshopHead && *workshop != 0)
            made.workshopIds = { *workshop };
        if (sample.role == Role::WorkshopHead && *workshop == 0)
            continue; // a demo without workers has no workshop to head
        if (auto added = OfficerStore::add(db, admin, made); !added)
            return added.error();
    }
    return success();
}

} // namespace skl
