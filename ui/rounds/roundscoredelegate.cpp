#include "ui/rounds/roundscoredelegate.h"

#include <QLineEdit>

#include "ui/rounds/scorevalidator.h"

namespace skl {

QWidget *RoundScoreDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight);
    editor->setValidator(
        new ScoreValidator([this](const QString &reason) { Q_EMIT refused(reason); }, editor));
    return editor;
}

} // namespace skl
