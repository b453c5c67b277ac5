#pragma once

#include <QWidget>

#include "ui/rounds/roundcontext.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace skl {

// 结果: per candidate each part's score, 通过 or 未通过 with the parts failed, and the proposal
// the pass made with its status; the counts above, and a filter 全部 / 通过 / 未通过.
class RoundResultsTab : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { All, Passed, Failed };

    explicit RoundResultsTab(QWidget *parent = nullptr);

    void show(const RoundContext &context);
    void setFilter(Filter filter);
    QTableWidget *table() const { return m_table; }
    QLabel *counts() const { return m_counts; }
    QComboBox *filterChooser() const { return m_filter; }

private:
    void fill();

    std::optional<RoundContext> m_context;
    QLabel *m_counts;
    QComboBox *m_filter;
    QTableWidget *m_table;
};

} // namespace skl
