#pragma once

class QComboBox;
class QSqlDatabase;
class QString;

namespace skl {

// Fills combo with "all" (data 0) and every workshop as "site / workshop" (data: its id), keeping
// the current choice when it still exists.
void fillWorkshopChooser(QComboBox *combo, QSqlDatabase &db, const QString &allLabel);

} // namespace skl
