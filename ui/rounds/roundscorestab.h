#pragma once

#include <array>

#include <QWidget>

#include "ui/rounds/roundcontext.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace skl {

class RoundScoreModel;

// 成绩: the score grid (one row per candidate, one column per part), checked as it is typed,
// the examiner who gave each part's scores (from the part's panel, or the panel as a whole),
// 保存成绩 (all or none, every refusal named by its row) and 导入成绩 from a CSV or .xlsx file.
class RoundScoresTab : public QWidget
{
    Q_OBJECT
public:
    explicit RoundScoresTab(QWidget *parent = nullptr);

    void show(const RoundContext &context);
    RoundScoreModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLine() const { return m_status; }
    QComboBox *examinerChooser(AssessmentPart part) const { return m_examiners[int(part)]; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *importButton() const { return m_import; }

    // Records the typed cells by the officer, all or none. True when they were recorded.
    bool save();
    // Reads a scores file (employee_no, theory, practical[, review]) and records it whole.
    void importFile(const QString &path);

Q_SIGNALS:
    void written();

private:
    void chooseImport();
    void showRefusal(const QString &message);
    void updateButtons();
    // Applies entries by the officer; shows the refusals or the proposals made.
    bool apply(const QList<ScoreEntry> &entries, const QString &title, RowProblems problems = {});

    std::optional<RoundContext> m_context;
    RoundScoreModel *m_model;
    QTableView *m_view;
    std::array<QComboBox *, 3> m_examiners;
    std::array<QLabel *, 3> m_examinerLabels;
    QPushButton *m_save;
    QPushButton *m_import;
    QLabel *m_status;
};

} // namespace skl
