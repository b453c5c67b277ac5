#include "ui/rounds/roundscoremodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace skl {

RoundScoreModel::RoundScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RoundScoreModel::setCandidates(const QList<RoundCandidate> &candidates,
    const QList<AssessmentPart> &parts, const QHash<qint64, QString> &carriedRoundNames,
    bool editable)
{
    beginResetModel();
    m_candidates = candidates;
    m_parts = parts;
    m_roundNames = carriedRoundNames;
    m_editable = editable;
    m_edits.clear();
    endResetModel();
    Q_EMIT editsChanged();
}

int RoundScoreModel::columnOf(AssessmentPart part) const
{
    const qsizetype at = m_parts.indexOf(part);
    return at < 0 ? -1 : kFirstPart + int(at);
}

QList<RoundScoreModel::Edit> RoundScoreModel::edits() const
{
    QList<Edit> edits;
    for (int row = 0; row < m_candidates.size(); ++row) {
        for (const AssessmentPart part : m_parts) {
            const auto edit = m_edits.constFind(keyOf(row, part));
            if (edit != m_edits.constEnd() && edit->has_value())
                edits += Edit { row, part, *edit };
        }
    }
    return edits;
}

void RoundScoreModel::clearEdits()
{
    if (m_edits.isEmpty())
        return;
    m_edits.clear();
    Q_EMIT dataChanged(index(0, kFirstPart), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT editsChanged();
}

int RoundScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int RoundScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFirstPart + int(m_parts.size());
}

QVariant RoundScoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RoundCandidate &c = m_candidates[index.row()];
    if (index.column() < kFirstPart) {
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? c.employeeNo : c.name;
        return {};
    }
    const AssessmentPart part = partOf(index.column());
    const PartScore &recorded = c.parts[int(part)];
    const auto edit = m_edits.constFind(keyOf(index.row(), part));
    const bool edited = edit != m_edits.constEnd();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (edited)
            return *edit ? (*edit)->text() : QString();
        return recorded.score ? recorded.score->text() : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (recorded.carried && !edited)
            return QBrush(QColor(0x8a, 0x8a, 0x8a));
        return {};
    case Qt::BackgroundRole:
        if (edited)
            return QBrush(QColor(0xff, 0xf4, 0xc8)); // typed, not saved yet
        return {};
    case Qt::ToolTipRole:
        if (recorded.carried)
            return tr("A pass kept from the round %1.")
                .arg(m_roundNames.value(
                    recorded.carriedFromRound, tr("No. %1").arg(recorded.carriedFromRound)));
        return {};
    default:
        return {};
    }
}

QVariant RoundScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Employee No.");
    if (section == 1)
        return tr("Name");
    return AssessmentRules::display(partOf(section));
}

Qt::ItemFlags RoundScoreModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() < kFirstPart || !m_editable)
        return flags;
    const RoundCandidate &c = m_candidates[index.row()];
    if (c.parts[int(partOf(index.column()))].carried)
        return flags;
    return flags | Qt::ItemIsEditable;
}

bool RoundScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const RoundCandidate &c = m_candidates[index.row()];
    const AssessmentPart part = partOf(index.column());
    const auto parsed = AssessmentRules::parseScore(value.toString().trimmed());
    if (!parsed.error.isEmpty()) {
        Q_EMIT refused(
            tr("%1 %2, %3: %4")
                .arg(c.employeeNo, c.name, AssessmentRules::display(part), parsed.error));
        return false;
    }
    const PartScore &recorded = c.parts[int(part)];
    // Scores are history: a recorded one is corrected by a new score, never emptied.
    if (!parsed.score && recorded.score && !recorded.carried) {
        Q_EMIT refused(tr("%1 %2, %3: a recorded score is corrected by typing the right one; it "
                          "cannot be emptied.")
                           .arg(c.employeeNo, c.name, AssessmentRules::display(part)));
        return false;
    }
    if (parsed.score == recorded.score)
        m_edits.remove(keyOf(index.row(), part)); // back to what is recorded
    else
        m_edits.insert(keyOf(index.row(), part), parsed.score);
    Q_EMIT dataChanged(index, index);
    Q_EMIT editsChanged();
    return true;
}

} // namespace skl
