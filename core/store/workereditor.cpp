#include "core/store/workereditor.h"

#include "core/store/auditlog.h"
#include "core/store/rosterwriter.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

Result<WorkerEditor::Outcome> WorkerEditor::save(QSqlDatabase &db, const WorkerRecord &record)
{
    Outcome outcome;
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(
        u"edit"_s, tr("Edited employee %1 in the profile.").arg(record.employeeNo));
    if (!event)
        return event.error();
    RosterFieldSet fields = RosterFieldSet::all();
    fields.remove(RosterField::Grade);
    fields.remove(RosterField::GradeDate);
    fields.remove(RosterField::Province); // a site's province is the site's, not the worker's
    WorkerRecord basic = record;
    basic.grades.clear();
    basic.province.reset();
    {
        RosterWriter writer(db, *event, fields, outcome.problems);
        if (auto prepared = writer.prepare(); !prepared)
            return prepared.error();
        if (auto added = writer.add(basic, 0); !added)
            return added.error();
        if (auto finished = writer.finish(); !finished)
            return finished.error();
        if (!outcome.problems.isEmpty())
            return outcome; // rolled back
        if (writer.counts().created > 0)
            return Error { tr("Employee %1 is no longer in the database.").arg(record.employeeNo),
                {} }; // rolled back: the profile edits, it never creates
        outcome.changed = writer.counts().updated > 0;
    }
    if (!outcome.changed)
        return outcome; // nothing differed: no audit event either
    if (auto done = transaction.commit(tr("Saving employee %1").arg(record.employeeNo)); !done)
        return done.error();
    return outcome;
}

} // namespace skl
