#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace skl {

// The small tables HR imports beside the roster (issue #6), named as on the command line:
// rates, roles, mentorships, paybands, pay, wages; and the training archive (issue 17), training.
enum class DataFile { Rates, Roles, Mentorships, PayBands, Pay, WageReference, Training };

// A column of a small table file (rates, roles, agreements): its English key, the other headers
// officers write for it (the first is the Chinese one an import template heads it with), and
// whether the file must have it.
struct KeyedColumn
{
    QString key;
    QStringList aliases;
    bool required = true;
};

// The columns each table file is read with: the one definition the import (KeyedRows) and the
// import template (ImportTemplate, issue 15) share, so that they cannot drift apart.
namespace DataFileColumns {

    QList<DataFile> all();
    // The word the command line names it by: rates, roles, mentorships, paybands, pay, wages.
    QString name(DataFile kind);
    QList<KeyedColumn> of(DataFile kind);

} // namespace DataFileColumns

} // namespace skl
