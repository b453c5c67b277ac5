#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "core/domain/assessment.h"
#include "core/store/assessmentroundstore.h"

namespace skl {

// The score grid of a round: one row per candidate, 工号 and 姓名, then one column per part the
// grade needs. A cell holds the recorded score until it is edited; an edit is kept apart until
// it is saved (edits()), so that only what the officer typed is recorded. A pass kept from an
// earlier round is shown grey and cannot be edited.
class RoundScoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kFirstPart = 2;

    explicit RoundScoreModel(QObject *parent = nullptr);

    // carriedRoundNames: an earlier round's name by id, for a kept pass's tooltip.
    void setCandidates(const QList<RoundCandidate> &candidates, const QList<AssessmentPart> &parts,
        const QHash<qint64, QString> &carriedRoundNames, bool editable);
    AssessmentPart partOf(int column) const { return m_parts[column - kFirstPart]; }
    int columnOf(AssessmentPart part) const;
    const RoundCandidate &candidateAt(int row) const { return m_candidates[row]; }

    // The cells typed since the last save (empty: "not scored", left out).
    struct Edit
    {
        int row = 0;
        AssessmentPart part = AssessmentPart::Theory;
        std::optional<Score> score;
    };
    QList<Edit> edits() const;
    bool hasEdits() const { return !m_edits.isEmpty(); }
    void clearEdits();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A cell that is not a score (0–100, at most one decimal) is refused with its reason.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A typed cell was refused: the row's worker and the reason, for the status line.
    void refused(const QString &message);
    void editsChanged();

private:
    static quint64 keyOf(int row, AssessmentPart part) { return (quint64(row) << 2) | int(part); }

    QList<RoundCandidate> m_candidates;
    QList<AssessmentPart> m_parts;
    QHash<qint64, QString> m_roundNames;
    QHash<quint64, std::optional<Score>> m_edits;
    bool m_editable = false;
};

} // namespace skl
