#include "ui/widgets/readonlytable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace skl {

QTableWidget *newReadOnlyTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    if (!headers.isEmpty())
        table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace skl
