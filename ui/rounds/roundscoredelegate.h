#pragma once

#include <QStyledItemDelegate>

namespace skl {

// The score grid's editor: a line that takes only what can become a score (ScoreValidator) and
// says why a keystroke was refused.
class RoundScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

Q_SIGNALS:
    void refused(const QString &reason) const;
};

} // namespace skl
