#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/store/projectstore.h"

class QTableWidget;

namespace skl {

// The words the recognition page and the profile's 荣誉 tab share: a worker who may be hidden
// from a workshop head, a member's grade or title, and a table row filled from cells.
class RecognitionText
{
    Q_DECLARE_TR_FUNCTIONS(skl::RecognitionText)
public:
    static QString worker(const NamedWorker &worker);
    static QString qualification(const ProjectMemberRecord &member);
    static void fillRow(
        QTableWidget *table, int row, const QStringList &cells, bool struck = false);
};

} // namespace skl
